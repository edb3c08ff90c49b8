"""The `pyjekyll` command line, with Jekyll's commands, aliases and flag spellings.

A plain build line (`pyjekyll build -s src -d out`) is read here and built without
loading typer; everything else goes through the typer application in
`pyjekyll.cli_commands`, whose names (`app`, `build_cmd`, `Source` …) this module also
offers.
"""
from __future__ import annotations

import os
import sys
import traceback
from typing import Any

from pyjekyll.errors import JekyllError
from pyjekyll.log import DEBUG, ERROR, INFO, logger

_state: dict[str, Any] = {"trace": False}


def __getattr__(name: str) -> Any:
    """The typer application's names (`cli.app`, `cli.Source` …), loaded on first use."""
    if name.startswith("__"):
        raise AttributeError(name)
    import pyjekyll.cli_commands as commands

    try:
        return getattr(commands, name)
    except AttributeError:
        raise AttributeError(f"module 'pyjekyll.cli' has no attribute {name!r}") from None


def build_overrides(**opts: Any) -> dict[str, Any]:
    """CLI flags as configuration overrides, named as Jekyll names them."""
    names = {"drafts": "show_drafts"}
    overrides: dict[str, Any] = {}
    for key, value in opts.items():
        if value is None or value is False:
            continue
        key = names.get(key, key)
        if key == "plugins":
            value = [p.strip() for p in str(value).split(",")]
            overrides["plugins_dir"] = value
            continue
        if key == "layouts":
            overrides["layouts_dir"] = value
            continue
        if key in ("source", "destination"):
            value = os.path.abspath(os.path.expanduser(value))
        overrides[key] = value
    return overrides


def _configure_logging(quiet: bool, verbose: bool, trace: bool) -> None:
    _state["trace"] = trace
    logger.level = ERROR if quiet else (DEBUG if verbose else INFO)
    if os.environ.get("JEKYLL_LOG_LEVEL") == "debug":
        logger.level = DEBUG


def build_command(source: str | None = None, destination: str | None = None, config: str | None = None,
                  drafts: bool = False, future: bool = False, unpublished: bool = False,
                  limit_posts: int | None = None, baseurl: str | None = None, safe: bool = False,
                  strict_front_matter: bool = False, quiet: bool = False, verbose: bool = False,
                  trace: bool = False, profile: bool = False, plugins: str | None = None,
                  layouts: str | None = None, incremental: bool = False, watch: bool = False,
                  disable_disk_cache: bool = False, force_polling: bool = False,
                  lsi: bool = False, strict: bool = False, github_pages: bool = False) -> int:
    """`pyjekyll build` (`b`), its flags as keyword arguments."""
    _configure_logging(quiet, verbose, trace)
    overrides = build_overrides(source=source, destination=destination, config=config, drafts=drafts,
                                future=future, unpublished=unpublished, limit_posts=limit_posts,
                                baseurl=baseurl, safe=safe, strict_front_matter=strict_front_matter,
                                quiet=quiet, verbose=verbose, profile=profile, plugins=plugins,
                                layouts=layouts, incremental=incremental, watch=watch,
                                disable_disk_cache=disable_disk_cache, force_polling=force_polling,
                                lsi=lsi, github_pages=github_pages)
    from pyjekyll.commands.build import build, load_site

    site = load_site(overrides)
    # Only a site built again (watching, incremental) reads files a second time.
    site.keep_read_caches = bool(watch or incremental)
    build(site, watching=watch)
    # Nothing but our own code ran: `run` may skip tearing the interpreter down.
    manager = site.plugin_manager
    _state["quick_exit"] = not watch and not (manager is not None and manager.runs_user_code)
    if strict and site.plugin_manager is not None and site.plugin_manager.unavailable:
        logger.error("Error:", "plugins that could not run: " + ", ".join(site.plugin_manager.unavailable))
        return 1
    if watch:
        try:
            from pyjekyll.commands.serve import watch_and_rebuild  # type: ignore[attr-defined]
        except ImportError:
            logger.error("Watch:", "watching is not available in this installation")
            return 1
        watch_and_rebuild(site, overrides)
    return 0


def _typer_status(exc: Exception) -> int | None:
    """The exit status for one of typer's own exceptions, None for any other exception."""
    exceptions = sys.modules.get("typer.exceptions")
    click_exceptions = sys.modules.get("typer._click.exceptions")
    if exceptions is None or click_exceptions is None:
        return None  # typer never loaded: the exception cannot be one of its own
    if isinstance(exc, exceptions.Exit):
        return int(exc.exit_code or 0)
    if isinstance(exc, exceptions.Abort):
        logger.error("Aborted!")
        return 1
    if isinstance(exc, click_exceptions.ClickException):
        exc.show()
        return int(exc.exit_code)
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit status instead of exiting (usable in-process)."""
    args = list(sys.argv[1:] if argv is None else argv)
    _state["trace"] = "--trace" in args or "-t" in args
    _state["quick_exit"] = False
    logger.warnings.clear()
    from pyjekyll.fast_build_args import fast_build_arguments

    fast = fast_build_arguments(args)
    try:
        if fast is not None:  # a plain `build` line: typer is not needed
            result = build_command(**fast)
        else:
            from pyjekyll.cli_commands import run_typer

            result = run_typer(args)
    except JekyllError as exc:
        if _state["trace"]:
            traceback.print_exc()
        _report(exc)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - never a traceback without --trace
        status = _typer_status(exc)
        if status is not None:
            return status
        if _state["trace"]:
            traceback.print_exc()
        else:
            logger.error("Error:", f"{type(exc).__name__}: {exc}")
            logger.error("", "Run again with --trace to see the Python traceback.")
        return 1
    return int(result or 0) if isinstance(result, int) else 0


def _report(exc: JekyllError) -> None:
    message = str(exc)
    from pyjekyll.liquid.errors import LiquidRenderError

    topic = "Liquid Exception:" if isinstance(exc, LiquidRenderError) else "Error:"
    lines = message.split("\n")
    logger.error(topic, lines[0])
    for line in lines[1:]:
        logger.error("", line)


def run() -> None:
    status = main()
    if _state.get("quick_exit"):
        _quick_exit(status)
    sys.exit(status)


def _quick_exit(status: int) -> None:
    """Leave after a plain build without the interpreter's teardown.

    Freeing every object of a large site one by one takes a noticeable share of the run
    (about 0.1 s at 1,000 posts). Every file the build writes is closed by then; the
    exit handlers still run and the output streams are flushed. Not after site or
    installed plugins ran (their files or threads are theirs to finish), nor with other
    threads alive; then the usual exit follows.
    """
    import threading

    run_exit_handlers = getattr(__import__("atexit"), "_run_exitfuncs", None)
    if run_exit_handlers is None or threading.active_count() != 1:
        return
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)

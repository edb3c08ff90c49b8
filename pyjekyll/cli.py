"""The `pyjekyll` command line, with Jekyll's commands, aliases and flag spellings."""
from __future__ import annotations

import os
import sys
import traceback
from typing import Annotated, Any, Optional

import typer

from pyjekyll import JEKYLL_VERSION, __version__
from pyjekyll.errors import JekyllError
from pyjekyll.log import DEBUG, ERROR, INFO, logger

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  context_settings={"help_option_names": ["-h", "--help"]},
                  pretty_exceptions_enable=False,
                  help="Build and serve Jekyll sites without Ruby.")

_state: dict[str, Any] = {"trace": False}

Source = Annotated[Optional[str], typer.Option("-s", "--source", help="Custom source directory")]
Destination = Annotated[Optional[str], typer.Option("-d", "--destination", help="Custom destination directory")]
Config = Annotated[Optional[str], typer.Option("--config", help="Custom configuration file(s), comma separated")]
Drafts = Annotated[bool, typer.Option("-D", "--drafts", help="Render posts in the _drafts folder")]
Future = Annotated[bool, typer.Option("--future", help="Publishes posts with a future date")]
Unpublished = Annotated[bool, typer.Option("--unpublished", help="Render posts marked unpublished")]
LimitPosts = Annotated[Optional[int], typer.Option("--limit_posts", help="Limits the number of posts")]
Baseurl = Annotated[Optional[str], typer.Option("-b", "--baseurl", help="Serve the website from the given base URL")]
Safe = Annotated[bool, typer.Option("--safe", help="Safe mode: no custom plugins")]
StrictFM = Annotated[bool, typer.Option("--strict_front_matter", help="Fail if errors are present in front matter")]
Quiet = Annotated[bool, typer.Option("-q", "--quiet", help="Silence output")]
Verbose = Annotated[bool, typer.Option("-V", "--verbose", help="Print verbose output")]
Trace = Annotated[bool, typer.Option("-t", "--trace", help="Show the full backtrace when an error occurs")]
Profile = Annotated[bool, typer.Option("--profile", help="Generate a Liquid rendering profile")]
Plugins = Annotated[Optional[str], typer.Option("-p", "--plugins", help="Plugins directory (comma separated)")]
Layouts = Annotated[Optional[str], typer.Option("--layouts", help="Layouts directory")]
Incremental = Annotated[bool, typer.Option("-I", "--incremental", help="Enable incremental rebuild")]
Watch = Annotated[bool, typer.Option("-w", "--watch/--no-watch", help="Watch for changes and rebuild")]
DisableCache = Annotated[bool, typer.Option("--disable-disk-cache", help="Disable caching to disk")]
ForcePolling = Annotated[bool, typer.Option("--force_polling", help="Force watch to use polling")]
Lsi = Annotated[bool, typer.Option("--lsi", help="Use LSI for improved related posts")]
Strict = Annotated[bool, typer.Option("--strict", help="Exit non-zero when a plugin cannot run")]
GithubPages = Annotated[bool, typer.Option("--github-pages", help="Apply GitHub Pages' forced configuration")]


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


@app.command("build", help="Build your site")
def build_cmd(source: Source = None, destination: Destination = None, config: Config = None,
              drafts: Drafts = False, future: Future = False, unpublished: Unpublished = False,
              limit_posts: LimitPosts = None, baseurl: Baseurl = None, safe: Safe = False,
              strict_front_matter: StrictFM = False, quiet: Quiet = False, verbose: Verbose = False,
              trace: Trace = False, profile: Profile = False, plugins: Plugins = None,
              layouts: Layouts = None, incremental: Incremental = False, watch: Watch = False,
              disable_disk_cache: DisableCache = False, force_polling: ForcePolling = False,
              lsi: Lsi = False, strict: Strict = False, github_pages: GithubPages = False) -> int:
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
    build(site, watching=watch)
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


app.command("b", hidden=True, help="Build your site (alias of build)")(build_cmd)


@app.command("clean", help="Clean the site (removes site output and metadata file) without building.")
def clean_cmd(source: Source = None, destination: Destination = None, config: Config = None,
              quiet: Quiet = False, verbose: Verbose = False, trace: Trace = False) -> int:
    _configure_logging(quiet, verbose, trace)
    from pyjekyll.commands.clean import clean

    clean(build_overrides(source=source, destination=destination, config=config))
    return 0


@app.command("doctor", help="Search site and print specific deprecation warnings")
def doctor_cmd(source: Source = None, destination: Destination = None, config: Config = None,
               quiet: Quiet = False, verbose: Verbose = False, trace: Trace = False) -> int:
    _configure_logging(quiet, verbose, trace)
    from pyjekyll.commands.doctor import doctor

    return 0 if doctor(build_overrides(source=source, destination=destination, config=config)) else 1


app.command("hyde", hidden=True)(doctor_cmd)


@app.command("help", help="Show the help message, optionally for a given subcommand.")
def help_cmd(command: Annotated[Optional[str], typer.Argument()] = None) -> int:
    args = [command, "--help"] if command else ["--help"]
    return main(args)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"pyjekyll {__version__} (Jekyll {JEKYLL_VERSION} compatible)")
        raise typer.Exit()


@app.callback()
def root(version: Annotated[bool, typer.Option("-v", "--version", callback=_version_callback,
                                               is_eager=True, help="Print the version")] = False) -> None:
    """Build and serve Jekyll sites without Ruby."""


def _register_optional_commands() -> None:
    for module_name in ("pyjekyll.commands.serve", "pyjekyll.commands.new", "pyjekyll.commands.new_theme",
                        "pyjekyll.commands.preview"):
        try:
            module = __import__(module_name, fromlist=["register"])
        except ImportError:
            continue
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_optional_commands()


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit status instead of exiting (usable in-process)."""
    from typer._click.exceptions import ClickException
    from typer.exceptions import Abort, Exit

    args = list(sys.argv[1:] if argv is None else argv)
    _state["trace"] = "--trace" in args or "-t" in args
    logger.warnings.clear()
    from pyjekyll.fast_build_args import fast_build_arguments

    fast = fast_build_arguments(args, build_cmd)
    command = typer.main.get_command(app) if fast is None else None
    try:
        if fast is not None:  # a plain `build` line: typer's command tree is not needed
            result = build_cmd(**fast)
        else:
            result = command.main(args=args, prog_name="pyjekyll", standalone_mode=False)
    except Exit as exc:
        return int(exc.exit_code or 0)
    except Abort:
        logger.error("Aborted!")
        return 1
    except ClickException as exc:
        exc.show()
        return exc.exit_code
    except JekyllError as exc:
        if _state["trace"]:
            traceback.print_exc()
        _report(exc)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - never a traceback without --trace
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
    sys.exit(main())

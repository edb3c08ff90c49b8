"""The typer application behind `pyjekyll`: every command, its help text and flag spellings.

Loaded only for command lines that are not a plain build (`pyjekyll.cli` reads those
itself); the build flags' spellings come from `pyjekyll.build_flags`.
"""
from __future__ import annotations

from typing import Annotated, Any, Optional

import typer
from typer._click.exceptions import ClickException
from typer.exceptions import Abort, Exit

from pyjekyll import JEKYLL_VERSION, __version__
from pyjekyll.build_flags import BUILD_FLAGS
from pyjekyll.cli import _configure_logging, build_command, build_overrides, main
from pyjekyll.log import logger

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  context_settings={"help_option_names": ["-h", "--help"]},
                  pretty_exceptions_enable=False,
                  help="Build and serve Jekyll sites without Ruby.")


def _option(name: str, hint: Any) -> Any:
    flag = BUILD_FLAGS[name]
    return Annotated[hint, typer.Option(*flag.declarations, help=flag.help)]


Source = _option("source", Optional[str])
Destination = _option("destination", Optional[str])
Config = _option("config", Optional[str])
Drafts = _option("drafts", bool)
Future = _option("future", bool)
Unpublished = _option("unpublished", bool)
LimitPosts = _option("limit_posts", Optional[int])
Baseurl = _option("baseurl", Optional[str])
Safe = _option("safe", bool)
StrictFM = _option("strict_front_matter", bool)
Quiet = _option("quiet", bool)
Verbose = _option("verbose", bool)
Trace = _option("trace", bool)
Profile = _option("profile", bool)
Plugins = _option("plugins", Optional[str])
Layouts = _option("layouts", Optional[str])
Incremental = _option("incremental", bool)
Watch = _option("watch", bool)
DisableCache = _option("disable_disk_cache", bool)
ForcePolling = _option("force_polling", bool)
Lsi = _option("lsi", bool)
Strict = _option("strict", bool)
GithubPages = _option("github_pages", bool)


@app.command("build", help="Build your site")
def build_cmd(source: Source = None, destination: Destination = None, config: Config = None,
              drafts: Drafts = False, future: Future = False, unpublished: Unpublished = False,
              limit_posts: LimitPosts = None, baseurl: Baseurl = None, safe: Safe = False,
              strict_front_matter: StrictFM = False, quiet: Quiet = False, verbose: Verbose = False,
              trace: Trace = False, profile: Profile = False, plugins: Plugins = None,
              layouts: Layouts = None, incremental: Incremental = False, watch: Watch = False,
              disable_disk_cache: DisableCache = False, force_polling: ForcePolling = False,
              lsi: Lsi = False, strict: Strict = False, github_pages: GithubPages = False) -> int:
    return build_command(source=source, destination=destination, config=config, drafts=drafts, future=future,
                         unpublished=unpublished, limit_posts=limit_posts, baseurl=baseurl, safe=safe,
                         strict_front_matter=strict_front_matter, quiet=quiet, verbose=verbose, trace=trace,
                         profile=profile, plugins=plugins, layouts=layouts, incremental=incremental,
                         watch=watch, disable_disk_cache=disable_disk_cache, force_polling=force_polling,
                         lsi=lsi, strict=strict, github_pages=github_pages)


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


def run_typer(args: list[str]) -> Any:
    """Run `args` through typer's command tree; typer's own exits become exit statuses."""
    command = typer.main.get_command(app)
    try:
        return command.main(args=args, prog_name="pyjekyll", standalone_mode=False)
    except Exit as exc:
        return int(exc.exit_code or 0)
    except Abort:
        logger.error("Aborted!")
        return 1
    except ClickException as exc:
        exc.show()
        return exc.exit_code

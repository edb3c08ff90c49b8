"""`pyjekyll serve` (aliases `s`, `server`): build, watch, serve, and reload browsers.

Also provides `watch_and_rebuild`, which `build --watch` uses.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import webbrowser
from typing import Annotated, Any, Optional

import typer

import pyjekyll.cli as cli
from pyjekyll.log import logger

LIVERELOAD_PORT = 35729
DEFAULT_PORT = 4000

Host = Annotated[str, typer.Option("-H", "--host", help="Host to bind to")]
Port = Annotated[int, typer.Option("-P", "--port", help="Port to listen on")]
OpenUrl = Annotated[bool, typer.Option("-o", "--open-url", help="Launch your site in a browser")]
SkipInitial = Annotated[bool, typer.Option("--skip-initial-build", help="Skips the initial site build")]
LiveReload = Annotated[bool, typer.Option("-l", "--livereload", help="Use LiveReload to automatically refresh browsers")]
LiveReloadPort = Annotated[Optional[int], typer.Option("--livereload-port", help="Port for LiveReload to listen on")]
LiveReloadIgnore = Annotated[Optional[str], typer.Option("--livereload-ignore",
                                                         help="Files for LiveReload to ignore (GLOB1[,GLOB2...])")]
LiveReloadMin = Annotated[Optional[float], typer.Option("--livereload-min-delay", help="Minimum reload delay")]
LiveReloadMax = Annotated[Optional[float], typer.Option("--livereload-max-delay", help="Maximum reload delay")]
SslCert = Annotated[Optional[str], typer.Option("--ssl-cert", help="X.509 (SSL) certificate.")]
SslKey = Annotated[Optional[str], typer.Option("--ssl-key", help="X.509 (SSL) Private Key.")]
DirListing = Annotated[bool, typer.Option("--show-dir-listing",
                                          help="Show a directory listing instead of loading your index file.")]
Detach = Annotated[bool, typer.Option("-B", "--detach", help="Run the server in the background")]


def register(app: typer.Typer) -> None:
    def serve_cmd(source: cli.Source = None, destination: cli.Destination = None, config: cli.Config = None,
                  drafts: cli.Drafts = False, future: cli.Future = False, unpublished: cli.Unpublished = False,
                  limit_posts: cli.LimitPosts = None, baseurl: cli.Baseurl = None, safe: cli.Safe = False,
                  strict_front_matter: cli.StrictFM = False, quiet: cli.Quiet = False,
                  verbose: cli.Verbose = False, trace: cli.Trace = False, profile: cli.Profile = False,
                  plugins: cli.Plugins = None, layouts: cli.Layouts = None, incremental: cli.Incremental = False,
                  watch: cli.Watch = True, disable_disk_cache: cli.DisableCache = False,
                  force_polling: cli.ForcePolling = False, lsi: cli.Lsi = False, strict: cli.Strict = False,
                  github_pages: cli.GithubPages = False,
                  host: Host = "127.0.0.1", port: Port = DEFAULT_PORT, open_url: OpenUrl = False,
                  skip_initial_build: SkipInitial = False, livereload: LiveReload = False,
                  livereload_port: LiveReloadPort = None, livereload_ignore: LiveReloadIgnore = None,
                  livereload_min_delay: LiveReloadMin = None, livereload_max_delay: LiveReloadMax = None,
                  ssl_cert: SslCert = None, ssl_key: SslKey = None, show_dir_listing: DirListing = False,
                  detach: Detach = False) -> int:
        cli._configure_logging(quiet, verbose, trace)
        overrides = cli.build_overrides(
            source=source, destination=destination, config=config, drafts=drafts, future=future,
            unpublished=unpublished, limit_posts=limit_posts, baseurl=baseurl, safe=safe,
            strict_front_matter=strict_front_matter, quiet=quiet, verbose=verbose, profile=profile,
            plugins=plugins, layouts=layouts, incremental=incremental, disable_disk_cache=disable_disk_cache,
            force_polling=force_polling, lsi=lsi, github_pages=github_pages)
        options = ServeOptions(host=host, port=port, open_url=open_url, skip_initial_build=skip_initial_build,
                               livereload=livereload, livereload_port=livereload_port,
                               livereload_ignore=[g.strip() for g in (livereload_ignore or "").split(",") if g.strip()],
                               livereload_min_delay=livereload_min_delay,
                               livereload_max_delay=livereload_max_delay, ssl_cert=ssl_cert, ssl_key=ssl_key,
                               show_dir_listing=show_dir_listing, detach=detach, watch=watch,
                               verbose=verbose)
        return serve(overrides, options)

    app.command("serve", help="Serve your site locally")(serve_cmd)
    app.command("s", hidden=True, help="Serve your site locally (alias of serve)")(serve_cmd)
    app.command("server", hidden=True, help="Serve your site locally (alias of serve)")(serve_cmd)


class ServeOptions:
    """The server-only flags, as typed values."""

    def __init__(self, **values: Any) -> None:
        self.host: str = values.get("host", "127.0.0.1")
        self.port: int = values.get("port", DEFAULT_PORT)
        self.open_url: bool = values.get("open_url", False)
        self.skip_initial_build: bool = values.get("skip_initial_build", False)
        self.livereload: bool = values.get("livereload", False)
        self.livereload_port: int | None = values.get("livereload_port")
        self.livereload_ignore: list[str] = values.get("livereload_ignore") or []
        self.livereload_min_delay: float | None = values.get("livereload_min_delay")
        self.livereload_max_delay: float | None = values.get("livereload_max_delay")
        self.ssl_cert: str | None = values.get("ssl_cert")
        self.ssl_key: str | None = values.get("ssl_key")
        self.show_dir_listing: bool = values.get("show_dir_listing", False)
        self.detach: bool = values.get("detach", False)
        self.watch: bool = values.get("watch", True)
        self.verbose: bool = values.get("verbose", False)
        #: a theme folder to watch besides the source (theme preview)
        self.theme_root: str | None = values.get("theme_root")


def _validate(options: ServeOptions) -> None:
    from pyjekyll.errors import FatalError

    if options.detach and options.livereload:
        logger.warn("Warning:", "--detach and --livereload are mutually exclusive. Choosing --livereload")
        options.detach = False
    if options.livereload and (options.ssl_cert or options.ssl_key):
        raise FatalError("LiveReload does not support SSL")
    if not options.livereload and (options.livereload_port is not None or options.livereload_ignore
                                   or options.livereload_min_delay is not None
                                   or options.livereload_max_delay is not None):
        raise FatalError("--livereload-min-delay, --livereload-max-delay, --livereload-ignore, and "
                         "--livereload-port require the --livereload option.")
    if bool(options.ssl_cert) != bool(options.ssl_key):
        raise FatalError("Missing --ssl_cert or --ssl_key. Both are required.")


def serve(overrides: dict[str, Any], options: ServeOptions, *, ready: threading.Event | None = None,
          stop: threading.Event | None = None, state: dict[str, Any] | None = None) -> int:
    """Run a dev server until interrupted (or until `stop` is set, for tests and tools)."""
    from pyjekyll.commands.build import load_site
    from pyjekyll.serving.client import loader_snippet
    from pyjekyll.serving.http import DevServer, ssl_context
    from pyjekyll.serving.livereload import LiveReloadServer
    from pyjekyll.serving.session import Session

    _validate(options)
    overrides = dict(overrides)
    overrides["serving"] = True
    overrides["watch"] = options.watch
    site = load_site(overrides)
    config = site.config
    baseurl = str(overrides.get("baseurl") if overrides.get("baseurl") is not None else config.get("baseurl") or "")

    reloader: LiveReloadServer | None = None
    snippet = ""
    if options.livereload:
        reloader = LiveReloadServer(options.host, LIVERELOAD_PORT if options.livereload_port is None
                                    else options.livereload_port)
        reloader.start()
        snippet = loader_snippet(reloader.port, options.livereload_min_delay, options.livereload_max_delay)
    webrick = config.get("webrick") if isinstance(config.get("webrick"), dict) else {}
    headers = webrick.get("headers") if isinstance(webrick.get("headers"), dict) else {}
    server = DevServer(site.dest, baseurl, headers=headers, show_dir_listing=options.show_dir_listing,
                       encoding=str(config.get("encoding") or "utf-8"), snippet=snippet, verbose=options.verbose)
    context = None
    if options.ssl_cert and options.ssl_key:
        context = ssl_context(site.in_source_dir(options.ssl_cert), site.in_source_dir(options.ssl_key))
    port = server.bind(options.host, options.port, ssl_context=context)

    if os.environ.get("JEKYLL_ENV", "development") == "development":
        # Jekyll points `site.url` at the dev server while developing.
        local = "localhost" if options.host == "127.0.0.1" else options.host
        overrides["url"] = f"{'https' if context else 'http'}://{local}:{port}"
        site = load_site(overrides)

    def on_error(message: str | None) -> None:
        server.build_error = message
        if reloader is not None and message:
            reloader.alert(message)

    session = Session(overrides, persist=bool(overrides.get("incremental")), on_error=on_error,
                      on_reload=reloader.reload if reloader is not None else None,
                      livereload_ignore=options.livereload_ignore, site=site)
    if state is not None:
        state.update(session=session, server=server, livereload=reloader, port=port)
    if not options.skip_initial_build:
        _log_build_header(session.site)
        session.build(initial=True)
    watcher = _start_watcher(session, overrides, options) if options.watch else None
    if not options.watch:
        logger.info("Auto-regeneration:", "disabled. Use --watch to enable.")
    if reloader is not None:
        logger.info("LiveReload address:", f"http://{options.host}:{reloader.port}")
    address = f"{'https' if context else 'http'}://{options.host}:{port}{baseurl.rstrip('/')}/"
    logger.info("Server address:", address)
    if options.open_url:
        webbrowser.open(address)
    if options.detach:
        return _detach(server)
    server.start()
    logger.info("Server running...", "press ctrl-c to stop.")
    if ready is not None:
        ready.set()
    try:
        _wait(stop)
    finally:
        if watcher is not None:
            watcher.stop()
        server.stop()
        if reloader is not None:
            reloader.stop()
    return 0


def _log_build_header(site: Any) -> None:
    logger.info("Source:", site.source)
    logger.info("Destination:", site.dest)
    incremental = site.config.get("incremental")
    logger.info("Incremental build:", "enabled" if incremental else "disabled. Enable with --incremental")
    logger.info("Generating...")


def _start_watcher(session: Any, overrides: dict[str, Any], options: ServeOptions) -> Any:
    from pyjekyll.serving.watcher import ChangeFilter, Watcher

    site = session.site
    change_filter = ChangeFilter(site.source, site.dest, site.config.get("exclude") or [],
                                 str(site.config.get("cache_dir") or ".jekyll-cache"), theme_root=options.theme_root)
    roots = [site.source] + ([options.theme_root] if options.theme_root else [])
    watcher = Watcher(roots, change_filter, session.changed, polling=bool(overrides.get("force_polling")))
    watcher.start()
    logger.info("Auto-regeneration:", f"enabled for '{site.source}'")
    return watcher


def _wait(stop: threading.Event | None) -> None:
    stop = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():
        previous = signal.getsignal(signal.SIGTERM)
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
    else:
        stop.wait()


def _detach(server: Any) -> int:
    pid = os.fork()
    if pid == 0:
        os.setsid()
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        try:
            server.serve_forever()
        finally:
            os._exit(0)
    logger.info(f"Server detached with pid '{pid}'.", f"Run `kill -9 {pid}' to stop the server.")
    sys.stdout.flush()
    return 0


def watch_and_rebuild(site: Any, overrides: dict[str, Any]) -> None:
    """`build --watch`: keep rebuilding (incrementally) until interrupted."""
    from pyjekyll.serving.session import Session

    session = Session(overrides, persist=bool(overrides.get("incremental")), site=site)
    watcher = _start_watcher(session, overrides, ServeOptions())
    try:
        _wait(None)
    finally:
        watcher.stop()

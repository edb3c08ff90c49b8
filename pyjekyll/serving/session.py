"""One `serve` (or `build --watch`) session: rebuild on change, report, notify browsers.

A failed build leaves the last good site in place: the error goes to the console,
to connected browsers (as a LiveReload alert) and into every served page as an
overlay, until a build succeeds again. A change to a configuration file or to
`_plugins` reloads the whole site (configuration included) without a restart.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import os
import threading
import traceback
from typing import Any, Callable

from pyjekyll.commands.build import load_site
from pyjekyll.errors import JekyllError
from pyjekyll.log import logger
from pyjekyll.serving.heap import settle_heap
from pyjekyll.serving.incremental import BuildReport, IncrementalBuilder

#: longest list of changed files echoed to the console
_MAX_LISTED = 12


class Session:
    def __init__(self, overrides: dict[str, Any], *, persist: bool = False,
                 on_error: Callable[[str | None], None] | None = None,
                 on_reload: Callable[[list[str]], None] | None = None,
                 livereload_ignore: list[str] | None = None,
                 site: Any = None) -> None:
        self.overrides = dict(overrides)
        self.persist = persist
        self.on_error = on_error
        self.on_reload = on_reload
        self.livereload_ignore = list(livereload_ignore or [])
        self.builder = IncrementalBuilder(site if site is not None else load_site(self.overrides),
                                          persist=persist)
        self.last_error: str | None = None
        self.lock = threading.Lock()
        #: True when the last build was a watcher's rebuild that succeeded
        self._watched_build = False

    @property
    def site(self) -> Any:
        return self.builder.site

    # -- builds ------------------------------------------------------------------------------
    def build(self, *, initial: bool = False, changed: list[str] | None = None) -> BuildReport | None:
        """Build once; returns None (after reporting) when the build failed.

        `changed`: the files the watcher saw change since the last build (None: unknown).
        """
        with self.lock:
            logger.warnings.clear()
            try:
                report = self.builder.build(changed)
            except Exception as exc:  # noqa: BLE001 - a dev server reports and keeps serving
                self._failed(exc)
                return None
            recovered = self.last_error is not None
            self.last_error = None
            if self.on_error is not None and recovered:
                self.on_error(None)
            if initial or report.full:
                settle_heap()
            if initial:
                logger.info("", f"done in {round(report.seconds, 3)} seconds.")
            else:
                logger.info("", f"...done in {round(report.seconds, 3)} seconds "
                                f"({len(report.rendered)} rendered, {report.reused} reused, "
                                f"{len(report.changed)} output file(s) changed).")
                self._list(report.rendered, "Regenerated:")
            if self.on_reload is not None and not initial:
                paths = self.reload_paths(report.changed)
                if recovered and not paths:
                    paths = ["/"]
                if paths:
                    self.on_reload(paths)
            return report

    def _failed(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, JekyllError) else f"{type(exc).__name__}: {exc}"
        topic = "Liquid Exception:" if type(exc).__name__ == "LiquidRenderError" else "Error:"
        lines = message.split("\n")
        logger.error(topic, lines[0])
        for line in lines[1:]:
            logger.error("", line)
        if not isinstance(exc, JekyllError):
            logger.debug("", "".join(traceback.format_exception(exc)))
        logger.error("", "The server keeps serving the last good build.")
        self.last_error = f"{topic} {message}"
        if self.on_error is not None:
            self.on_error(self.last_error)

    def changed(self, paths: list[str]) -> BuildReport | None:
        """The watcher's callback: report what changed, reload the site if needed, rebuild."""
        source = self.site.source
        rels = sorted({os.path.relpath(p, source) for p in paths})
        when = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
        logger.info("Regenerating:", f"{len(rels)} file(s) changed at {when}")
        self._list(rels, "")
        if self._needs_reload(paths):
            try:
                site = load_site(self.overrides)
            except Exception as exc:  # noqa: BLE001 - bad configuration: keep the old site
                self._failed(exc)
                return None
            logger.info("Configuration:", "reloaded; rebuilding everything.")
            self.builder = IncrementalBuilder(site, persist=self.persist)
        # The watcher's list covers every change since the last build when that build was
        # itself started by the watcher (it watched all along) and succeeded.
        trusted = self._watched_build and self.last_error is None
        report = self.build(changed=paths if trusted else None)
        self._watched_build = report is not None
        return report

    def _needs_reload(self, paths: list[str]) -> bool:
        site = self.site
        plugins_dirs = site.config.get("plugins_dir") or ["_plugins"]
        if isinstance(plugins_dirs, str):
            plugins_dirs = [plugins_dirs]
        plugin_roots = [os.path.join(site.source, str(d)) for d in plugins_dirs]
        config_names = _config_paths(site.source, self.overrides.get("config"))
        for path in paths:
            absolute = os.path.abspath(path)
            if absolute in config_names:
                return True
            if any(absolute == r or absolute.startswith(r + os.sep) for r in plugin_roots):
                return True
        return False

    def reload_paths(self, changed: list[str]) -> list[str]:
        """Site URLs to announce for changed destination files; stylesheets alone when only CSS changed."""
        dest = self.site.dest
        baseurl = "/" + str(self.site.config.get("baseurl") or "").strip("/")
        urls: list[str] = []
        for path in changed:
            rel = os.path.relpath(path, dest).replace(os.sep, "/")
            if rel.startswith(".."):
                continue
            if any(fnmatch.fnmatch(rel, pattern) for pattern in self.livereload_ignore):
                continue
            urls.append(baseurl.rstrip("/") + "/" + rel)
        styles = [u for u in urls if u.endswith(".css")]
        rest = [u for u in urls if not u.endswith((".css", ".css.map"))]
        return styles if styles and not rest else rest + styles

    @staticmethod
    def _list(items: list[str], topic: str) -> None:
        for i, item in enumerate(items):
            if i == _MAX_LISTED:
                logger.info("", f"… and {len(items) - _MAX_LISTED} more")
                break
            logger.info(topic if i == 0 else "", item)


def _config_paths(source: str, explicit: Any) -> set[str]:
    if explicit:
        names = [n.strip() for n in str(explicit).split(",") if n.strip()]
        return {os.path.abspath(n) for n in names} | {os.path.abspath(os.path.join(source, n)) for n in names}
    return {os.path.join(source, f"_config.{ext}") for ext in ("yml", "yaml", "toml")}

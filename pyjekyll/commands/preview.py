"""`pyjekyll preview [THEME]`: serve a gallery of a theme's layouts with live reload.

THEME is a theme folder (default: the current folder when it has `_layouts`), or a
theme name as `theme:` accepts it (default: the bundled theme). The gallery site is
written to a temporary folder; the theme folder is watched as well, so editing the
theme rebuilds the gallery and reloads the browser.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer

import pyjekyll.cli as cli
from pyjekyll.commands.serve import DEFAULT_PORT, LIVERELOAD_PORT, Host, LiveReloadPort, OpenUrl, Port
from pyjekyll.log import logger

ThemeArg = Annotated[Optional[str], typer.Argument(help="Theme folder or theme name")]
Keep = Annotated[Optional[str], typer.Option("--keep", help="Write the gallery here (and keep it) "
                                                          "instead of in a temporary folder")]


def register(app: typer.Typer) -> None:
    def preview_cmd(theme: ThemeArg = None, host: Host = "127.0.0.1", port: Port = DEFAULT_PORT,
                    livereload_port: LiveReloadPort = None, open_url: OpenUrl = False,
                    keep: Keep = None,
                    quiet: cli.Quiet = False, verbose: cli.Verbose = False, trace: cli.Trace = False) -> int:
        cli._configure_logging(quiet, verbose, trace)
        return preview(theme, host=host, port=port,
                       livereload_port=LIVERELOAD_PORT if livereload_port is None else livereload_port,
                       open_url=open_url, keep=keep)

    app.command("preview", help="Preview every layout of a theme with sample content")(preview_cmd)


def preview(theme: str | None, *, host: str = "127.0.0.1", port: int = 4000, livereload_port: int = 35729,
            open_url: bool = False, keep: str | None = None) -> int:
    from pyjekyll.commands.serve import ServeOptions, serve
    from pyjekyll.errors import FatalError
    from pyjekyll.serving.gallery import prepare, theme_plugins, write_gallery

    workdir = os.path.abspath(keep) if keep else tempfile.mkdtemp(prefix="pyjekyll-preview-")
    try:
        if keep and os.path.isdir(workdir) and os.listdir(workdir):
            raise FatalError(f"--keep folder {workdir} is not empty.")
        os.makedirs(workdir, exist_ok=True)
        theme_value, theme_root, layouts = prepare(theme, workdir)
        if not layouts:
            raise FatalError(f"No layouts found in {theme_root}/_layouts.")
        name = theme_root.name if theme_root is not None else str(theme_value)
        source = Path(workdir) / "src"
        write_gallery(source, theme_value, layouts, name, theme_plugins(theme_root) if theme_root else [])
        logger.info("Theme preview:", f"{len(layouts)} layout(s) of {theme_root}")
        options = ServeOptions(host=host, port=port, livereload=True, livereload_port=livereload_port,
                               open_url=open_url, theme_root=str(theme_root) if theme_root else None)
        return serve({"source": str(source), "destination": str(Path(workdir) / "_site")}, options)
    finally:
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)

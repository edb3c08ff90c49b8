"""Sass and SCSS pages to CSS, byte for byte as jekyll-sass-converter 2.2 (libsass) writes them.

Contract for the core (names are stable):

* ``SassConverter(config, source, theme_sass_dir)``: ``config`` is the site configuration
  (its ``sass:`` mapping and ``safe`` are read), ``source`` the site folder, and
  ``theme_sass_dir`` the theme's ``_sass`` folder or ``None``.
  ``matches(ext)`` accepts ``.scss`` and ``.sass`` (any case); ``output_ext(ext)`` is ``.css``;
  ``convert(content, relative_path)`` takes the page text after front matter and Liquid,
  and the page's path relative to the site (or theme) root, and returns a ``SassResult``.
* ``SassResult.css`` is the exact output file text. When Jekyll writes a source map,
  ``source_map`` holds it and ``map_relative_url`` is where it goes: the folder of the
  page's ``relative_path`` joined with ``<basename>.css.map``. Jekyll adds that file as an
  extra page sharing the stylesheet's folder and front matter (not rendered with Liquid),
  so its URL follows the stylesheet page's own permalink rules with the ``.css.map`` name.
* ``SassError`` (a ``pyjekyll.errors.ConversionError``) carries libsass's message, with ``path``, ``line`` and
  ``column``; its text reads like Jekyll's: ``Error: … on line L:C of FILE``.
* ``sassify(text, syntax, config)`` is what the ``sassify``/``scssify`` filters print:
  Jekyll runs the converter there without a page, so the input is named ``stdin`` and no
  source map is made.

Jekyll's ``sass:`` keys: ``sass_dir`` (default ``_sass``), ``style`` (``nested``,
``expanded``, ``compact`` (default) or ``compressed``, a leading ``:`` allowed),
``load_paths`` (globs, relative to the site), ``sourcemap`` (``always`` (default),
``never``, ``development``: only when ``JEKYLL_ENV`` is ``development`` or unset),
``line_comments``, ``add_charset``, and, outside safe mode, libsass options such as
``precision``. The load path is the user's ``load_paths``, then ``sass_dir``, then the
theme's ``_sass``, then ``$SASS_PATH``.

libsass is driven through the C API that the ``libsass`` wheel's ``_sass`` extension
exports, set up the way sassc-ruby sets it up; where that API is not exported (some
platforms), the ``sass`` Python API is used instead and no source map is produced.
"""
from __future__ import annotations

import ctypes
import glob
import os
import posixpath
import re
from dataclasses import dataclass
from typing import Any, Mapping

from pyjekyll.errors import ConversionError

__all__ = ["SassConverter", "SassError", "SassResult", "sassify"]

_STYLES = ("nested", "expanded", "compact", "compressed")
_BOM = "\ufeff"
_CHARSET = '@charset "UTF-8";'
_EXTENSIONS = frozenset({".scss", ".sass"})
# Paths libsass prints relative to the process's working folder: line comments and error traces.
_LINE_COMMENT = re.compile(r"(/\* line \d+, )([^\n]+?)( \*/)")
_GLOB_MAGIC = re.compile(r"[*?\[]")
_TRACE_PATH = re.compile(r"^(\s+(?:on|from) line \d+(?::\d+)? of )(.+?)$", re.M)


class SassError(ConversionError):
    """A Sass syntax or evaluation error, located in the file libsass blames."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column


@dataclass(frozen=True)
class SassResult:
    """One converted stylesheet and, when Jekyll writes one, its source map."""

    css: str
    source_map: str | None = None
    map_relative_url: str | None = None
    #: the files the compile imported (None: the compiler cannot tell)
    imported: tuple[str, ...] | None = None


@dataclass(frozen=True)
class _Compiled:
    css: str
    source_map: str | None
    imported: tuple[str, ...] | None = None


class _LibSass:
    """The libsass C API as exported by the ``_sass`` extension module, via ctypes."""

    def __init__(self) -> None:
        import _sass  # the libsass wheel's extension; loading it again shares its handle

        lib = ctypes.CDLL(_sass.__file__)
        vp, cp, ci = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        signatures: dict[str, tuple[Any, list[Any]]] = {
            "sass_copy_c_string": (vp, [cp]),
            "sass_make_data_context": (vp, [vp]),
            "sass_data_context_get_context": (vp, [vp]),
            "sass_context_get_options": (vp, [vp]),
            "sass_option_set_is_indented_syntax_src": (None, [vp, ctypes.c_bool]),
            "sass_option_set_input_path": (None, [vp, cp]),
            "sass_option_set_precision": (None, [vp, ci]),
            "sass_option_set_include_path": (None, [vp, cp]),
            "sass_option_set_output_style": (None, [vp, ci]),
            "sass_option_set_source_comments": (None, [vp, ctypes.c_bool]),
            "sass_option_set_source_map_file": (None, [vp, cp]),
            "sass_option_set_source_map_embed": (None, [vp, ctypes.c_bool]),
            "sass_option_set_source_map_contents": (None, [vp, ctypes.c_bool]),
            "sass_option_set_omit_source_map_url": (None, [vp, ctypes.c_bool]),
            "sass_compile_data_context": (ci, [vp]),
            "sass_context_get_output_string": (cp, [vp]),
            "sass_context_get_source_map_string": (cp, [vp]),
            "sass_context_get_error_message": (cp, [vp]),
            "sass_context_get_error_file": (cp, [vp]),
            "sass_context_get_error_line": (ctypes.c_size_t, [vp]),
            "sass_context_get_error_column": (ctypes.c_size_t, [vp]),
            "sass_delete_data_context": (None, [vp]),
            "sass_context_get_included_files": (ctypes.POINTER(cp), [vp]),
        }
        for name, (restype, argtypes) in signatures.items():
            fn = getattr(lib, name)
            fn.restype = restype
            fn.argtypes = argtypes
        self._lib = lib

    def compile(self, text: str, *, indented: bool, input_path: str, include_path: str,
                style: str, precision: int | None, line_comments: bool, source_map_file: str | None,
                source_map_embed: bool, omit_source_map_url: bool) -> _Compiled:
        lib = self._lib
        data = lib.sass_make_data_context(lib.sass_copy_c_string(text.encode("utf-8")))
        try:
            ctx = lib.sass_data_context_get_context(data)
            opts = lib.sass_context_get_options(ctx)
            if indented:
                lib.sass_option_set_is_indented_syntax_src(opts, True)
            lib.sass_option_set_input_path(opts, os.fsencode(input_path))
            if precision is not None:
                lib.sass_option_set_precision(opts, precision)
            lib.sass_option_set_include_path(opts, os.fsencode(include_path))
            lib.sass_option_set_output_style(opts, _STYLES.index(style))
            if line_comments:
                lib.sass_option_set_source_comments(opts, True)
            if source_map_file:
                lib.sass_option_set_source_map_file(opts, os.fsencode(source_map_file))
            if source_map_embed:
                lib.sass_option_set_source_map_embed(opts, True)
            lib.sass_option_set_source_map_contents(opts, True)
            if omit_source_map_url:
                lib.sass_option_set_omit_source_map_url(opts, True)
            if lib.sass_compile_data_context(data) != 0:
                raw_file = lib.sass_context_get_error_file(ctx)
                raise SassError(
                    (lib.sass_context_get_error_message(ctx) or b"Error: unknown").decode("utf-8", "replace"),
                    os.fsdecode(raw_file) if raw_file else None,
                    int(lib.sass_context_get_error_line(ctx)),
                    int(lib.sass_context_get_error_column(ctx)),
                )
            css = (lib.sass_context_get_output_string(ctx) or b"").decode("utf-8")
            smap = lib.sass_context_get_source_map_string(ctx)
            imported = []
            names = lib.sass_context_get_included_files(ctx)
            i = 0
            while names and names[i] is not None:
                name = os.fsdecode(names[i])
                if name != input_path:  # (the text itself, named after the page)
                    imported.append(name)
                i += 1
            return _Compiled(css, smap.decode("utf-8") if smap is not None else None, tuple(imported))
        finally:
            lib.sass_delete_data_context(data)


class _PythonSass:
    """Fallback through the ``sass`` module's public API, which cannot name the input or map it."""

    def compile(self, text: str, *, indented: bool, input_path: str, include_path: str,
                style: str, precision: int | None, line_comments: bool, source_map_file: str | None,
                source_map_embed: bool, omit_source_map_url: bool) -> _Compiled:
        import sass

        try:
            css = sass.compile(
                string=text, indented=indented, output_style=style, source_comments=line_comments,
                include_paths=[p for p in include_path.split(os.pathsep) if p],
                precision=10 if precision is None else precision,
            )
        except sass.CompileError as err:
            raise SassError(str(err)) from None
        return _Compiled(css, None)


_backend: _LibSass | _PythonSass | None = None


def _compiler() -> _LibSass | _PythonSass:
    global _backend
    if _backend is None:
        try:
            _backend = _LibSass()
        except (ImportError, OSError, AttributeError):
            _backend = _PythonSass()
    return _backend


def _sanitized_path(base: str, questionable: str) -> str:
    """Confine a configured path to the site folder the way Jekyll does (absolute means site-rooted)."""
    if not questionable:
        return base
    cleaned = "/" + questionable if questionable.startswith("~") else questionable
    cleaned = posixpath.normpath(posixpath.join("/", cleaned))
    if cleaned == base:
        return cleaned
    cleaned = re.sub(r"/+", "/", cleaned)
    if cleaned.startswith(base.rstrip("/") + "/"):
        return cleaned
    return posixpath.join(base, cleaned.lstrip("/"))


def _truthy(value: Any) -> bool:
    """Ruby's notion of truth: only nil and false are false."""
    return value is not None and value is not False


class SassConverter:
    """Converts `.scss` and `.sass` pages of one site with that site's `sass:` settings."""

    def __init__(self, config: Mapping[str, Any], source: str | os.PathLike[str],
                 theme_sass_dir: str | os.PathLike[str] | None) -> None:
        sass_config = config.get("sass") or {}
        if not isinstance(sass_config, Mapping):
            sass_config = {}
        self.source = os.path.abspath(os.fspath(source))
        self.safe = _truthy(config.get("safe"))
        self.style = self._style(sass_config.get("style"))
        self.sourcemap = self._sourcemap_wanted(sass_config.get("sourcemap", "always"))
        self.add_charset = _truthy(sass_config.get("add_charset"))
        # Outside safe mode every `sass:` key reaches libsass, so these two are honoured too.
        self.line_comments = not self.safe and _truthy(sass_config.get("line_comments"))
        self.source_map_embed = not self.safe and _truthy(sass_config.get("source_map_embed"))
        precision = sass_config.get("precision")
        usable = isinstance(precision, int) and not isinstance(precision, bool) and not self.safe
        self.precision = precision if usable else None
        sass_dir = sass_config.get("sass_dir")
        self.sass_dir = "_sass" if sass_dir is None or str(sass_dir) == "" else str(sass_dir)
        self.load_paths = self._load_paths(sass_config.get("load_paths"), theme_sass_dir)
        self._include_path = os.pathsep.join(self.load_paths)

    @staticmethod
    def _style(value: Any) -> str:
        name = "" if value is None else str(value)
        name = name[1:] if name.startswith(":") else name
        return name if name in _STYLES else "compact"

    @staticmethod
    def _sourcemap_wanted(value: Any) -> bool:
        option = str(value).lstrip(":")
        if option == "never":
            return False
        if option == "development":
            return os.environ.get("JEKYLL_ENV", "development") == "development"
        return True

    def _load_paths(self, user_paths: Any, theme_sass_dir: str | os.PathLike[str] | None) -> list[str]:
        """User load paths, sass_dir, theme `_sass`, `$SASS_PATH`: existing folders, no repeats."""
        if user_paths is None:
            entries: list[str] = []
        elif isinstance(user_paths, (list, tuple)):
            entries = [str(p) for p in user_paths]
        else:
            entries = [str(user_paths)]
        entries.append(os.path.relpath(_sanitized_path(self.source, self.sass_dir), self.source))
        if self.safe:
            entries = [_sanitized_path(self.source, p) for p in entries]
        found: list[str] = []
        for entry in entries:
            pattern = os.path.join(self.source, entry)
            matches = sorted(glob.glob(pattern)) if _GLOB_MAGIC.search(entry) else [pattern]
            for match in matches:
                path = os.path.normpath(match)
                if self.safe:
                    path = _sanitized_path(self.source, path)
                if path not in found:
                    found.append(path)
        if theme_sass_dir:
            found.append(os.fspath(theme_sass_dir))
        found.extend(p for p in os.environ.get("SASS_PATH", "").split(os.pathsep) if p)
        return [p for p in found if os.path.isdir(p)]

    def matches(self, ext: str) -> bool:
        return ext.lower() in _EXTENSIONS

    def output_ext(self, ext: str) -> str:
        return ".css"

    def convert(self, content: str, relative_path: str) -> SassResult:
        """Compile one page; `relative_path` names it in the map and in error messages."""
        rel = relative_path.replace(os.sep, "/")
        folder, name = posixpath.split(rel)
        stem = posixpath.splitext(name)[0]
        map_name = stem + ".css.map"
        compiled = self._compile(content, syntax=posixpath.splitext(name)[1].lower(),
                                 input_name=name, map_name=map_name if self.sourcemap else None)
        if compiled.source_map is None:
            return SassResult(compiled.css, imported=compiled.imported)
        return SassResult(compiled.css, compiled.source_map, posixpath.join(folder, map_name), compiled.imported)

    def import_bases(self) -> list[str]:
        """Where an `@import` of a page is looked for: the site folder (pages are named as if
        they sat there), the working folder, then the load paths."""
        return [self.source, os.getcwd(), *self.load_paths]

    def sassify(self, text: str, syntax: str) -> str:
        """What the `sassify`/`scssify` filters print: no page, so `stdin` and no map."""
        return self._compile(text, syntax="." + syntax.lstrip("."), input_name="stdin", map_name=None).css

    def _compile(self, content: str, *, syntax: str, input_name: str, map_name: str | None) -> _Compiled:
        if content == "":
            return _Compiled("", None, ())
        # Jekyll names the input by its file name alone, as if it sat in the site folder.
        try:
            compiled = _compiler().compile(
                content, indented=syntax == ".sass", input_path=os.path.join(self.source, input_name),
                include_path=self._include_path, style=self.style, precision=self.precision,
                line_comments=self.line_comments,
                source_map_file=os.path.join(self.source, map_name) if map_name else None,
                source_map_embed=self.source_map_embed, omit_source_map_url=map_name is None,
            )
        except SassError as err:
            path = os.path.relpath(err.path, self.source) if err.path and os.path.isabs(err.path) else err.path
            raise SassError(self._rebase_paths(_TRACE_PATH, err.message), path, err.line, err.column) from None
        css = compiled.css
        if css.startswith(_BOM):
            css = (_CHARSET if self.add_charset else "") + css[1:]
        if self.line_comments:
            css = self._rebase_paths(_LINE_COMMENT, css)
        return _Compiled(css, compiled.source_map, compiled.imported)

    def _rebase_paths(self, pattern: re.Pattern[str], text: str) -> str:
        """libsass prints paths relative to our working folder; Jekyll's are relative to the site."""
        cwd = os.getcwd()
        if cwd == self.source:
            return text

        def rebase(match: re.Match[str]) -> str:
            path = match.group(2)
            if path == "stdin" or os.path.isabs(path):
                return match.group(0)
            site_relative = os.path.relpath(os.path.join(cwd, path), self.source).replace(os.sep, "/")
            return match.group(1) + site_relative + (match.group(3) if pattern.groups >= 3 else "")

        return pattern.sub(rebase, text)


def sassify(text: str, syntax: str, config: Mapping[str, Any]) -> str:
    """The `sassify` (syntax "sass") and `scssify` (syntax "scss") filters' output.

    The site folder comes from ``config["source"]`` (the working folder if absent); the
    theme's `_sass` is not on the load path here unless the core passes a converter's
    ``sassify`` method instead.
    """
    converter = SassConverter(config, config.get("source") or os.getcwd(), None)
    return converter.sassify(text, syntax)

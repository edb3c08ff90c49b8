"""Jekyll's `include` and `include_relative` (not Shopify's `include`).

`{% include file.html a=1 b="s" c=page.x %}` puts parameters under `include.*`;
the file name may contain `{{ }}` and is then rendered first. Includes are looked up
in the site's `_includes`, then the theme's; `include_relative` looks next to the
page being rendered.
"""
from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any, TextIO

from liquid.ast import Node
from liquid.exceptions import LiquidError
from liquid.tag import Tag

from pyjekyll.liquid.drops.base import current_read_observer
from pyjekyll.liquid.errors import note_included
from pyjekyll.liquid.render_context import render_partial
from pyjekyll.liquid.tags.markup import compile_variable, lookup_compiled, syntax_error, take_markup

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.stream import TokenStream
    from liquid.token import Token

_PARAM = re.compile(
    r"""([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))""")
_ALL_PARAMS = re.compile(
    r"""\A\s*(?:(?:[\w-]+)\s*=\s*(?:"[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*'|[\w.-]+)(?=\s|\Z)\s*)*\Z""")
_DYNAMIC = re.compile(r"(?P<variable>[^{]*(?:\{\{\s*[\w\-.]+\s*(?:\|.*)?\}\}[^\s{}]*)+)(?P<params>.*)", re.S)
_VALID_NAME = re.compile(r"^[\w/.\-()+~#@]+$")
_BAD_SEQUENCE = re.compile(r"[./]{2,}")

MAX_DEPTH = 100


#: one include parameter: its name, and (True, constant) or (False, path to look up)
_Param = tuple[str, tuple[bool, Any]]


def _compile_params(params: str | None) -> list[_Param]:
    """The parameters of an include tag, read once when the tag is parsed."""
    compiled: list[_Param] = []
    for m in _PARAM.finditer(params or ""):
        key, dq, sq, var = m.groups()
        if dq is not None:
            compiled.append((key, (True, dq.replace('\\"', '"'))))
        elif sq is not None:
            compiled.append((key, (True, sq.replace("\\'", "'"))))
        else:
            compiled.append((key, compile_variable(var)))
    return compiled


class IncludeNode(Node):
    __slots__ = ("tag_name", "file", "dynamic", "params", "relative", "compiled_params", "checked_name")

    def __init__(self, token: Token, tag_name: str, file: str, dynamic: Any,
                 params: str | None, relative: bool) -> None:
        super().__init__(token)
        self.tag_name = tag_name
        self.file = file
        self.dynamic = dynamic
        self.params = params
        self.relative = relative
        self.blank = False
        self.compiled_params = _compile_params(params)
        #: the static file name once it has passed the name check (checked on first render)
        self.checked_name: str | None = None

    def __str__(self) -> str:
        return f"{{% {self.tag_name} {self.file} {self.params or ''} %}}"

    def _params(self, context: RenderContext) -> dict[str, Any]:
        return {key: lookup_compiled(context, value) for key, value in self.compiled_params}

    def _file_name(self, context: RenderContext) -> str:
        if self.dynamic is None:
            return self.file
        from io import StringIO

        buf = StringIO()
        self.dynamic.render_with_context(context, buf, partial=True)
        return buf.getvalue()

    def _search_dirs(self, context: RenderContext) -> list[str]:
        env: Any = context.env
        site = env.site
        if not self.relative:
            return list(site.includes_load_paths)
        item = env.current_item
        if item is None:
            return [site.source]
        path = _item_source_path(item)
        return [os.path.dirname(site.in_source_dir(path))]

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        env: Any = context.env
        site = env.site
        name = self._file_name(context)
        if name is not self.checked_name and (_BAD_SEQUENCE.search(name) or not _VALID_NAME.match(name)):
            raise syntax_error(
                f"Invalid syntax for include tag. File contains invalid characters or sequences:\n\n"
                f"  {name}\n\nValid syntax:\n\n  {{% {self.tag_name} file.ext param='value' param2='value' %}}\n",
                self.token)
        dirs = self._search_dirs(context)
        key = (self.tag_name + ":" + (dirs[0] if self.relative else ""), name)
        path = env.inclusions.get(key)
        if path is None:
            path = _locate(name, dirs, site.safe)
            if path is None:
                safe_note = (" is not a symlink as those are not allowed in safe mode." if site.safe else
                             ", if it is a symlink, does not point outside your site source.")
                raise LiquidError(
                    f"Could not locate the included file '{name}' in any of {_ruby_list(dirs)}. "
                    f"Ensure it exists in one of those directories and{safe_note}", token=self.token)
            env.inclusions[key] = path
        loaded = env.include_templates.get(path)
        if loaded is None:
            with open(path, "rb") as fh:
                source = fh.read().decode("utf-8-sig", errors="replace")
            loaded = env.include_templates[path] = (source, env.parse_cached(source, path, included=True))
        source, template = loaded
        observer = current_read_observer()
        if observer is not None:
            observer.template_read(self.tag_name, (name, tuple(dirs)), (path, source))
        depth = env.include_depth
        if depth >= MAX_DEPTH:
            raise LiquidError("Nesting too deep", token=self.token)
        if self.dynamic is None:
            self.checked_name = name
        env.include_depth = depth + 1
        try:
            if self.params is not None:
                render_partial(template, context, buffer, {"include": self._params(context)})
            else:
                render_partial(template, context, buffer)
        except LiquidError as exc:
            note_included(exc, path, source)
            raise
        finally:
            env.include_depth = depth
        return True


def _item_source_path(item: Any) -> str:
    site = item.site
    collection = getattr(item, "collection", None)
    rel = getattr(item, "relative_path", "")
    if rel.endswith("/#excerpt"):
        rel = rel[: -len("/#excerpt")]
    if collection is not None and site.config.get("collections_dir"):
        rel = os.path.join(site.config["collections_dir"], rel)
    return rel


def _locate(name: str, dirs: list[str], safe: bool) -> str | None:
    for directory in dirs:
        path = os.path.join(directory, name)
        if os.path.isfile(path):
            if safe and not os.path.realpath(path).startswith(directory):
                continue
            return path
    return None


def _ruby_list(items: list[str]) -> str:
    return "[" + ", ".join('"' + i + '"' for i in items) + "]"


class IncludeTag(Tag):
    name = "include"
    block = False
    relative = False

    def parse(self, stream: TokenStream) -> Node:
        token, markup = take_markup(stream)
        markup = markup.strip()
        m = _DYNAMIC.match(markup)
        if m:
            file, params = m.group("variable").strip(), m.group("params").strip()
        else:
            parts = re.split(r"\s+", markup, maxsplit=1)
            file = parts[0]
            params = parts[1] if len(parts) > 1 else None
        if not file:
            raise syntax_error(f"Syntax error in tag '{self.name}': a file name is required", token)
        if params is not None and not _ALL_PARAMS.match(params):
            raise syntax_error(
                f"Invalid syntax for include tag:\n\n  {params}\n\nValid syntax:\n\n"
                f"  {{% {self.name} file.ext param='value' param2='value' %}}\n", token)
        dynamic = self.env.from_string(file) if "{{" in file else None
        return IncludeNode(token, self.name, file, dynamic, params, self.relative)


class IncludeRelativeTag(IncludeTag):
    name = "include_relative"
    relative = True

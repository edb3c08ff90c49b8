"""What pages, documents, layouts and excerpts share: reading a file with front matter."""
from __future__ import annotations

import copy
import os
from typing import TYPE_CHECKING, Any

from pyjekyll.errors import FrontMatterSyntaxError, InvalidPermalinkError, InvalidYAMLFrontMatterError
from pyjekyll.log import logger
from pyjekyll.reading.frontmatter import split_front_matter
from pyjekyll.reading.simple_front_matter import parse_simple
from pyjekyll.reading.yaml_loader import JekyllYAMLError, load_yaml

if TYPE_CHECKING:
    from pyjekyll.site import Site


class Convertible:
    """What pages and documents share once read: the output extension and permalink."""

    site: Site
    data: dict[str, Any]
    _output_ext: str | None

    @property
    def output_ext(self) -> str:
        if self._output_ext is None:
            self._output_ext = self.site.renderer_for(self).output_ext
        return self._output_ext

    @property
    def permalink(self) -> Any:
        return self.data.get("permalink")


def read_text(site: Site, path: str) -> str:
    """File text in the site encoding; a leading BOM is dropped, as Ruby's `bom|utf-8` does."""
    with open(path, "rb") as fh:
        raw = fh.read()
    encoding = str(site.config.get("encoding") or "utf-8")
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        encoding = "utf-8-sig"
    return raw.decode(encoding, errors="replace")


def read_with_front_matter(site: Site, path: str, display_path: str,
                           strict_errors: bool = False) -> tuple[dict[str, Any], str, int]:
    """(front matter, body, body's first line). Bad YAML warns and yields empty data.

    A site that is built again (serve, watch) keeps the parsed front matter of files
    whose size and mtime did not change; each build gets its own copy of the data.
    """
    if not site.keep_read_caches:
        return _parse_file(site, path, display_path, strict_errors)
    cache = site.front_matter_cache
    try:
        st = os.stat(path)
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None
    hit = cache.get(path) if stamp is not None else None
    if hit is not None and hit[0] == stamp:
        return copy.deepcopy(hit[1]), hit[2], hit[3]
    warnings_before = len(logger.warnings)
    data, body, body_line = _parse_file(site, path, display_path, strict_errors)
    if stamp is not None and len(logger.warnings) == warnings_before:
        # (a file that warned is read again next time, so the warning repeats)
        cache[path] = (stamp, copy.deepcopy(data), body, body_line)
    return data, body, body_line


def _parse_file(site: Site, path: str, display_path: str,
                strict_errors: bool) -> tuple[dict[str, Any], str, int]:
    text = read_text(site, path)
    yaml_text, body, body_line = split_front_matter(text)
    if yaml_text is None:
        return {}, body, body_line
    try:
        data = parse_simple(yaml_text)
        if data is None:
            data = load_yaml(yaml_text)
    except JekyllYAMLError as exc:
        # Psych names the text "<unknown>"; Jekyll names the file by its full path.
        message = f"YAML Exception reading {path}: (<unknown>): {exc}"
        if site.config.get("strict_front_matter") or strict_errors:
            raise FrontMatterSyntaxError(message, body, body_line) from None
        logger.warn(message)
        return {}, body, body_line
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InvalidYAMLFrontMatterError(f"Invalid YAML front matter in {path}")
    if data.get("permalink") == "":
        raise InvalidPermalinkError(f"Invalid permalink in {path}")
    return data, body, body_line

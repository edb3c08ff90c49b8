"""`_data`: YAML, JSON, CSV and TSV files as one nested mapping."""
from __future__ import annotations

import csv
import io
import os
import re
from typing import TYPE_CHECKING, Any

from pyjekyll.errors import JekyllError
from pyjekyll.reading.yaml_loader import JekyllYAMLError, load_yaml

if TYPE_CHECKING:
    from pyjekyll.site import Site

_DATA_EXTS = (".yaml", ".yml", ".json", ".csv", ".tsv")
_UNSAFE = re.compile(r"[^\w\s-]+|(?:(?<=^)|(?<=\b\s))\s+(?=$|\s?\b)")


def sanitize_filename(name: str) -> str:
    return re.sub(r"\s+", "_", _UNSAFE.sub("", name))


class DataReader:
    def __init__(self, site: Site) -> None:
        self.site = site

    def read(self, directory: str) -> dict[str, Any]:
        data: dict[str, Any] = {}
        self._read_into(directory, data)
        return data

    def _read_into(self, directory: str, data: dict[str, Any]) -> None:
        if not os.path.isdir(directory):
            return
        if self.site.safe and os.path.islink(directory):
            return
        names = sorted(os.listdir(directory))
        ordered = [n for ext in _DATA_EXTS for n in names if n.endswith(ext) and not n.startswith(".")]
        ordered += [n for n in names if not n.startswith(".") and os.path.isdir(os.path.join(directory, n))]
        for entry in ordered:
            path = os.path.join(directory, entry)
            if self.site.safe and os.path.islink(path):
                continue
            if os.path.isdir(path):
                sub: dict[str, Any] = {}
                data[sanitize_filename(entry)] = sub
                self._read_into(path, sub)
            else:
                data[sanitize_filename(os.path.splitext(entry)[0])] = self.read_file(path)

    def read_file(self, path: str) -> Any:
        ext = os.path.splitext(path)[1].lower()
        with open(path, "rb") as fh:
            text = fh.read().decode("utf-8-sig", errors="replace")
        if ext in (".csv", ".tsv"):
            return self._read_table(text, "\t" if ext == ".tsv" else ",", ext[1:] + "_reader")
        try:
            return load_yaml(text)
        except JekyllYAMLError as exc:
            raise JekyllError(f"Invalid data file {path}: {exc}") from None

    def _read_table(self, text: str, delimiter: str, config_key: str) -> Any:
        options = self.site.config.get(config_key) or {}
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        if options.get("headers", True) is False:
            return [[cell if cell != "" else None for cell in row] for row in rows]
        if not rows:
            return []
        header = rows[0]
        result = []
        for row in rows[1:]:
            record: dict[str, Any] = {}
            for i, key in enumerate(header):
                if key in record:
                    continue
                value = row[i] if i < len(row) else None
                record[key] = value if value != "" else None
            result.append(record)
        return result

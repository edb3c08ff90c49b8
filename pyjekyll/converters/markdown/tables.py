"""kramdown tables (pipe rows, header/body/footer separators, alignment)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import patterns as P
from .patterns import RUBY_WS
from .tree import Node

if TYPE_CHECKING:
    from .parser import Parser

_CODE_SPLIT = re.compile(r"(<code.*?>.*?</code>)")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_LEADING_PIPE = re.compile(r"^[ \t\r\n\f\v]*\|")
_PIPE_LINE = re.compile(rf"^{P.TABLE_PIPE_CHECK}")
_BACKTICKS = re.compile(r"`+")
# kramdown's three table line rules in one pattern, tried in their order at the cursor once
# the line is known to hold a pipe: a separator (its alignment text in `sep`), a footer separator
# (`foot`), or a row (its text in `row`).
_TABLE_LINE_KIND_AT = re.compile(
    rf"(?={P.TABLE_PIPE_CHECK}.*?\n)"
    rf"(?:(?P<sep>{P.TABLE_SEP})[ \t]*\n"
    rf"|(?P<foot>{P.TABLE_FOOTER_SEP})[ \t]*\n"
    r"|(?P<row>(?:[^\n]*[^ \t\n])?)[ \t]*\n)").match  # (the row's text without its trailing blanks)


class TableRule:
    """Mixin for the parser: the table block rule."""

    __slots__ = ()

    def parse_table(self: "Parser") -> bool:  # type: ignore[misc]
        if not self.after_block_boundary():
            return False
        src = self.src
        orig_pos = src.pos
        table = self.new_block("table", alignment=[])
        line_m = P.TABLE_LINE.match(src.s, src.pos)
        leading_pipe = bool(line_m and _LEADING_PIPE.match(line_m.group(0)))
        src.scan(P.TABLE_SEP_LINE)
        rows: list[Node] = []
        has_footer = False
        columns = 0

        def add_container(kind: str, force: bool) -> None:
            nonlocal rows
            if not has_footer or kind != "tbody" or force:
                cont = Node(kind)
                cont.children, rows = rows, []
                table.children.append(cont)

        s = src.s
        n = len(s)
        pos = src.pos
        while pos < n:
            m = _TABLE_LINE_KIND_AT(s, pos)
            if m is None:
                break
            pos = m.end()
            row_text = m.group("row")
            if row_text is None:
                if m.group("foot") is not None:
                    if rows:
                        add_container("tbody", True)
                    has_footer = True
                elif not rows:
                    pass
                elif not table.opts["alignment"] and not has_footer:
                    add_container("thead", False)
                    aligns = []
                    for left, right in P.TABLE_HSEP_ALIGN.findall(m.group("sep")):
                        if not left and not right:
                            aligns.append("default")
                        elif not right:
                            aligns.append("left")
                        elif not left:
                            aligns.append("right")
                        else:
                            aligns.append("center")
                    table.opts["alignment"] = aligns
                else:
                    add_container("tbody", False)
                continue
            cells = self._split_cells(row_text)
            if leading_pipe and cells and not cells[0].strip(RUBY_WS):
                cells.pop(0)
            if cells and not cells[-1].strip(RUBY_WS):
                cells.pop()
            row = Node("tr")
            tds = row.children
            for cell_text in cells:
                cell = Node("td")
                cell.children.append(Node("raw_text", cell_text.strip(RUBY_WS)))
                tds.append(cell)
            if len(cells) > columns:
                columns = len(cells)
            rows.append(row)
        src.pos = pos

        if not self.before_block_boundary():
            src.pos = orig_pos
            return False
        if not self._table_has_pipes(src.s[orig_pos:src.pos - 1]):
            src.pos = orig_pos
            return False
        if rows:
            add_container("tfoot" if has_footer else "tbody", False)
        if not any(c.kind == "tbody" for c in table.children):
            self.warning(f"Found table without body on line {table.opts.get('location')} - ignoring it")
            src.pos = orig_pos
            return False
        for part in table.children:
            for row in part.children:
                if len(row.children) < columns:
                    row.children.extend(Node("td") for _ in range(columns - len(row.children)))
        aligns = table.opts["alignment"]
        if len(aligns) > columns:
            table.opts["alignment"] = aligns[:columns]
        else:
            aligns.extend(["default"] * (columns - len(aligns)))
        self.tree.children.append(table)
        return True

    def _split_cells(self: "Parser", line: str) -> list[str]:  # type: ignore[misc]
        if "`" not in line and "<code" not in line:  # no code to keep whole: split at the pipes
            if "\\" not in line:
                return line.split("|")
            return [t.replace("\\|", "|") for t in _CELL_SPLIT.split(line)]
        cells: list[str] = []
        for i, piece in enumerate(_CODE_SPLIT.split(line)):
            if i % 2:
                if cells:
                    cells[-1] += piece
                else:
                    cells.append(piece)
                continue
            nodes = (self.parse_isolated_spans(piece, ("codespan",)) if "`" in piece
                     else [Node("text", piece)] if piece else [])
            for node in nodes:
                if node.kind == "text":
                    first, *more = [t.replace("\\|", "|") for t in _CELL_SPLIT.split(node.value)]
                    if cells:
                        cells[-1] += first
                    else:
                        cells.append(first)
                    cells.extend(more)
                else:
                    ticks = _BACKTICKS.findall(node.value)
                    delim = (max(ticks) if ticks else "") + "`"
                    pad = " " if len(delim) > 1 else ""
                    code = f"{delim}{pad}{node.value}{pad}{delim}"
                    if cells:
                        cells[-1] += code
                    else:
                        cells.append(code)
        return cells

    def _table_has_pipes(self: "Parser", text: str) -> bool:  # type: ignore[misc]
        pipe_on_line = False
        if "`" in text or "<" in text:
            options = self.options
            if options.get("html_to_native"):  # the check sees HTML elements as they were parsed
                self.options = {**options, "html_to_native": False}
            try:
                nodes = self.parse_isolated_spans(text, ("codespan", "span_html"))
            finally:
                self.options = options
        else:  # no code spans or HTML tags: the whole table is one text run
            nodes = [Node("text", text)] if text else []
        for node in nodes:
            value = node.value
            if not isinstance(value, str):
                continue
            lines = value.split("\n")
            while lines and lines[-1] == "":
                lines.pop()
            if node.kind == "codespan":
                if len(lines) > 2 or (len(lines) == 2 and not pipe_on_line):
                    break
                if len(lines) == 2 and pipe_on_line:
                    pipe_on_line = False
            else:
                if len(lines) > 1 and not pipe_on_line and not _PIPE_LINE.match(lines[0] if lines else ""):
                    break
                last_pipe = bool(lines and _PIPE_LINE.match(lines[-1]))
                pipe_on_line = (False if len(lines) > 1 else pipe_on_line) or last_pipe
        return pipe_on_line

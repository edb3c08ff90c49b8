"""Rouge's `xml` language: tags, attributes, comments, CDATA and processing instructions."""
from __future__ import annotations

from ..engine import RegexLexer
from ..tokens import Comment, Name, String, Text
from .common import FORMAT, LETTER, WORD

NAME = rf"[{LETTER}:_][{WORD}{FORMAT}:.\u00b7-]*"


class XmlLexer(RegexLexer):
    tag = "xml"

    rules = {
        "root": [
            (r"[^<&]+", Text),
            (r"&\S*?;", Name.Entity),
            (r"<!\[CDATA\[.*?\]\]>", Comment.Preproc),
            (r"<!--", Comment, "comment"),
            (r"<\?.*?\?>", Comment.Preproc),
            (r"<![^>]*>", Comment.Preproc),
            (rf"<\s*{NAME}", Name.Tag, "tag"),
            (rf"<\s*/\s*{NAME}\s*>", Name.Tag),
        ],
        "comment": [
            (r"[^-]+", Comment),
            (r"-->", Comment, "#pop"),
            (r"-", Comment),
        ],
        "tag": [
            (r"\s+", Text),
            (rf"{NAME}\s*=", Name.Attribute, "attr"),
            (r"/?\s*>", Name.Tag, "#pop"),
        ],
        "attr": [
            (r"\s+", Text),
            (r"(?s)\".*?\"|'.*?'|[^\s>]+", String, "#pop"),
        ],
    }

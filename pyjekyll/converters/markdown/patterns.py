"""Regular expressions for kramdown's block and span syntax, compiled once at import.

Python's `re` stands in for Ruby's regex engine: `^`/`$` work per line (re.M), Ruby's `/m`
is re.S, and Ruby's ASCII-only `\\s`/`\\w` are spelled out where the difference shows.
"""
from __future__ import annotations

import functools
import re

M = re.M
S = re.S

WS = r"[ \t\r\n\f\v]"          # Ruby's \s
# What Ruby's String#strip removes (Python's strip() would also take NBSP and other Unicode spaces).
RUBY_WS = " \t\n\v\f\r\0"
NOT_WS = r"[^ \t\r\n\f\v]"
OPT_SPACE = r" {0,3}"
# An HTML tag or attribute name: letters or '_' first, then letters, digits, '-', '.', '_',
# optionally with one namespace prefix.
NAME = r"(?:[^\W\d][\w.\-]*:)?[^\W\d][\w.\-]*"

BLANK_LINE = re.compile(r"(?:^[ \t\r\f\v]*\n)+", M)
EOB_MARKER = re.compile(r"^\^[ \t\r\f\v]*?\n", M)
INDENT = re.compile(r"^(?:\t| {4})", M)

ALD_ID_NAME = r"[A-Za-z0-9_][A-Za-z0-9_-]*"  # Ruby's \w is ASCII
ALD_ANY_CHARS = r"(?:\\\}|[^\}])"
ALD_START = re.compile(rf"^{OPT_SPACE}\{{:({ALD_ID_NAME}):({ALD_ANY_CHARS}+)\}}{WS}*?\n", M)
EXT_START_STR = rf"\{{::([A-Za-z0-9_]+)(?:{WS}({ALD_ANY_CHARS}*?)|)(/)?\}}"
EXT_STOP_STR = r"\{{:/({})?\}}"
EXT_BLOCK_START = re.compile(
    rf"^{OPT_SPACE}(?:{EXT_START_STR}|{EXT_STOP_STR.format(ALD_ID_NAME)}){WS}*?\n", M)
IAL_BLOCK = rf"\{{:(?!:|/)({ALD_ANY_CHARS}+)\}}[ \t\r\f\v]*?\n"
IAL_BLOCK_START = re.compile(rf"^{OPT_SPACE}{IAL_BLOCK}", M)
BLOCK_EXTENSIONS_START = re.compile(rf"^{OPT_SPACE}\{{:", M)
EXT_SPAN_START = re.compile(rf"{EXT_START_STR}|{EXT_STOP_STR.format(ALD_ID_NAME)}")
IAL_SPAN_START = re.compile(rf"\{{:({ALD_ANY_CHARS}+)\}}")

LIST_ITEM_IAL = re.compile(rf"^{WS}*(?:\{{:(?!(?:{ALD_ID_NAME})?:|/)({ALD_ANY_CHARS}+)\}}){WS}*")
LIST_ITEM_IAL_CHECK = re.compile(rf"^(?:{LIST_ITEM_IAL.pattern[1:]})?{WS}*\n")

# Inline HTML vocabulary.
SPAN_ELEMENTS = frozenset(
    "a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark "
    "option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var".split())
LAZY_END_SPAN = "|".join(sorted(SPAN_ELEMENTS | {"script"}))
BLOCK_ELEMENTS = frozenset(
    "address article aside applet body blockquote caption col colgroup dd div dl dt fieldset "
    "figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li "
    "main map nav ol optgroup p pre section summary table tbody td th thead tfoot tr ul".split())
ELEMENTS_WITHOUT_BODY = frozenset(
    "area base br col command embed hr img input keygen link meta param source track wbr".split())
CONTENT_MODEL: dict[str, str] = {}
for _n in ("address applet article aside blockquote body dd details div dl fieldset figure "
           "figcaption footer form header hgroup iframe li main map menu nav noscript object "
           "section summary td").split():
    CONTENT_MODEL[_n] = "block"
for _n in ("a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins "
           "label legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th "
           "tt").split():
    CONTENT_MODEL[_n] = "span"
for _n in "script style math option textarea pre code kbd samp var".split():
    CONTENT_MODEL[_n] = "raw"
KNOWN_ELEMENTS = frozenset(SPAN_ELEMENTS | BLOCK_ELEMENTS | ELEMENTS_WITHOUT_BODY | set(CONTENT_MODEL))


def content_model(name: str) -> str:
    return CONTENT_MODEL.get(name, "raw")


HTML_COMMENT = re.compile(r"<!--(.*?)-->", S)
HTML_INSTRUCTION = re.compile(r"<\?(.*?)\?>", S)
HTML_ATTRIBUTE = re.compile(rf"{WS}*({NAME})(?:{WS}*={WS}*(?:(\w+)|(\"|')(.*?)\3))?", S)
HTML_TAG = re.compile(
    rf"<((?>{NAME})){WS}*((?>{WS}+{NAME}(?:{WS}*={WS}*(?:\w+|(\"|').*?\3))?)*){WS}*(/)?>", S)
HTML_TAG_CLOSE = re.compile(rf"</({NAME}){WS}*>", S)
HTML_ENTITY = re.compile(r"&([A-Za-z0-9_:][\-A-Za-z0-9_.:]*);|&#([0-9]+);|&#x([0-9a-fA-F]+);")
LAZY_END_HTML_START = rf"<(?>(?!(?:{LAZY_END_SPAN})\b){NAME})"
LAZY_END_HTML_STOP = rf"</(?!(?:{LAZY_END_SPAN})\b){NAME}{WS}*>"

# Paragraph and block boundaries.
LAZY_END = (rf"(?:^[ \t\r\f\v]*\n)+|^{OPT_SPACE}{IAL_BLOCK}|^\^[ \t\r\f\v]*?\n"
            rf"|^{OPT_SPACE}{LAZY_END_HTML_STOP}|^{OPT_SPACE}{LAZY_END_HTML_START}|\Z")
LAZY_END_RE = re.compile(LAZY_END, M | S)
BLOCK_BOUNDARY = re.compile(rf"(?:^[ \t\r\f\v]*\n)+|^\^[ \t\r\f\v]*?\n|^{OPT_SPACE}{IAL_BLOCK}|\Z", M)

PATTERN_TAIL = r"[\t| ].*?\n"
LIST_START_UL = re.compile(rf"^({OPT_SPACE}[+*-])({PATTERN_TAIL})", M)
LIST_START_OL = re.compile(rf"^({OPT_SPACE}[0-9]+\.)({PATTERN_TAIL})", M)
LIST_START = re.compile(rf"{LIST_START_UL.pattern}|{LIST_START_OL.pattern}", M)
DEFINITION_LIST_START = re.compile(rf"^({OPT_SPACE}:)({PATTERN_TAIL})", M)
ATX_HEADER_START = re.compile(r"^(?P<level>#{1,6})[\t ]+(?P<contents>.*)\n", M)
BLOCKQUOTE_START = re.compile(rf"^{OPT_SPACE}> ?", M)
FENCED_CODEBLOCK_START = re.compile(r"^[ ]{0,3}[~`]{3,}", M)
FENCED_CODEBLOCK_MATCH = re.compile(
    rf"^[ ]{{0,3}}(([~`]){{3,}}){WS}*?(({NOT_WS}+?)(?:\?{NOT_WS}*)?)?{WS}*?\n(.*?)^[ ]{{0,3}}\1\2*{WS}*?\n",
    M | S)
PARAGRAPH_END_GFM = re.compile(
    "|".join([LAZY_END, LIST_START.pattern, ATX_HEADER_START.pattern, DEFINITION_LIST_START.pattern,
              BLOCKQUOTE_START.pattern, FENCED_CODEBLOCK_START.pattern]), M)
PARAGRAPH_END_KRAMDOWN = re.compile(f"{LAZY_END}|{DEFINITION_LIST_START.pattern}", M)
PARAGRAPH_START = re.compile(rf"^{OPT_SPACE}[^ \t].*?\n", M)
LINE = re.compile(r"^.*?\n", M)

HR_START = re.compile(rf"^{OPT_SPACE}(\*|-|_)[ \t]*\1[ \t]*\1(?:\1|[ \t])*\n", M)
SETEXT_HEADER_START = re.compile(
    rf"^{OPT_SPACE}(?P<contents>[^ \t].*)\n(?P<level>[-=])[-=]*[ \t\r\f\v]*\n", M)
# XML 1.0 name characters, which kramdown allows in a header's `{#id}`.
_XML_NAME_START = (":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF"
                   "\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD"
                   "\U00010000-\U000EFFFF")
_XML_NAME = _XML_NAME_START + "\\-.0-9\u00B7\u0300-\u036F\u203F-\u2040"
HEADER_ID_SOURCE = rf"[\t ]\{{#(?P<id>[{_XML_NAME_START}][{_XML_NAME}]*)\}}\Z"


@functools.cache
def header_id_re() -> re.Pattern[str]:
    """The header `{#id}` pattern, compiled on first use (its character classes are slow to build)."""
    return re.compile(HEADER_ID_SOURCE)
CODEBLOCK_START = INDENT
CODEBLOCK_MATCH = re.compile(
    rf"(?:(?:^[ \t\r\f\v]*\n)*(?:(?:\t| {{4}})[ \t]*{NOT_WS}.*\n)+(?:(?!^{OPT_SPACE}{IAL_BLOCK}|^\^[ \t\r\f\v]*?\n"
    rf"|^{OPT_SPACE}{LAZY_END_HTML_STOP}|^{OPT_SPACE}{LAZY_END_HTML_START})^[ \t]*{NOT_WS}.*\n)*)*", M)

LINK_DEFINITION_START = re.compile(
    rf"^{OPT_SPACE}\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|([^\n]*?{NOT_WS}[^\n]*?))"
    r"(?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?([\"'])(.+?)\4)?[ \t]*?\n", M)
ABBREV_DEFINITION_START = re.compile(rf"^{OPT_SPACE}\*\[(.+?)\]:(.*?)\n", M)

TABLE_SEP = r"[+|: \t-]*?-[+|: \t-]*?"  # a header/body separator line's text
TABLE_FOOTER_SEP = r"[+|: \t=]*?=[+|: \t=]*?"
TABLE_SEP_LINE = re.compile(rf"^({TABLE_SEP})[ \t]*\n", M)
TABLE_HSEP_ALIGN = re.compile(r"[ \t]?(:?)-+(:?)[ \t]?")
TABLE_PIPE_CHECK = r"(?:\||.*?[^\\\n]\|)"
TABLE_LINE = re.compile(rf"{TABLE_PIPE_CHECK}.*?\n", M)
TABLE_START = re.compile(rf"^{OPT_SPACE}(?={NOT_WS}){TABLE_PIPE_CHECK}.*?\n", M)

HTML_BLOCK_START = re.compile(rf"^{OPT_SPACE}<({NAME}|!--|/)", M)
HTML_BLOCK_TAG = re.compile(rf"^{OPT_SPACE}{HTML_TAG.pattern}", M | S)
HTML_BLOCK_CLOSE = re.compile(rf"^{OPT_SPACE}{HTML_TAG_CLOSE.pattern}", M | S)
HTML_RAW_START = re.compile(rf"(?=<({NAME}|/|!--|\?))")
TRAILING_WHITESPACE = re.compile(r"[ \t]*\n")

"""Rouge's `powershell` language.

A bare word starts a command, and what follows it up to the end of the line (or a pipe,
`=`, bracket) is its parameters; `-name` switches are tags; strings interpolate `$var`
and `$(…)`; `<# … #>` help comments highlight their `.KEYWORD` sections.
"""
from __future__ import annotations

import re

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

_WS = Text.Whitespace

_ATTRIBUTES = frozenset(("ConfirmImpact DefaultParameterSetName HelpURI PositionalBinding "
                         "SupportsPaging SupportsShouldProcess").split())
_AUTO_VARS = r"""
\$\$ \$\? \$\^ \$_ \$args \$ConsoleFileName \$Error \$Event \$EventArgs \$EventSubscriber
\$ExecutionContext \$false \$foreach \$HOME \$Host \$input \$IsCoreCLR \$IsLinux \$IsMacOS
\$IsWindows \$LastExitCode \$Matches \$MyInvocation \$NestedPromptLevel \$null \$PID \$PROFILE
\$PSBoundParameters \$PSCmdlet \$PSCommandPath \$PSCulture \$PSDebugContext \$PSHOME \$PSItem
\$PSScriptRoot \$PSSenderInfo \$PSUICulture \$PSVersionTable \$PWD \$REPORTERRORSHOWEXCEPTIONCLASS
\$REPORTERRORSHOWINNEREXCEPTION \$REPORTERRORSHOWSOURCE \$REPORTERRORSHOWSTACKTRACE \$SENDER
\$ShellId \$StackTrace \$switch \$this \$true
"""
_KEYWORDS = """
assembly exit process base filter public begin finally return break for sequence catch foreach
static class from switch command function throw configuration hidden trap continue if try data in
type define inlinescript until do interface using dynamicparam module var else namespace while
elseif parallel workflow end param enum private
"""
_OPERATORS = r"""
-split -isplit -csplit -join -is -isnot -as -eq -ieq -ceq -ne -ine -cne -gt -igt -cgt -ge -ige
-cge -lt -ilt -clt -le -ile -cle -like -ilike -clike -notlike -inotlike -cnotlike -match -imatch
-cmatch -notmatch -inotmatch -cnotmatch -contains -icontains -ccontains -notcontains
-inotcontains -cnotcontains -replace -ireplace -creplace -shl -shr -band -bor -bxor -and -or
-xor -not \+= -= \*= \/= %=
"""
_HELP_KEYWORDS = """
synopsis description parameter example inputs outputs notes link component role functionality
forwardhelptargetname forwardhelpcategory remotehelprunspace externalhelp
"""


def _alternatives(items: str) -> str:
    """Words already written as regex fragments, joined in order."""
    return "|".join(items.split())


def _bracket_word(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(Name.Builtin.Pseudo if m.group(0) in _ATTRIBUTES else Name)


def _member(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.groups(Operator, Name.Function, Punctuation, _WS)
    if m.group(3) is not None:
        lx.push("parameters")


class PowershellLexer(RegexLexer):
    tag = "powershell"
    aliases = ("posh", "microsoftshell", "msshell")

    rules = {
        "variable": [
            (_alternatives(_AUTO_VARS), Name.Builtin.Pseudo),
            (r"(\$)(?:(\w+)(:))?(\w+|\{(?:[^`]|`.)+?\})",
             groups(Name.Variable, Name.Namespace, Punctuation, Name.Variable)),
            (r"\$\w+", Name.Variable),
            (r"\$\{(?:[^`]|`.)+?\}", Name.Variable),
        ],
        "multiline": [
            (rf"(?i)\.(?:{_alternatives(_HELP_KEYWORDS)})", Comment.Special),
            (r"#>", Comment.Multiline, "#pop"),
            (r"(?s)[^#.]+?", Comment.Multiline),
            (r"[#.]+", Comment.Multiline),
        ],
        "interpol": [
            (r"\)", String.Interpol, "#pop"),
            include("root"),
        ],
        "dq": [
            (r'(?:\$#?)?"', String.Double, "#pop"),
            (r"\$\(", String.Interpol, "interpol"),
            (r"`$", String.Escape),
            (r"`.", String.Escape),
            (r'[^"`$]+', String.Double),
            include("variable"),
        ],
        "sq": [
            (r"'", String.Single, "#pop"),
            (r"[^']+", String.Single),
        ],
        "heredoc": [
            (r'(?:\$#?)?"@', String.Heredoc, "#pop"),
            (r"\$\(", String.Interpol, "interpol"),
            (r"`$", String.Escape),
            (r"`.", String.Escape),
            (r'(?s)[^"`$]+?', String.Heredoc),
            (r'"+', String.Heredoc),
            include("variable"),
        ],
        "class": [
            (r"\{", Punctuation, "#pop"),
            (r"\s+", _WS),
            (r"\w+", Name.Class),
            (r"[:,]", Punctuation),
        ],
        "expr": [
            include("comments"),
            (r'"', String.Double, "dq"),
            (r"'", String.Single, "sq"),
            (r'@"', String.Heredoc, "heredoc"),
            (r"(?s)@'.*?'@", String.Heredoc),
            (r"\d*\.\d+", Number.Float),
            (r"\d+", Number.Integer),
            (r"@\{", Punctuation, "hasht"),
            (r"@\(", Punctuation, "array"),
            (r"{", Punctuation, "brace"),
            (r"\[", Punctuation, "bracket"),
        ],
        "hasht": [
            (r"\}", Punctuation, "#pop"),
            (r"=", Operator),
            (r"[,;]", Punctuation),
            include("expr"),
            (r"\w+", Name.Other),
            include("variable"),
        ],
        "array": [
            (r"\s+", _WS),
            (r"\)", Punctuation, "#pop"),
            (r"[,;]", Punctuation),
            include("expr"),
            include("variable"),
        ],
        "brace": [
            (r"[}]", Punctuation, "#pop"),
            include("root"),
        ],
        "bracket": [
            (r"\]", Punctuation, "#pop"),
            (r"[A-Za-z]\w+\.", Name),
            (r"([A-Za-z]\w+)", _bracket_word),
            include("root"),
        ],
        "parameters": [
            (r"(?s)`.", String.Escape),
            (r"\s*?\n", _WS, "#pop"),
            (r"[;(){}\]]", Punctuation, "#pop"),
            (r"[|=]", Operator, "#pop"),
            (r"[/\\~\w][-.:/\\~\w]*", Name.Other),
            (r"\w[-\w]+", Name.Other),
            include("root"),
        ],
        "comments": [
            (r"\s+", _WS),
            (r"#.*", Comment),
            (r"<#", Comment.Multiline, "multiline"),
        ],
        "root": [
            include("comments"),
            (r"#requires\s-version \d(?:\.\d+)?", Comment.Preproc),
            (r"\.\.(?=\.?\d)", Operator),
            (rf"(?i)(?:{_alternatives(_OPERATORS)})\b", Operator),
            (r"(?i)(class)(\s+)(\w+)", lambda lx, m: (lx.groups(Keyword.Reserved, _WS, Name.Class),
                                                       lx.push("class"))),
            (r"(?i)(function)(\s+)(?:(\w+)(:))?(\w[-\w]+)",
             groups(Keyword.Reserved, _WS, Name.Namespace, Punctuation, Name.Function)),
            (rf"(?i)(?:{_alternatives(_KEYWORDS)})\b(?![-.])", Keyword.Reserved),
            (r"-{1,2}\w+", Name.Tag),
            (r"(\.)?([-\w]+)(\[)", lambda lx, m: (lx.groups(Operator, Name, Punctuation), lx.push("bracket"))),
            (r"(?i)([/\\~a-z][-.:/\\~\w]*)(\n)?", lambda lx, m: (lx.groups(Name, _WS), lx.push("parameters"))),
            (r"(\.)([-\w]+)(?:(\()|(\n))?", _member),
            (r"\?", Name.Function, "parameters"),
            include("expr"),
            include("variable"),
            (r"[-+*/%=!.&|]", Operator),
            (r"[{}(),:;]", Punctuation),
        ],
    }

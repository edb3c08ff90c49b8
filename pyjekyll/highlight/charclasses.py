"""Unicode character classes for patterns compiled with `re.ASCII`.

Ruby's `\\w`, `\\s`, `\\d` are ASCII-only but its `\\b`, `\\p{L}` and `[[:alpha:]]` are
Unicode-aware.  We compile with `re.ASCII` and spell the Unicode classes out as ranges:
ASCII letters plus the non-ASCII blocks that hold letters (an approximation that treats
every character of those blocks as a letter).
"""
from __future__ import annotations

# Body of a character class (no brackets) for Unicode letters.
LETTER = (r"A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u03ff"
          r"\u0400-\u1fff\u2c00-\u2dff\u3040-\ud7ff\uf900-\ufdff\ufe70-\ufefe"
          r"\uff21-\uff3a\uff41-\uff5a\uff66-\uffef\U00010000-\U0001f0ff\U00020000-\U0010ffff")
# Unicode format characters (`\p{Cf}`), which Rouge allows inside HTML/CSS names.
FORMAT = r"\u00ad\u0600-\u0605\u061c\u06dd\u070f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
# Unicode word characters: letters, digits, underscore.
WORD = LETTER + r"0-9_"

"""Control characters: never shown, never stored, never handed to a parser that refuses them.

A page or a copied text can carry a stray `\\x08`, an escape sequence (`\\x1b]0;...\\x07`
sets a terminal's title when `clipper show` prints it) or a character reference to one
(`&#8;`, `&#65535;`). XML refuses them (trafilatura's XML output with one in it fails to
parse, and the whole page was "no article found"), terminals obey them, and no reader
sees them. Tabs and line breaks are text; form feeds and vertical tabs read as spaces.
"""

from __future__ import annotations

import re

# C0 controls but tab and line breaks, DEL, C1 controls (U+009B is a terminal's CSI),
# the noncharacters U+FFFE/U+FFFF and lone surrogates.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_SPACE_LIKE = re.compile("[\x0b\x0c\x1c-\x1f\x85]")  # vertical tab, form feed, separators
_ANY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
# A whole terminal escape sequence goes, not only its ESC: CSI (ESC [ or U+009B ... final
# letter), OSC (ESC ] ... BEL or ESC \\), and two-character escapes.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]{0,512}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[@-Z\\^_]")
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")


def _ref(match: re.Match[str]) -> str:
    """A numeric reference as browsers read it: to a control character, nothing; to
    128-159, the windows-1252 character (`&#150;` is an en dash); else left as it is."""
    hex_digits, digits = match.groups()
    code = int(hex_digits, 16) if hex_digits else int(digits)
    if 0x80 <= code <= 0x9F:
        char = bytes([code]).decode("cp1252", "ignore")
        return char if char and not _CONTROL.match(char) else ""
    if code > 0x10FFFF or (code < 0x20 and code not in (9, 10, 13)) or code == 0x7F or \
            code in (0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
        return ""
    return match.group(0)


def has_controls(text: str) -> bool:
    return _ANY.search(text) is not None


def strip_controls(text: str) -> str:
    """`text` without control characters; form feeds and the like become spaces."""
    if not has_controls(text):
        return text
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _CONTROL.sub("", _SPACE_LIKE.sub(" ", text))


def strip_controls_html(source: str) -> str:
    """HTML source without control characters nor character references to them."""
    if "&#" in source:
        source = _CHAR_REF.sub(_ref, source)
    return strip_controls(source)

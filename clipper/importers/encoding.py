"""Bytes to text: BOMs, declared charsets, UTF-8, then the Korean legacy encodings.

Korean pages and text files still come as EUC-KR or its superset CP949, often with no
declaration at all. We try what is declared, then UTF-8, then CP949, then ask
charset-normalizer, and refuse bytes that look binary.

Three real-world twists: Windows tools save UTF-16 without a byte order mark (its NUL
bytes are no sign of a binary file); a UTF-8 file with one damaged byte (a download cut
mid-character, a bad copy) is read with that byte replaced, and a warning says so; and a
declaration of UTF-16 on bytes with no NULs cannot be true (browsers read them as UTF-8).
"""

from __future__ import annotations

import codecs
import re

from clipper.importers.source import ImportFailure

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Names pages declare, mapped to the codec that actually decodes what they send.
_ALIASES = {
    "euc-kr": "cp949",
    "euckr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "x-windows-949": "cp949",
    "windows-949": "cp949",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
}


def normalise_charset(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean this is not text."""
    head = data[:8192]
    if not head:
        return False
    if any(head.startswith(bom) for bom, _ in _BOMS[1:]):
        return False  # UTF-16/32 text has NULs by design
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / len(head) > 0.05


_WIDE = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
# A UTF-8 text "with a few damaged bytes" has at most one bad byte per this many good
# non-ASCII characters; a file in a legacy encoding has bad bytes everywhere.
_GOOD_PER_BAD = 20
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def decode_bytes(data: bytes, declared: str | None = None,
                 warnings: list[str] | None = None) -> tuple[str, str]:
    """Return (text, encoding used). Raises ImportFailure when no encoding fits.

    What was read only approximately (bytes replaced) is added to `warnings`.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise ImportFailure(f"text has a {codec} mark but is not valid {codec}") from exc
    wide = _utf16_without_bom(data)
    if wide is not None:
        return wide
    if looks_binary(data):
        raise ImportFailure("binary file, not text")
    tried: list[str] = []
    named = normalise_charset(declared)
    if named in _WIDE:
        named = None  # no NULs, so not UTF-16/32 whatever the declaration says
    for codec in (named, "utf-8", "cp949"):
        if not codec or codec in tried:
            continue
        tried.append(codec)
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
        if codec == "utf-8" and (mended := _mostly_utf8(data)) is not None:
            text, bad = mended
            if warnings is not None:
                warnings.append(f"text not valid UTF-8 in {bad} place(s), shown as �")
            return text, "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None and _plausible(text):
            return text, best.encoding
    raise ImportFailure(f"not valid text in any encoding tried ({', '.join(tried)}, detection)")


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without its mark: NUL bytes at the odd (little-endian) or even
    (big-endian) offsets only, as every ASCII space, digit and line break leaves them."""
    head = data[:8192]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    # The other side's few NULs are characters like 가 (U+AC00), whose low byte is 0.
    if max(even, odd) < 4 or min(even, odd) * 5 > max(even, odd):
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    body = data[: len(data) // 2 * 2]
    try:
        text = body.decode(codec)
    except UnicodeDecodeError:
        return None
    sample = text[:4096]
    spaces = sum(1 for c in sample if c in " \n\t")
    if not _plausible(text) or spaces < len(sample) // 50:
        return None  # a binary format that happens to hold NULs in a pattern
    return text, codec


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, bytes replaced) when `data` is UTF-8 but for a few damaged bytes."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(_NON_ASCII.findall(text)) - text.count("\ufffd")
    if bad <= 0 or good < _GOOD_PER_BAD * bad:
        return None
    return text, bad


def _plausible(text: str) -> bool:
    """Detection always answers something; refuse answers full of unprintable characters."""
    sample = text[:20_000]
    if not sample.strip():
        return False
    bad = sum(1 for c in sample if not c.isprintable() and c not in "\r\n\t")
    return bad / len(sample) < 0.02

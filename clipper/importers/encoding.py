"""Bytes to text: BOMs, declared charsets, UTF-8, then the Korean legacy encodings.

Korean pages and text files still come as EUC-KR or its superset CP949, often with no
declaration at all. We try what is declared, then UTF-8, then CP949, then ask
charset-normalizer, and refuse bytes that look binary.
"""

from __future__ import annotations

import codecs

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


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding used). Raises ImportFailure when no encoding fits."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise ImportFailure(f"text has a {codec} mark but is not valid {codec}") from exc
    if looks_binary(data):
        raise ImportFailure("binary file, not text")
    tried: list[str] = []
    for codec in (normalise_charset(declared), "utf-8", "cp949"):
        if codec and codec not in tried:
            tried.append(codec)
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                continue
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


def _plausible(text: str) -> bool:
    """Detection always answers something; refuse answers full of unprintable characters."""
    sample = text[:20_000]
    if not sample.strip():
        return False
    bad = sum(1 for c in sample if not c.isprintable() and c not in "\r\n\t")
    return bad / len(sample) < 0.02

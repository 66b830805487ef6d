"""Python string indices <-> Qt (UTF-16) positions.

Annotations store offsets in Python characters (code points). Qt counts UTF-16 code
units, so every character outside the Basic Multilingual Plane (most emoji, some rare
Hanja) before a position shifts it by one. The GUI converts with these at its edge.
"""

from __future__ import annotations


def _units(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


def to_utf16(text: str, index: int) -> int:
    """The Qt position of Python index `index` in `text` (clamped to the text)."""
    index = max(0, min(index, len(text)))
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def from_utf16(text: str, position: int) -> int:
    """The Python index of Qt position `position` in `text`.

    A position inside a surrogate pair (between the two halves of an emoji) rounds
    down to the start of that character, so a selection never splits one.
    """
    if position <= 0:
        return 0
    units = 0
    for index, ch in enumerate(text):
        units += _units(ch)
        if units > position:
            return index
        if units == position:
            return index + 1
    return len(text)


def span_to_utf16(text: str, start: int, end: int) -> tuple[int, int]:
    return to_utf16(text, start), to_utf16(text, end)


def span_from_utf16(text: str, start: int, end: int) -> tuple[int, int]:
    return from_utf16(text, start), from_utf16(text, end)

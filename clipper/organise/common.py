"""Small helpers the organise modules share."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from clipper.store import clippings as clipping_rows
from clipper.store.library import Library, LibraryError

Search = Callable[[str], list[int]]

# SQLite's NOCASE folds ASCII letters only; names are compared the same way in Python
# so that what the UNIQUE constraint calls equal, we call equal.
_ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(name: str) -> str:
    return name.translate(_ASCII_FOLD)


def existing_ids(library: Library, ids: Iterable[int]) -> list[int]:
    """`ids` in order without repeats; LibraryError naming any that are not in the library."""
    wanted = list(dict.fromkeys(int(i) for i in ids))
    if not wanted:
        return []
    found = clipping_rows.existing(library.db, wanted)
    missing = [i for i in wanted if i not in found]
    if missing:
        shown = ", ".join(map(str, missing[:10])) + (" ..." if len(missing) > 10 else "")
        raise LibraryError(f"no clipping with id {shown}")
    return wanted


def chunks(values: list[int], size: int = 900) -> Iterable[list[int]]:
    """Slices small enough for SQLite's limit on `?` parameters."""
    return clipping_rows.chunks(values, size)


_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
COLOURS = {
    "yellow": "#fff176",
    "green": "#a5d6a7",
    "blue": "#90caf9",
    "pink": "#f48fb1",
    "orange": "#ffcc80",
    "purple": "#ce93d8",
    "red": "#ef9a9a",
    "grey": "#bdbdbd",
}


def parse_colour(colour: str | None, default: str) -> str:
    """A colour name from COLOURS or `#rrggbb` (lower-cased); LibraryError otherwise."""
    if colour is None or not colour.strip():
        return default
    value = COLOURS.get(colour.strip().lower(), colour.strip())
    if not _HEX.match(value):
        raise LibraryError(
            f"not a colour: {colour!r} (use #rrggbb or one of {', '.join(COLOURS)})"
        )
    return value.lower()


def parse_date(value: object) -> dt.date | None:
    """A date, a `YYYY-MM-DD` string, or None/'' for no date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise LibraryError(f"not a date: {value!r} (use YYYY-MM-DD)") from exc

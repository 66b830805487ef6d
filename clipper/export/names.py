"""The file name an export suggests: what the set is, and the day it was made."""

from __future__ import annotations

import datetime as dt
import re

from clipper.export.selection import ExportSet

MAX_STEM = 80
# Characters Windows, macOS or Linux refuse in a file name, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def suggested_file_name(export: ExportSet, suffix: str, fallback: str,
                        today: dt.date | None = None) -> str:
    """"<set name> <YYYY-MM-DD><suffix>": the theme, tag, saved search or query (or
    the outlet a list showed), else `fallback` ("clippings" in the user's language)."""
    day = (today or dt.date.today()).isoformat()
    stem = _UNSAFE.sub(" ", export.label or "")
    stem = " ".join(stem.split()).strip(" .")[:MAX_STEM].strip(" .")
    return f"{stem or fallback} {day}{suffix}"

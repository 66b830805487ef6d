"""What the import pipeline hands to a reader, and how a reader says no."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

MAX_SOURCE_BYTES = 50 * 1024 * 1024


class ImportFailure(Exception):
    """One item cannot be imported; the message says why, for the user."""


@dataclass
class Source:
    """One item to import: a file's bytes, or a fetched page, with where it came from."""

    name: str  # what the user calls it: the file name or URL
    data: bytes
    path: Path | None = None  # the file on disk, when there is one (for `_files` folders)
    url: str | None = None  # the page's URL, when known
    content_type: str = ""  # e.g. from HTTP headers or a drop's MIME type
    charset: str | None = None  # declared by HTTP headers or a MIME part
    resources: dict[str, bytes] = field(default_factory=dict)  # e.g. MHTML parts by URL

    @property
    def suffix(self) -> str:
        base = self.path.name if self.path else self.name.split("?")[0]
        return Path(base).suffix.lower()

"""Which reader reads a release file, and the checks every file gets first."""

from __future__ import annotations

from pathlib import Path

from clipper.domain import ReleaseDraft
from clipper.importers.source import ImportFailure
from clipper.releases import read_docx, read_hwpx, read_pdf, read_text

MAX_BYTES = 50 * 1024 * 1024  # a release with its photos; more is not a release
MAX_BODY = 200_000  # characters of text; more is not one release
SUFFIXES = read_text.SUFFIXES + read_docx.SUFFIXES + read_hwpx.SUFFIXES + read_pdf.SUFFIXES


def accepts(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def read_release(path: Path, data: bytes | None = None) -> ReleaseDraft:
    """A draft of the release in `path`; raises ImportFailure with a message saying why
    it cannot be read (not a release format, broken, empty, too big)."""
    suffix = path.suffix.lower()
    if suffix == ".hwp":
        raise ImportFailure("a .hwp file (the old Hangul format): save it as HWPX, Word "
                            "or PDF in Hangul and import that")
    if suffix not in SUFFIXES:
        raise ImportFailure(f"not a release file ({suffix or 'no extension'}): Clipper "
                            "reads releases as .txt, .docx, .hwpx and .pdf")
    if data is None:
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise ImportFailure(f"file too big for a release ({size // (1024 * 1024)} MB; "
                                    f"the limit is {MAX_BYTES // (1024 * 1024)} MB)")
            data = path.read_bytes()
        except OSError as exc:
            raise ImportFailure(f"cannot read the file ({exc.strerror or exc})") from exc
    if len(data) > MAX_BYTES:
        raise ImportFailure("file too big for a release")
    if not data.strip():
        raise ImportFailure("empty file")
    reader = {".docx": read_docx.read_docx, ".hwpx": read_hwpx.read_hwpx,
              ".pdf": read_pdf.read_pdf}.get(suffix, read_text.read_text)
    draft = reader(data, path.name)
    if not draft.body:
        raise ImportFailure("no release text found (only a title or a head)")
    if not draft.title:
        draft.title = draft.body[0].text[:80]
    if len(draft.body_text()) > MAX_BODY:
        raise ImportFailure(f"text too long for one release ({len(draft.body_text()):,} "
                            f"characters; the limit is {MAX_BODY:,})")
    return draft

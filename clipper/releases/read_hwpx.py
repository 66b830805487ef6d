"""A release as HWPX (Hancom's OWPML, what Korean offices write; python-hwpx): the
paragraphs and the head table in order, pictures from BinData as photos with the
short paragraph under each as its caption."""

from __future__ import annotations

import io
import zipfile

from clipper.domain import PhotoDraft, ReleaseDraft
from clipper.importers.source import ImportFailure
from clipper.releases.read_docx import _with_photos

SUFFIXES = (".hwpx",)


def read_hwpx(data: bytes, name: str = "") -> ReleaseDraft:
    from hwpx import HwpxDocument

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        document = HwpxDocument.open(io.BytesIO(data))
    except Exception as exc:  # python-hwpx raises zip, XML and its own errors
        raise ImportFailure(f"not a readable HWPX file ({type(exc).__name__})") from exc
    hrefs = {item.item_id: item.href for item in document.media.images}
    lines: list[str] = []
    photos: list[tuple[int, PhotoDraft]] = []
    for paragraph in document.paragraphs:
        for table in paragraph.tables:
            for r in range(table.row_count):
                cells: list[str] = []
                for c in range(table.column_count):
                    try:
                        text = " ".join(table.cell(r, c).text.split())
                    except Exception:  # a merged cell's covered position  # noqa: BLE001
                        continue
                    if text and (not cells or cells[-1] != text):
                        cells.append(text)
                lines.append(" ".join(cells))
        for element in paragraph.element.iter():
            ref = element.get("binaryItemIDRef")
            href = hrefs.get(ref) if ref else None
            if href:
                try:
                    blob = archive.read(href)
                except KeyError:
                    continue
                photos.append((len(lines) + 1, PhotoDraft(data=blob, src=href.split("/")[-1])))
        if not paragraph.tables:
            lines.append(paragraph.text or "")
    return _with_photos(lines, photos, "hwpx", name)

"""A release as a Word file (python-docx): paragraphs and tables in document order
(the head is usually a table), embedded pictures as photos with the short paragraph
under each as its caption."""

from __future__ import annotations

import io
import re

from clipper.domain import PhotoDraft, ReleaseDraft
from clipper.importers.source import ImportFailure
from clipper.releases.header import body_blocks, read_head

SUFFIXES = (".docx",)
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
MAX_CAPTION = 200
_CAPTION_START = re.compile(r"^\s*(▲|△|\[사진|<사진|사진\s*[:=]|\(사진)")


def read_docx(data: bytes, name: str = "") -> ReleaseDraft:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zip, XML and key errors alike
        raise ImportFailure(f"not a readable Word file ({type(exc).__name__})") from exc
    lines: list[str] = []
    photos: list[tuple[int, PhotoDraft]] = []  # (index of the line after it, photo)
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            for rid in (b.get(_EMBED) for b in child.iter(_BLIP)):
                part = document.part.related_parts.get(rid) if rid else None
                if part is not None and getattr(part, "blob", None):
                    photos.append((len(lines), PhotoDraft(data=part.blob,
                                                          src=part.partname.split("/")[-1])))
            lines.append(paragraph.text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if text and (not cells or cells[-1] != text):  # merged cells repeat
                        cells.append(text)
                lines.append(" ".join(cells))
    return _with_photos(lines, photos, "docx", name)


def _with_photos(lines: list[str], photos: list[tuple[int, PhotoDraft]], kind: str,
                 name: str) -> ReleaseDraft:
    """The draft, each photo captioned by the short line under it (taken out of the
    body) and placed after the body blocks before it."""
    captions: set[int] = set()
    for at, photo in photos:
        for j in range(at, min(len(lines), at + 2)):
            text = lines[j].strip()
            if not text:
                continue
            if len(text) <= MAX_CAPTION and (_CAPTION_START.match(text) or "제공" in text
                                             or len(text) <= 80):
                photo.caption = re.sub(r"^\s*(▲|△)\s*", "", text)
                captions.add(j)
            break
    kept = [line if i not in captions else "" for i, line in enumerate(lines)]
    head = read_head(kept)
    blocks = body_blocks(kept, head)
    draft = ReleaseDraft(title=head.title, issued=head.issued, department=head.department,
                         contact=head.contact, body=blocks, source_kind=kind,
                         source_name=name)
    for at, photo in photos:
        before = [line for i, line in enumerate(kept[:at]) if i not in head.used and line.strip()]
        photo.after_block = min(len(before) + len(head.subtitles), len(blocks))
        draft.photos.append(photo)
    return draft

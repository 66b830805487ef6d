"""A clipping as the parts a word-processor file prints, in reading order: body blocks cut
into highlighted runs, photos where they stood (with caption and credit), and notes.

The DOCX and HWPX writers both print from this, so that photo places, highlight colours
and note numbers are decided once (as the PDF report decides them: notes run [1], [2], ...
in reading order, each where its highlight ends; photos after the block they followed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from clipper.domain import Annotation, Clipping, Photo
from clipper.export import cuts, markup
from clipper.export.photos import photo_image, photos_by_place
from clipper.store.library import Library


@dataclass
class Note:
    marker: int | None  # None: a highlight whose text is gone (printed with its quote)
    quote: str
    text: str
    colour: str


@dataclass
class BlockPart:
    kind: str  # paragraph | subheading
    segments: list[markup.Segment]
    notes: list[Note] = field(default_factory=list)  # printed after the block


@dataclass
class PhotoPart:
    photo: Photo
    file: tuple[Path, int, int] | None  # the stored image and its pixel size
    caption: list[markup.Segment]
    credit: str
    notes: list[Note] = field(default_factory=list)


@dataclass
class CutPart:
    """A print clipping's cut image (issue 16), printed as the clipping; sized by the
    writer with `cuts.fit_mm` for its own frame."""

    image: cuts.CutImage


@dataclass
class ArticleParts:
    parts: list[BlockPart | PhotoPart | CutPart]
    lost: list[Note]  # highlights whose text is no longer in the article


def _note(marker: int | None, a: Annotation) -> Note:
    return Note(marker, a.quote, a.note, markup.colour(a.colour))


def article_parts(library: Library, c: Clipping, *, photos: bool, highlights: bool,
                  warnings: list[str]) -> ArticleParts:
    images = cuts.cut_images(library, c, warnings) if c.cuts else []
    if images:
        # The cut is the clipping, not its recognised text (export/cuts.py says why);
        # the notes made on that text follow it, each with its quote.
        notes = [_note(None, a) for a in c.annotations if a.target == "body"] \
            if highlights else []
        return ArticleParts([CutPart(image) for image in images], notes)
    number = 0
    parts: list[BlockPart | PhotoPart | CutPart] = []
    lost: list[Note] = []
    places = photos_by_place(c) if photos else {}

    def photo_part(photo: Photo) -> PhotoPart:
        nonlocal number
        target = f"photo:{photo.position}"
        placed: list[markup.Placed] = []
        gone: list[Annotation] = []
        annotations = [a for a in c.annotations if a.target == target]
        if highlights and annotations:
            placed, gone = markup.place(photo.caption, annotations)
            for p in placed:
                if p.annotation.note.strip():
                    number += 1
                    p.marker = number
        part = PhotoPart(photo, photo_image(library, photo, warnings),
                         markup.segments(photo.caption, placed) if photo.caption else [],
                         photo.credit.strip())
        part.notes = [_note(p.marker, p.annotation) for p in placed if p.marker is not None]
        part.notes += [_note(None, a) for a in gone]
        return part

    for photo in places.get(0, []):
        parts.append(photo_part(photo))
    placed_body: list[markup.Placed] = []
    if highlights:
        placed_body, gone_body = markup.place(
            c.body_text(), [a for a in c.annotations if a.target == "body"])
        lost = [_note(None, a) for a in gone_body]
    noted = [p for p in placed_body if p.annotation.note.strip()]
    for i, ((start, end), block) in enumerate(
            zip(markup.block_spans(c.body), c.body, strict=True)):
        for p in noted:
            if p.marker is None and p.start < end + 1:
                number += 1
                p.marker = number
        if block.text.strip():
            part = BlockPart(block.kind, markup.segments(block.text, placed_body, start))
            part.notes = [_note(p.marker, p.annotation) for p in placed_body
                          if p.marker is not None and markup.ends_in(p, start, end)]
            parts.append(part)
        for photo in places.get(i + 1, []):
            parts.append(photo_part(photo))
    return ArticleParts(parts, lost)

"""The reader: one clipping as our own cleaned text, never the imported web page.

The document is built with QTextCursor calls from the stored fields (no HTML is
parsed, so nothing imported can run a script or load a remote resource); photos are
the library's own thumbnails added as document resources. While building it the
reader records where each body block starts, so a selection maps to offsets in the
clipping's body text (`"\\n".join(block texts)`), which is what annotations store.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from clipper.domain import Annotation, Clipping, Photo
from clipper.gui import plain
from clipper.store import media

PHOTO_SCHEME = "clipper-photo"
# The photo position a block shows (its image or its caption), so a double-click on
# either opens that photo in the viewer.
PHOTO_PROPERTY = QTextBlockFormat.Property.UserProperty + 1
PHOTO_WIDTH = 320
TEXT_WIDTH = 760  # px: about 80 Latin or 45 Hangul characters a line
SAFE_LINK_SCHEMES = ("http", "https")
CLIPPING_SCHEME = "clipper-clipping"  # "Also carried by" links: select that clipping
STORY_LINKS = 3  # copies named in that line; the rest are counted "(+2)"
PICKUP_SCHEME = "clipper-pickup"  # "보도자료 〈…〉 인용": the side-by-side view (issue 18)


@dataclass
class BodySpan:
    """Where one body block sits: in the body text and in the reader's document."""

    body_start: int
    doc_start: int
    length: int


class ReaderView(QTextBrowser):
    """Shows a clipping; H/N and the context menu act on the selected body text."""

    link_opened = Signal(str)
    photo_activated = Signal(int)  # a photo's position: double-click, or Enter/Space on it
    clipping_link_activated = Signal(int)  # a copy in "Also carried by" was clicked
    pickup_link_activated = Signal(int, int)  # release id, clipping id (issue 18)
    shown = Signal()  # a clipping or the placeholder was shown (the cut pane follows)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self._open_link)
        self.document().setDocumentMargin(18)
        self.clipping: Clipping | None = None
        self.spans: list[BodySpan] = []
        self._terms: list[str] = []
        self._annotation_selections: list[QTextEdit.ExtraSelection] = []
        self._images: dict[str, QImage] = {}
        self.suggested_themes: list[str] = []  # set by the window before showing
        self.story_copies: list[tuple[int, str]] = []  # (id, outlet) of the story's others
        # The desk's lines under the title (placement, tone, response): (text, colour).
        self.desk_lines: list[tuple[str, str]] = []
        # The releases the clipping draws on (issue 18): (text, "release:clipping").
        self.pickup_lines: list[tuple[str, str]] = []
        self.show_placeholder()

    # ---- content -------------------------------------------------------------------

    def show_placeholder(self, text: str | None = None) -> None:
        self.clipping = None
        self.spans = []
        self._annotation_selections = []
        doc = QTextDocument(self)
        doc.setDocumentMargin(18)
        cursor = QTextCursor(doc)
        fmt = QTextCharFormat()
        fmt.setForeground(QColor("#80868b"))
        cursor.insertText(text or self.tr("Select a clipping to read it."), fmt)
        self.setDocument(doc)
        self.setExtraSelections([])
        self.shown.emit()

    def show_clipping(self, clipping: Clipping, library_root: Path) -> None:
        # Shown again after a change (a highlight, a tag): stay where the reader was.
        same = self.clipping is not None and self.clipping.id == clipping.id
        scroll = self.verticalScrollBar().value() if same else 0
        self._render(clipping, library_root)
        self.verticalScrollBar().setValue(scroll)
        self.shown.emit()

    def _render(self, clipping: Clipping, library_root: Path) -> None:
        self.clipping = clipping
        self._images = {}
        doc = QTextDocument(self)
        doc.setDocumentMargin(18)
        base = self.font()
        doc.setDefaultFont(base)
        cursor = QTextCursor(doc)
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0

        title_fmt = _char(size * 1.7, bold=True)
        cursor.setBlockFormat(_block(bottom=6))
        cursor.insertText(clipping.title or self.tr("(untitled)"), title_fmt)

        meta = [x for x in (clipping.outlet, clipping.byline,
                            clipping.published.isoformat() if clipping.published else "") if x]
        if meta:
            cursor.insertBlock(_block(bottom=4))
            cursor.insertText("  ·  ".join(meta), _char(size, colour="#5f6368"))
        if clipping.url:
            cursor.insertBlock(_block(bottom=4))
            link = _char(size * 0.92, colour="#1a62c5")
            if clipping.url.split(":", 1)[0].lower() in SAFE_LINK_SCHEMES:
                link.setAnchor(True)
                link.setAnchorHref(clipping.url)
                link.setFontUnderline(True)
            cursor.insertText(clipping.url, link)
        labels = []
        if clipping.themes:
            labels.append(self.tr("Themes: %s") % ", ".join(clipping.themes))
        if clipping.tags:
            labels.append(self.tr("Tags: %s") % ", ".join(clipping.tags))
        if labels:
            cursor.insertBlock(_block(bottom=4))
            cursor.insertText("   ".join(labels), _char(size * 0.92, colour="#2e7d32"))
        for text, colour in self.desk_lines:
            cursor.insertBlock(_block(bottom=4))
            cursor.insertText(text, _char(size * 0.92, colour=colour))
        for text, target in self.pickup_lines:
            cursor.insertBlock(_block(bottom=4))
            link = _char(size * 0.92, colour="#0b6e4f")
            link.setAnchor(True)
            link.setAnchorHref(f"{PICKUP_SCHEME}:{target}")
            link.setFontUnderline(True)
            link.setToolTip(self.tr("Show the release and this article side by side"))
            cursor.insertText(text, link)
        if self.suggested_themes:
            cursor.insertBlock(_block(bottom=4))
            cursor.insertText(
                self.tr("Suggested themes (to review): %s") % ", ".join(self.suggested_themes),
                _char(size * 0.92, colour="#ad1457", italic=True))
        if self.story_copies:
            cursor.insertBlock(_block(bottom=4))
            self._insert_story_line(cursor, size)

        # Each photo where it stood in the article: after the block it followed. Photos
        # whose place is unknown (older clippings) stay on top, as they always were.
        placed = _photos_by_place(clipping)
        for photo in placed.get(0, []):
            self._insert_photo(doc, cursor, photo, library_root, size)

        self.spans = []
        body_offset = 0
        notes = _notes_by_block(clipping, self._block_ends(clipping))
        for i, block in enumerate(clipping.body):
            if block.kind == "subheading":
                cursor.insertBlock(_block(top=14, bottom=6))
                fmt = _char(size * 1.2, bold=True)
            else:
                cursor.insertBlock(_block(bottom=10, line_height=145))
                fmt = _char(size * 1.08)
            self.spans.append(BodySpan(body_offset, cursor.position(), len(block.text)))
            cursor.insertText(block.text, fmt)
            body_offset += len(block.text) + 1
            for note in notes.get(i, []):
                cursor.insertBlock(_block(bottom=10, left=24))
                cursor.insertText("✎ " + note, _char(size * 0.95, colour="#6d4c41", italic=True))
            for photo in placed.get(i + 1, []):
                self._insert_photo(doc, cursor, photo, library_root, size)
        if clipping.source_keywords:
            cursor.insertBlock(_block(top=12))
            cursor.insertText(self.tr("Keywords: %s") % ", ".join(clipping.source_keywords),
                              _char(size * 0.9, colour="#80868b"))
        self.setDocument(doc)
        self._annotation_selections = self._annotation_extra(clipping.annotations)
        self._apply_extra()

    def _insert_photo(self, doc: QTextDocument, cursor: QTextCursor, photo, root: Path,
                      size: float) -> None:
        image = QImage()
        if photo.image:
            try:
                thumb = media.thumbnail_path(root, photo.image)
            except Exception:  # a missing or broken photo file must not stop the reader
                thumb = None
            if thumb is not None:
                image = QImage(str(thumb))
        if not image.isNull():
            cursor.insertBlock(_photo_block(photo.position, top=8, bottom=2))
            name = f"{PHOTO_SCHEME}:{photo.position}"
            self._images[name] = image
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            fmt = QTextImageFormat()
            fmt.setName(name)
            width = min(PHOTO_WIDTH, image.width())
            fmt.setWidth(width)
            fmt.setHeight(image.height() * width / max(1, image.width()))
            # An anchor only so that Tab reaches the photo from the keyboard (Enter or
            # Space then opens it); a single click does nothing (see _open_link).
            fmt.setAnchor(True)
            fmt.setAnchorHref(name)
            fmt.setToolTip(self.tr("Double-click to see the photo at full size"))
            cursor.insertImage(fmt)
            cursor.insertBlock(_photo_block(photo.position, bottom=10))
        else:
            # The text named a photo but its file is not in the library (copied text
            # carries captions only): the caption stands in a shaded box.
            box = _photo_block(photo.position, top=6, bottom=10)
            box.setBackground(QColor("#f1f3f4"))
            cursor.insertBlock(box)
            cursor.insertText(self.tr("Photo") + "  ", _char(size * 0.85, bold=True,
                                                              colour="#5f6368"))
        cursor.insertText(photo.caption or "", _char(size * 0.92, colour="#3c4043"))
        if photo.credit:
            cursor.insertText(("  " if photo.caption else "") + photo.credit,
                              _char(size * 0.85, colour="#80868b", italic=True))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def _fit_column(self) -> None:
        """Keep lines to a readable length: centre a column of at most TEXT_WIDTH."""
        side = max(0, (self.viewport().width() - TEXT_WIDTH) // 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if fmt.leftMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)

    def setDocument(self, document: QTextDocument) -> None:
        super().setDocument(document)
        self._fit_column()

    def loadResource(self, resource_type: int, url: QUrl):
        # Only the photos we added ourselves: never a file path or a remote address.
        # (Asking the document would come back here for an unknown name.)
        if resource_type == QTextDocument.ResourceType.ImageResource:
            return self._images.get(url.toString())
        return None

    # ---- photos: double-click, or Tab to one and press Enter or Space -----------------

    def photo_thumbnails(self) -> dict[int, QImage]:
        """The shown clipping's photo thumbnails by position (for the edit dialog)."""
        prefix = PHOTO_SCHEME + ":"
        return {int(name[len(prefix):]): image for name, image in self._images.items()}

    def photo_at(self, pos) -> int | None:
        """The position of the photo whose image or caption is at viewport point `pos`."""
        value = self.cursorForPosition(pos).block().blockFormat().property(PHOTO_PROPERTY)
        return int(value) if isinstance(value, int) else None

    def focused_photo(self) -> int | None:
        """The photo the keyboard focus is on (Tab moves it from link to link)."""
        cursor = self.textCursor()
        href = cursor.charFormat().anchorHref() if cursor.hasSelection() else ""
        if href.startswith(PHOTO_SCHEME + ":"):
            return int(href.split(":", 1)[1])
        return None

    def mouseDoubleClickEvent(self, event) -> None:
        position = self.photo_at(event.position().toPoint())
        if position is not None and event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.photo_activated.emit(position)
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            position = self.focused_photo()
            if position is not None:
                event.accept()
                self.photo_activated.emit(position)
                return
        super().keyPressEvent(event)

    def _insert_story_line(self, cursor: QTextCursor, size: float) -> None:
        """"Also carried by: 연합뉴스, 뉴스1 (+2)": the story's other clippings as links."""
        grey = _char(size * 0.92, colour="#5f6368")
        cursor.insertText(self.tr("Also carried by:") + " ", grey)
        for i, (clipping_id, name) in enumerate(self.story_copies[:STORY_LINKS]):
            if i:
                cursor.insertText(", ", grey)
            link = _char(size * 0.92, colour="#1a62c5")
            link.setAnchor(True)
            link.setAnchorHref(f"{CLIPPING_SCHEME}:{clipping_id}")
            link.setFontUnderline(True)
            cursor.insertText(name or self.tr("(untitled)"), link)
        more = len(self.story_copies) - STORY_LINKS
        if more > 0:
            cursor.insertText(f" (+{more})", grey)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() == CLIPPING_SCHEME and url.path().isdigit():
            self.clipping_link_activated.emit(int(url.path()))
        elif url.scheme() == PICKUP_SCHEME:
            release, _sep, clipping = url.path().partition(":")
            if release.isdigit() and clipping.isdigit():
                self.pickup_link_activated.emit(int(release), int(clipping))
        elif url.scheme().lower() in SAFE_LINK_SCHEMES:
            self.link_opened.emit(url.toString())
            QDesktopServices.openUrl(url)

    # ---- selections, highlights and search terms -------------------------------------

    def body_selection(self) -> tuple[int, int, str] | None:
        """The selected body text as (start, end, quote) in body-text offsets."""
        if self.clipping is None or not self.spans:
            return None
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._body_offset(cursor.selectionStart(), after=True)
        end = self._body_offset(cursor.selectionEnd(), after=False)
        if start is None or end is None or end <= start:
            return None
        text = self.clipping.body_text()
        return start, end, text[start:end]

    def _body_offset(self, doc_pos: int, after: bool) -> int | None:
        starts = [s.doc_start for s in self.spans]
        i = bisect.bisect_right(starts, doc_pos) - 1
        if i < 0:
            return self.spans[0].body_start if after else None
        span = self.spans[i]
        if doc_pos <= span.doc_start + span.length:
            return span.body_start + (doc_pos - span.doc_start)
        # Between blocks (a note line): snap to the end of this block or the next start.
        if after:
            return self.spans[i + 1].body_start if i + 1 < len(self.spans) else None
        return span.body_start + span.length

    def annotation_at_cursor(self) -> Annotation | None:
        """The highlight under the text cursor (or the selection's start), if any."""
        if self.clipping is None or not self.spans:
            return None
        offset = self._body_offset(self.textCursor().selectionStart(), after=False)
        if offset is None:
            return None
        for ann in self.clipping.annotations:
            if ann.target == "body" and not ann.orphaned and ann.start <= offset <= ann.end:
                return ann
        return None

    def doc_range(self, start: int, end: int) -> list[tuple[int, int]]:
        """Document ranges (one per block touched) for a body-text range."""
        ranges = []
        for span in self.spans:
            lo = max(start, span.body_start)
            hi = min(end, span.body_start + span.length)
            if lo < hi:
                ranges.append((span.doc_start + lo - span.body_start,
                               span.doc_start + hi - span.body_start))
        return ranges

    def highlight_terms(self, terms: list[str]) -> None:
        """Mark every occurrence of the search's matched words."""
        self._terms = [t for t in terms if t.strip()]
        self._apply_extra()

    def term_selections(self) -> list[QTextEdit.ExtraSelection]:
        found = []
        doc = self.document()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffcc80"))
        for term in self._terms:
            cursor = QTextCursor(doc)
            while True:
                cursor = doc.find(term, cursor)
                if cursor.isNull():
                    break
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                found.append(sel)
        return found

    def _block_ends(self, clipping: Clipping) -> list[int]:
        ends, offset = [], 0
        for block in clipping.body:
            offset += len(block.text)
            ends.append(offset)
            offset += 1
        return ends

    def _annotation_extra(self, annotations: list[Annotation]) -> list[QTextEdit.ExtraSelection]:
        selections = []
        for ann in annotations:
            if ann.orphaned or ann.target != "body":
                continue
            fmt = QTextCharFormat()
            colour = QColor(ann.colour) if QColor.isValidColorName(ann.colour) else QColor(
                "#fff176")
            fmt.setBackground(colour)
            if ann.note:
                fmt.setToolTip(plain.tooltip(ann.note))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            for lo, hi in self.doc_range(ann.start, ann.end):
                cursor = QTextCursor(self.document())
                cursor.setPosition(lo)
                cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
        return selections

    def _apply_extra(self) -> None:
        self.setExtraSelections(self._annotation_selections + self.term_selections())


def _notes_by_block(clipping: Clipping, block_ends: list[int]) -> dict[int, list[str]]:
    """Notes shown under the paragraph where their highlight ends."""
    notes: dict[int, list[str]] = {}
    for ann in clipping.annotations:
        if not ann.note or ann.target != "body":
            continue
        i = bisect.bisect_left(block_ends, max(ann.start, ann.end - 1))
        if ann.orphaned or i >= len(block_ends):
            i = len(block_ends) - 1
        if i >= 0:
            notes.setdefault(i, []).append(ann.note)
    return notes


def _photos_by_place(clipping: Clipping) -> dict[int, list[Photo]]:
    """The clipping's photos by the number of body blocks shown before them, in order.

    Unknown places count as 0 (on top); a place past the body (a library edited outside
    Clipper) as after the last block, so no photo is ever left out.
    """
    last = len(clipping.body)
    by_place: dict[int, list[Photo]] = {}
    for photo in clipping.photos:
        place = 0 if photo.after_block is None else max(0, min(photo.after_block, last))
        by_place.setdefault(place, []).append(photo)
    return by_place


def _char(point_size: float, bold: bool = False, colour: str | None = None,
          italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(point_size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    if colour:
        fmt.setForeground(QColor(colour))
    return fmt


def _photo_block(position: int, top: float = 0, bottom: float = 0) -> QTextBlockFormat:
    fmt = _block(top=top, bottom=bottom)
    fmt.setProperty(PHOTO_PROPERTY, position)
    return fmt


def _block(top: float = 0, bottom: float = 0, left: float = 0,
           line_height: int | None = None) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setLeftMargin(left)
    if line_height:
        fmt.setLineHeight(line_height,
                          int(QTextBlockFormat.LineHeightTypes.ProportionalHeight.value))
    return fmt




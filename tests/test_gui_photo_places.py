"""The reader shows each photo where it stood in the article (issue 13): after the body
block it followed, photos of unknown place on top as before; double-clicking a photo in
the body still opens it, and a selection across a photo still maps to the body text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from clipper.domain import ArticleDraft, Block, PhotoDraft
from clipper.gui.views.reader import PHOTO_PROPERTY, ReaderView
from clipper.services import LibraryService
from tests.gui_support import photo_point
from tests.photo_place_pages import AP_PARAGRAPHS, OHMY_PARAGRAPHS, ap_page, jpeg, ohmy_page

PAGES = {"ohmynews": (ohmy_page, OHMY_PARAGRAPHS), "ap": (ap_page, AP_PARAGRAPHS)}


def _layout(reader: ReaderView, body: list[str]) -> list[str]:
    """The reader's document as a list: "photo N" for each photo's image block, "block N"
    for each body block (other lines, captions included, left out)."""
    out: list[str] = []
    block = reader.document().begin()
    seen: set[int] = set()
    while block.isValid():
        photo = block.blockFormat().property(PHOTO_PROPERTY)
        if isinstance(photo, int):
            if photo not in seen:
                out.append(f"photo {photo}")
                seen.add(photo)
        elif block.text() in body:
            out.append(f"block {body.index(block.text())}")
        block = block.next()
    return out


@pytest.fixture
def reader(qtbot):
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(900, 1400)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("layout", PAGES)
def test_imported_page_shows_photos_where_they_stood(qtbot, reader, library_path, tmp_path,
                                                     layout):
    make, paragraphs = PAGES[layout]
    with LibraryService(library_path) as svc:
        [outcome] = svc.import_paths([make(tmp_path / "pages")])
        clip = svc.get(outcome.clipping_id)
        reader.show_clipping(clip, svc.root)
        assert _layout(reader, paragraphs) == [
            "photo 0", "block 0", "block 1", "photo 1", "block 2", "block 3"]
        # Double-click on the photo in the body: the viewer is asked for that photo.
        with qtbot.waitSignal(reader.photo_activated, timeout=3000) as signal:
            qtbot.mouseDClick(reader.viewport(), Qt.MouseButton.LeftButton,
                              pos=photo_point(reader, 1))
        assert signal.args == [1]
        # A selection from paragraph 2 into paragraph 3, across the photo between them.
        start, end = reader.spans[1].doc_start + 3, reader.spans[2].doc_start + 5
        cursor = QTextCursor(reader.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        reader.setTextCursor(cursor)
        s, e, quote = reader.body_selection()
        assert quote == clip.body_text()[s:e]
        assert quote.startswith(paragraphs[1][3:]) and quote.endswith(paragraphs[2][:5])


@pytest.mark.parametrize("places", [[None, 1, 2], [2, None, 9]])
def test_unknown_places_on_top_and_places_past_the_body_at_its_end(reader, library_path,
                                                                   places):
    body = ["First paragraph of the story, long enough.", "Second paragraph of it.",
            "Third and last paragraph."]
    with LibraryService(library_path) as svc:
        cid, _ = svc.library.add(ArticleDraft(
            title="Places", body=[Block("paragraph", t) for t in body],
            photos=[PhotoDraft(caption=f"photo {n}", data=jpeg("navy") if n != 1 else None,
                               after_block=p) for n, p in enumerate(places)]))
        # A library edited outside Clipper may hold a place past the body.
        svc.library.db.execute("UPDATE photos SET after_block = ? WHERE clipping_id = ? "
                               "AND position = 2", [places[2], cid])
        svc.library.db.conn.commit()
        reader.show_clipping(svc.get(cid), svc.root)
    expected = {
        (None, 1, 2): ["photo 0", "block 0", "photo 1", "block 1", "photo 2", "block 2"],
        (2, None, 9): ["photo 1", "block 0", "block 1", "photo 0", "block 2", "photo 2"],
    }[tuple(places)]
    assert _layout(reader, body) == expected

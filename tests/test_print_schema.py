"""Print's schema and read API (issue 16, m0009_print): what h-cut builds the app on."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from clipper.domain import ArticleDraft, Block, Cut, Word
from clipper.store import journal as store_journal
from clipper.store import media
from clipper.store import print_pages as rows
from clipper.store.leftovers import find_leftovers
from clipper.store.library import DB_NAME, Library
from clipper.store.migrations import migrations


def _page(lib: Library, image: str = "media/aa/page.png") -> int:
    with lib.transaction() as db:
        return rows.add_page(db, file_name="조선일보_20240510_A3.pdf",
                             original="originals/bb/file.pdf", page_number=3, image=image,
                             width=1654, height=2339, dpi=200, text_source="text-layer",
                             ocr_state="not-needed", outlet="조선일보", published="2024-05-10",
                             page="A3")


def test_an_old_library_opens_and_keeps_its_clippings(library_path):
    library_path.mkdir()
    db = Database(sqlite3.connect(library_path / DB_NAME))
    migrations.apply(db, stop_before="m0009_print")
    db["clippings"].insert({"id": 1, "title": "old", "outlet": "연합뉴스", "body_key": "1",
                            "source_kind": "text", "imported_at": "2024-01-01",
                            "updated_at": "2024-01-01"})
    db.conn.commit()
    db.conn.close()
    with Library(library_path) as lib:
        old = lib.get(1)
        assert old.title == "old" and old.cuts == []
        assert lib.summaries([1])[0].has_cut is False
        assert rows.pages(lib.db) == []


def test_pages_words_and_cuts_read_back(library_path):
    with Library(library_path) as lib:
        page_id = _page(lib)
        words = [Word("경기도", (10, 20, 90, 50), 1, 1, 96.5), Word("지사", (95, 20, 140, 50), 1, 1, 88.0)]
        with lib.transaction() as db:
            rows.set_words(db, page_id, words, "ocr", "done")
        assert rows.words(lib.db, page_id) == words
        [page] = rows.pages(lib.db)
        assert (page.id, page.page_number, page.page, page.outlet, page.ocr_state,
                page.text_source, page.cut_count) == (page_id, 3, "A3", "조선일보", "done", "ocr", 0)
        assert page.published.isoformat() == "2024-05-10"
        assert page.label == "page 3 of 조선일보_20240510_A3.pdf"
        assert rows.pages(lib.db, waiting_only=True) == [page]

        clipping_id, _ = lib.add(ArticleDraft(title="cut", body=[Block("paragraph", "경기도 지사")],
                                              source_kind="print"))
        cut = Cut(0, page_id, (10, 20, 140, 50), "media/cc/cut.png", 130, 30)
        with lib.transaction() as db:
            rows.add_cuts(db, clipping_id, [cut])
        assert lib.get(clipping_id).cuts == [cut]
        assert lib.summaries([clipping_id])[0].has_cut
        assert rows.page(lib.db, page_id).cut_count == 1
        assert rows.pages(lib.db, waiting_only=True) == []
        # every file a print row names is in use: never an orphan, never released
        for rel in ("media/aa/page.png", "originals/bb/file.pdf", "media/cc/cut.png"):
            assert media.is_referenced(lib.db, rel)
        assert store_journal.paths_in_use(lib.db, ["media/cc/cut.png"]) == {"media/cc/cut.png"}
        assert "media/cc/cut.png" in store_journal.media_of(lib.db, [clipping_id])

        # a deleted page leaves the clipping's cut (its crop stays), page_id NULL
        with lib.transaction() as db:
            files = rows.delete_pages(db, [page_id])
        assert set(files) == {"media/aa/page.png", "originals/bb/file.pdf"}
        assert lib.get(clipping_id).cuts[0].page_id is None
        assert rows.words(lib.db, page_id) == []


def test_print_files_in_use_are_not_leftovers(library_path):
    with Library(library_path) as lib:
        for rel in ("media/aa/page.png", "originals/bb/file.pdf", "media/dd/orphan.png"):
            (lib.root / rel).parent.mkdir(parents=True, exist_ok=True)
            (lib.root / rel).write_bytes(b"x")
        _page(lib)
        assert find_leftovers(lib).orphans == ["media/dd/orphan.png"]


def test_print_tables_are_journaled():
    assert {"print_pages", "print_words", "clipping_cuts"} <= set(store_journal.JOURNALED)

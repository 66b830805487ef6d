"""The SQLite library: migrations, duplicates, edits, deletes and photo files."""

from __future__ import annotations

import io
import sqlite3

import pytest
from PIL import Image
from sqlite_utils import Database

from clipper.domain import ArticleDraft, Block, PhotoDraft
from clipper.store.keys import url_key
from clipper.store.library import DB_NAME, DuplicateError, Library, LibraryError
from clipper.store.migrations import migrations


def png(colour: str = "blue", size=(64, 48)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "PNG")
    return buf.getvalue()


def draft(text: str = "First paragraph of a perfectly ordinary article.", **kw) -> ArticleDraft:
    return ArticleDraft(title=kw.pop("title", "Title"), body=[Block("paragraph", text)], **kw)


def test_library_is_wal_and_fully_migrated(library_path):
    with Library(library_path) as lib:
        assert lib.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        applied = [m.name for m in migrations.applied(lib.db)]
        assert applied == [m.name for m in migrations._migrations]


def test_old_library_opens_and_keeps_its_data(library_path):
    """A library made before the newest migrations opens in this version."""
    library_path.mkdir()
    db = Database(sqlite3.connect(library_path / DB_NAME))
    names = [m.name for m in migrations._migrations]
    migrations.apply(db, stop_before=names[1] if len(names) > 1 else None)
    db["clippings"].insert({
        "title": "old", "body_key": "k", "source_kind": "text", "imported_at": "2024-01-01",
        "updated_at": "2024-01-01",
    })
    db.conn.close()
    with Library(library_path) as lib:
        assert [m.name for m in migrations.applied(lib.db)] == names
        assert lib.get(1).title == "old"


def test_duplicate_by_url_and_by_normalised_body(library_path):
    with Library(library_path) as lib:
        first, _ = lib.add(draft(url="https://www.example.com/news/1?utm_source=x#top"))
        with pytest.raises(DuplicateError) as same_url:
            lib.add(draft("Another text entirely, not the same words at all.",
                          url="http://example.com/news/1/"))
        assert same_url.value.existing_id == first
        with pytest.raises(DuplicateError, match="same text"):
            lib.add(draft("FIRST paragraph of a perfectly ordinary   article!"))
        second, _ = lib.add(draft("A different article about something else."))
        assert second != first


def test_url_key_keeps_what_identifies_the_article():
    assert url_key("https://m.example.com/a?id=5&utm_medium=x") == "example.com/a?id=5"
    assert url_key("https://example.com/a?id=5") != url_key("https://example.com/a?id=6")
    assert url_key("not a url") is None


def test_photos_are_content_addressed_and_deleted_with_their_last_clipping(library_path):
    with Library(library_path) as lib:
        shared = png("green")
        a, _ = lib.add(draft("Article one about the governor's trip abroad.",
                             photos=[PhotoDraft("cap", "cred", data=shared)]))
        b, _ = lib.add(draft("Article two about the very same photo op.",
                             photos=[PhotoDraft("cap2", "cred", data=shared)]))
        image = lib.get(a).photos[0].image
        assert image == lib.get(b).photos[0].image
        assert (lib.root / image).exists()
        lib.delete(a)
        assert (lib.root / image).exists()
        lib.delete(b)
        assert not (lib.root / image).exists()
        assert lib.count() == 0


def test_broken_and_bomb_images_become_warnings_not_failures(library_path):
    bomb = io.BytesIO()
    Image.new("1", (12000, 12000)).save(bomb, "PNG")  # 144 megapixels, a few KB
    with Library(library_path) as lib:
        clipping_id, warnings = lib.add(draft(photos=[
            PhotoDraft("broken", data=png()[:40]),
            PhotoDraft("bomb", data=bomb.getvalue()),
            PhotoDraft("fine", data=png("red")),
        ]))
        photos = lib.get(clipping_id).photos
        assert [p.image is None for p in photos] == [True, True, False]
        assert [p.caption for p in photos] == ["broken", "bomb", "fine"]
        assert "photo 1" in warnings[0] and "not a readable image" in warnings[0]
        assert "photo 2" in warnings[1] and "too large" in warnings[1]


def test_thumbnail_made_on_demand(library_path):
    from clipper.store.media import thumbnail_path

    with Library(library_path) as lib:
        cid, _ = lib.add(draft(photos=[PhotoDraft("c", data=png(size=(1200, 800)))]))
        thumb = thumbnail_path(lib.root, lib.get(cid).photos[0].image)
        with Image.open(thumb) as img:
            assert max(img.size) == 320


def test_edit_and_its_errors(library_path):
    with Library(library_path) as lib:
        cid, _ = lib.add(draft())
        lib.update_fields(cid, title="New", url="https://example.com/x")
        assert lib.get(cid).title == "New"
        with pytest.raises(LibraryError, match="cannot edit"):
            lib.update_fields(cid, body="x")
        with pytest.raises(LibraryError, match="no clipping"):
            lib.update_fields(999, title="x")

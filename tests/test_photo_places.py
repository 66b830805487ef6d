"""Photos keep where they stood in the article (issue 13): importers find each photo's
place among the body blocks, the library stores it (older libraries and bundles without
one give None), corrections keep it inside the body, undo puts it back, and
`clipper show --json` carries it. Each rule on two outlets' layouts (tests/photo_place_pages)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import zipfile
from pathlib import Path

import lxml.html
import pytest
from sqlite_utils import Database

from clipper.domain import ArticleDraft, Block, PhotoDraft
from clipper.importers.html import prepare_tree
from clipper.importers.photo_places import photo_places
from clipper.importers.text import parse_text
from clipper.services import LibraryService
from clipper.store.library import DB_NAME, Library
from clipper.store.migrations import migrations
from tests.photo_place_pages import (
    AP_PAGE,
    AP_PARAGRAPHS,
    OHMY_PAGE,
    OHMY_PARAGRAPHS,
    ap_page,
    jpeg,
    ohmy_page,
)
from tests.test_mhtml_import import _mhtml

PAGES = {"ohmynews": ohmy_page, "ap": ap_page}
PARAGRAPHS = {"ohmynews": OHMY_PARAGRAPHS, "ap": AP_PARAGRAPHS}


def _import(service: LibraryService, path: Path):
    [outcome] = service.import_paths([path])
    assert outcome.status == "imported", outcome.reason
    return service.get(outcome.clipping_id)


def _places(clipping) -> list[int | None]:
    return [p.after_block for p in clipping.photos]


# ---- saved pages, MHTML ---------------------------------------------------------------

@pytest.mark.parametrize("layout", PAGES)
def test_saved_page_photos_keep_their_place(service, tmp_path, layout):
    """A lead photo above the body, and one between paragraphs 2 and 3."""
    clip = _import(service, PAGES[layout](tmp_path / "pages"))
    assert [b.text for b in clip.body] == PARAGRAPHS[layout]
    assert all(p.image for p in clip.photos)
    assert _places(clip) == [0, 2]


@pytest.mark.parametrize("layout", PAGES)
def test_mhtml_photos_keep_their_place(service, tmp_path, layout):
    template = OHMY_PAGE if layout == "ohmynews" else AP_PAGE
    names = ["IE003400001.jpg", "IE003400002.jpg"] if layout == "ohmynews" else \
        ["wind1.jpg", "wind2.jpg"]
    base = "https://img.example.com/photos"
    page = template.format(files=base, **{f"p{i}": p for i, p in enumerate(PARAGRAPHS[layout])})
    archive = tmp_path / f"{layout}.mhtml"
    archive.write_bytes(_mhtml(page, [(f"{base}/{n}", "image/jpeg", jpeg("navy"))
                                      for n in names]))
    clip = _import(service, archive)
    assert all(p.image for p in clip.photos)
    assert _places(clip) == [0, 2]


@pytest.mark.parametrize("layout", PAGES)
def test_photo_next_to_a_block_not_found_in_the_page_is_not_placed(tmp_path, layout):
    """When a block's text is not in the page (the extractor changed it), the photos on
    either side of it are unplaced rather than maybe misplaced; the others keep theirs."""
    page = PAGES[layout](tmp_path / "pages")
    tree = lxml.html.fromstring(page.read_bytes())
    prepare_tree(tree)
    images = list(tree.iter("img"))
    blocks = list(PARAGRAPHS[layout])
    assert photo_places(tree, blocks, images, "data-x") == [0, 2]
    changed = [blocks[0], "Text the page never had, long enough to be looked for.",
               *blocks[2:]]
    assert photo_places(tree, changed, images, "data-x") == [0, None]
    changed = ["Text the page never had, long enough to be looked for.", *blocks[1:]]
    assert photo_places(tree, changed, images, "data-x") == [None, 2]


@pytest.mark.parametrize("layout", PAGES)
def test_short_block_is_placed_only_where_it_occurs_once(tmp_path, layout):
    """A short block (a one-word subheading) may also be a menu entry: it is looked for
    only between its neighbours, so the photo after it is still placed; where it occurs
    twice there, it is not found and the photo beside it is left unplaced."""
    heading = "메뉴" if layout == "ohmynews" else "World"
    if layout == "ohmynews":
        template = OHMY_PAGE.replace("{p1}<br><br>", f"{{p1}}<br><br><b>{heading}</b><br><br>")
        template = template.replace("전체기사", heading)
    else:
        template = AP_PAGE.replace("<p>{p1}</p>", f"<p>{{p1}}</p><h2>{heading}</h2>")
        template = template.replace(">World<", f">{heading}<")
    paragraphs = PARAGRAPHS[layout]
    page = PAGES[layout](tmp_path / "pages", template)
    tree = lxml.html.fromstring(page.read_bytes())
    prepare_tree(tree)
    images = list(tree.iter("img"))
    menu = tree.find("body").text_content().split(paragraphs[0][:20])[0]
    assert heading in menu  # the same word above the article
    blocks = [*paragraphs[:2], heading, *paragraphs[2:]]
    assert photo_places(tree, blocks, images, "data-x") == [0, 3]
    twice = template.replace(f"{heading}<", f"{heading} {heading}<")
    page = PAGES[layout](tmp_path / "twice", twice)
    tree = lxml.html.fromstring(page.read_bytes())
    prepare_tree(tree)
    images = list(tree.iter("img"))
    assert photo_places(tree, blocks, images, "data-x") == [0, None]


# ---- copied text -------------------------------------------------------------------

OHMY_TEXT = """메뉴 건너뛰기
close
골목 도서관 10년, 주민이 지켜낸 책방
25.05.10 14:02
서하람(haram)

 반딧불 모임 회원들이 작은도서관에서 아이들에게 책을 읽어주고 있다.
ⓒ 서하람

관련사진보기

{p0}

{p1}

 반딧불 모임 회원들이 동네 개울에서 쓰레기를 줍고 있다.
ⓒ 서하람

관련사진보기

{p2}

{p3}

태그:#작은도서관, #자원봉사
댓글
"""

AP_TEXT = """Skip to main content
AP
Menu
Massachusetts approves its largest offshore wind farm
By JANE DOE
Updated 4:12 PM EDT, June 3, 2025
Share
Wind turbines stand off the coast of Block Island, R.I., Tuesday, June 3, 2025. (AP Photo/Steven Senne)
{p0}

{p1}

Cranes stand at the New Bedford Marine Commerce Terminal in New Bedford, Mass., Monday, June 2, 2025. (AP Photo/Michael Dwyer)
Advertisement

{p2}

{p3}

Copyright 2025 The Associated Press. All Rights Reserved.
Related Stories
"""


@pytest.mark.parametrize("layout", PAGES)
def test_copied_text_photo_in_the_middle_keeps_its_place(layout):
    template = OHMY_TEXT if layout == "ohmynews" else AP_TEXT
    text = template.format(**{f"p{i}": p for i, p in enumerate(PARAGRAPHS[layout])})
    draft = parse_text(text)
    assert [b.text for b in draft.body] == PARAGRAPHS[layout]
    lead, middle = ("반딧불 모임 회원들이 작은도서관", "반딧불 모임 회원들이 동네 개울") \
        if layout == "ohmynews" else ("Wind turbines", "Cranes stand")
    assert [(p.caption.startswith(c), p.after_block)
            for p, c in zip(draft.photos, [lead, middle], strict=True)] == [(True, 0), (True, 2)]


@pytest.mark.parametrize("layout", PAGES)
def test_copied_text_photo_in_the_footer_has_no_place(layout):
    """A photo below the article's end (a related story's) is not placed in the body."""
    template = OHMY_TEXT if layout == "ohmynews" else AP_TEXT
    footer_photo = ("\n다른 기사의 사진 설명이 여기에 있다.\nⓒ 김철수\n" if layout == "ohmynews"
                    else "\nA man walks past a closed shop in Detroit. (AP Photo/Paul Sancya)\n")
    text = template.format(**{f"p{i}": p for i, p in enumerate(PARAGRAPHS[layout])})
    draft = parse_text(text + footer_photo)
    assert [p.after_block for p in draft.photos] == [0, 2, None]


# ---- the library -------------------------------------------------------------------

def test_old_library_gets_the_column_and_its_photos_no_place(library_path):
    library_path.mkdir()
    db = Database(sqlite3.connect(library_path / DB_NAME))
    migrations.apply(db, stop_before="m0005_photo_place")
    db["clippings"].insert({"id": 1, "title": "old", "body_key": "k", "source_kind": "text",
                            "imported_at": "2024-01-01", "updated_at": "2024-01-01"})
    db["blocks"].insert({"clipping_id": 1, "position": 0, "kind": "paragraph", "text": "x"})
    db["photos"].insert({"clipping_id": 1, "position": 0, "caption": "old photo"})
    db.conn.commit()
    db.conn.close()
    with Library(library_path) as lib:
        [photo] = lib.get(1).photos
        assert photo.caption == "old photo" and photo.after_block is None


def test_library_keeps_places_inside_the_body(library_path):
    """Stored as given; a count past the body means after its last block; junk is None."""
    with Library(library_path) as lib:
        cid, _ = lib.add(ArticleDraft(
            title="t", body=[Block("paragraph", "One paragraph of text here."),
                             Block("paragraph", "And a second paragraph of text.")],
            photos=[PhotoDraft(caption="a", after_block=1), PhotoDraft(caption="b"),
                    PhotoDraft(caption="c", after_block=7),
                    PhotoDraft(caption="d", after_block=-3),
                    PhotoDraft(caption="e", after_block="2")]))  # type: ignore[arg-type]
        assert _places(lib.get(cid)) == [1, None, 2, 0, None]


@pytest.mark.parametrize("layout", PAGES)
def test_correction_clamps_places_and_undo_restores_them(service, tmp_path, layout):
    clip = _import(service, PAGES[layout](tmp_path / "pages"))
    assert _places(clip) == [0, 2]
    service.correct(clip.id, body_text=PARAGRAPHS[layout][0])
    assert _places(service.get(clip.id)) == [0, 1]
    # A longer body leaves places alone.
    service.undo()
    assert _places(service.get(clip.id)) == [0, 2]
    service.redo()
    assert _places(service.get(clip.id)) == [0, 1]
    service.correct(clip.id, body_text="\n".join([*PARAGRAPHS[layout], "A new last line."]))
    assert _places(service.get(clip.id)) == [0, 1]


@pytest.mark.parametrize("layout", PAGES)
def test_a_photo_follows_its_paragraphs_when_a_correction_adds_or_removes_some(
        service, tmp_path, layout):
    clip = _import(service, PAGES[layout](tmp_path / "pages"))
    paragraphs = [b.text for b in clip.body]
    assert _places(clip) == [0, 2]  # the second photo stands after paragraphs 0 and 1
    # A paragraph added at the top: the lead photo stays on top, the other moves down.
    service.correct(clip.id, body_text="\n".join(["An editor's note added on top.",
                                                  *paragraphs]))
    assert _places(service.get(clip.id)) == [0, 3]
    # The first paragraph removed: the second photo still follows paragraph 1.
    service.correct(clip.id, body_text="\n".join(paragraphs[1:]))
    assert _places(service.get(clip.id)) == [0, 1]
    assert service.get(clip.id).body[0].text == paragraphs[1]
    service.undo()
    service.undo()
    assert _places(service.get(clip.id)) == [0, 2]


# ---- bundles and JSON --------------------------------------------------------------

def _bundle_manifest(bundle: Path) -> dict:
    with zipfile.ZipFile(bundle) as zf:
        return json.loads(zf.read("clipper-bundle.json"))


def _rewrite_manifest(bundle: Path, change) -> None:
    with zipfile.ZipFile(bundle) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members["clipper-bundle.json"])
    change(manifest)
    members["clipper-bundle.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(bundle, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


@pytest.mark.parametrize("layout", PAGES)
def test_bundle_carries_places_and_an_old_bundle_gives_none(service, tmp_path, layout):
    clip = _import(service, PAGES[layout](tmp_path / "pages"))
    bundle = tmp_path / "b.zip"
    service.export_bundle([clip.id], bundle)
    assert [p["after_block"] for p in _bundle_manifest(bundle)["clippings"][0]["photos"]] == \
        [0, 2]
    with LibraryService(tmp_path / "copy") as copy:
        [outcome] = copy.import_bundle(bundle)
        assert _places(copy.get(outcome.clipping_id)) == [0, 2]

    def forget(manifest: dict) -> None:  # a bundle made before photos had a place
        for photo in manifest["clippings"][0]["photos"]:
            del photo["after_block"]

    old = tmp_path / "old.zip"
    shutil.copy(bundle, old)
    _rewrite_manifest(old, forget)
    with LibraryService(tmp_path / "old-copy") as copy:
        [outcome] = copy.import_bundle(old)
        assert outcome.status == "imported"
        assert _places(copy.get(outcome.clipping_id)) == [None, None]

    def damage(manifest: dict) -> None:
        manifest["clippings"][0]["photos"][1]["after_block"] = "two"

    bad = tmp_path / "bad.zip"
    shutil.copy(bundle, bad)
    _rewrite_manifest(bad, damage)
    with LibraryService(tmp_path / "bad-copy") as copy:
        [outcome] = copy.import_bundle(bad)
        assert outcome.status == "imported"
        assert _places(copy.get(outcome.clipping_id)) == [0, None]
        assert "place in the body" in outcome.reason


@pytest.mark.parametrize("layout", PAGES)
def test_show_json_has_after_block(run_cli, run_cli_json, tmp_path, layout):
    status, out, err = run_cli("import", PAGES[layout](tmp_path / "pages"))
    assert status == 0, out + err
    clip = run_cli_json("show", "1")
    assert [p["after_block"] for p in clip["photos"]] == [0, 2]
    assert set(clip["photos"][0]) == {"caption", "credit", "image", "src", "width", "height",
                                      "after_block"}


# ---- the PDF report ----------------------------------------------------------------

@pytest.mark.parametrize("layout", PAGES)
def test_report_draws_photos_at_their_place_with_notes_in_reading_order(service, tmp_path,
                                                                         layout):
    from pypdf import PdfReader

    clip = _import(service, PAGES[layout](tmp_path / "pages"))
    paragraphs = PARAGRAPHS[layout]
    service.annotate(clip.id, quote=paragraphs[0][:12], note="note on the lead")
    service.annotate(clip.id, quote=clip.photos[1].caption[:10], target="photo:1",
                     note="note on the second photo")
    service.annotate(clip.id, quote=paragraphs[3][:12], note="note on the last")
    path = tmp_path / "report.pdf"
    service.export_pdf([clip.id], path)
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(str(path)).pages))

    def at(snippet: str) -> int:
        found = text.find(re.sub(r"\s+", "", snippet))
        assert found >= 0, snippet
        return found

    # (Highlighted quotes get their marker inside them: snippets are taken past it.)
    assert at(paragraphs[1][-15:]) < at(clip.photos[1].caption[15:30]) < \
        at(paragraphs[2][:15])
    assert at(clip.photos[0].caption[:15]) < at(paragraphs[0][-25:])
    assert at("[1]noteonthelead") < at("[2]noteonthesecondphoto") < at("[3]noteonthelast")

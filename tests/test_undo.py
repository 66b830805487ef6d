"""One undo journal for every change: for each operation a user can make, the library
(every table, as data, its media files and what search finds) after do + undo equals
the library before, and after redo equals the library after the do."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from clipper.domain import ArticleDraft, Block, PhotoDraft
from clipper.organise import journal
from clipper.services import LibraryService
from clipper.store import journal as store_journal
from clipper.store.library import LibraryError
from tests.organise_helpers import ALL, import_ids

HTML = Path(__file__).resolve().parent / "data" / "html"
YNA, AP = HTML / "yna_article.html", HTML / "ap_story.html"
US_RULE = "김동연 미국"
QUERIES = ["김동연", "미국", 'tag:"trip/US"', 'theme:"US trip"', "council", "스타트업"]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """A library with clippings (two with photos), tags, a theme with a rule and its
    suggestions, highlights and notes, a saved search and a story group; built once."""
    folder = tmp_path_factory.mktemp("undo") / "library"
    with LibraryService(folder) as svc:
        ids = import_ids(svc, [*ALL, YNA, AP])
        wire, pickup, yna, ap = (ids["us-trip-1-wire"], ids["us-trip-2-pickup"],
                                 ids["yna_article"], ids["ap_story"])
        assert svc.get(yna).photos and svc.get(ap).photos
        svc.add_tags([wire, pickup, yna], ["trip/US", "press"])
        svc.add_tags([ap], ["council"])
        svc.create_theme("US trip", rule=US_RULE, colour="#d04a4a",
                         key_messages=["경기도 새싹기업 세계로"])
        svc.create_theme("Council", description="AP council stories")
        svc.assign_theme("Council", [ap])
        text = svc.annotation_text(wire)
        svc.annotate(wire, start=0, end=min(8, len(text)), note="첫 문장")
        svc.annotate(yna, quote=svc.annotation_text(yna)[:6], colour="green")
        caption = svc.get(ap).photos[0].caption
        if caption:
            svc.annotate(ap, quote=caption[:5], target="photo:0")
        svc.add_saved_search("trip", "미국")
        assert svc.story_group(wire) is not None  # the wire and its pickup
        assert svc.theme_states("US trip")  # the rule suggested something
    return folder, ids


@pytest.fixture
def svc(prepared, tmp_path):
    folder, ids = prepared
    copy = tmp_path / "library"
    shutil.copytree(folder, copy)
    with LibraryService(copy) as service:
        service.ids = ids  # type: ignore[attr-defined]
        yield service


def snapshot(service: LibraryService) -> dict[str, object]:
    """The whole library as data: every journaled table, the media files, what search
    finds (so the index follows undo and redo too)."""
    db = service.library.db
    data: dict[str, object] = {}
    for table in store_journal.JOURNALED:
        data[table] = sorted((tuple(r) for r in db.execute(f"SELECT * FROM {table}")), key=repr)
    root = service.root
    data["files"] = sorted(str(p.relative_to(root)) for sub in ("media", "originals")
                           for p in (root / sub).rglob("*") if p.is_file())
    for query in QUERIES:
        data[f"search {query}"] = sorted(service.search_ids(query))
    return data


def _first_annotation(s: LibraryService) -> int:
    return s.annotations(s.ids["us-trip-1-wire"])[0].id  # type: ignore[attr-defined]


def _suggested(s: LibraryService) -> list[int]:
    return s.theme_members("US trip", ["suggested"])


OPERATIONS: dict[str, Callable[[LibraryService], object]] = {
    "add tags": lambda s: s.add_tags(list(s.ids.values())[:5], ["new", "trip/US"]),
    "remove tag": lambda s: s.remove_tags([s.ids["us-trip-1-wire"]], ["press"]),
    "remove last use of a tag": lambda s: s.remove_tags([s.ids["ap_story"]], ["council"]),
    "rename tag": lambda s: s.rename_tag("trip", "travel"),
    "merge tags": lambda s: s.merge_tags(["trip/US"], "press"),
    "delete tag": lambda s: s.delete_tag("trip"),
    "promote keywords": lambda s: s.promote_keywords(list(s.ids.values()), "keyword"),
    "create theme with rule": lambda s: s.create_theme("Startups", rule="스타트업"),
    "edit theme": lambda s: s.edit_theme("US trip", name="미국 방문", rule="미국",
                                         description="고침", key_messages=["하나", "둘"]),
    "delete theme": lambda s: s.delete_theme("US trip"),
    "assign to theme": lambda s: s.assign_theme("US trip", list(s.ids.values())[:4]),
    "unassign (reject)": lambda s: s.unassign_theme("Council", [s.ids["ap_story"]]),
    "unassign (forget)": lambda s: s.unassign_theme("Council", [s.ids["ap_story"]],
                                                    reject=False),
    "accept suggestions": lambda s: s.review_theme("US trip", accept=_suggested(s)),
    "reject suggestions": lambda s: s.review_theme("US trip", reject=_suggested(s)),
    "review one clipping": lambda s: s.review_suggestions(_suggested(s)[0], accept=True),
    "run a rule": lambda s: (s.edit_theme("Council", rule="council"),
                             s.apply_theme_rule("Council")),
    "highlight": lambda s: s.annotate(s.ids["welfare-policy"], start=2, end=9),
    "note": lambda s: s.annotate(s.ids["startup-heaven"], start=0, end=4, note="확인"),
    "edit note": lambda s: s.edit_annotation(_first_annotation(s), note="고친 메모",
                                             colour="pink"),
    "delete highlight": lambda s: s.delete_annotation(_first_annotation(s)),
    "edit metadata": lambda s: s.edit(s.ids["yna_article"], title="고친 제목",
                                      outlet="연합뉴스", published="2024-05-31"),
    "correct body": lambda s: s.correct(
        s.ids["us-trip-1-wire"],
        body_text=s.get(s.ids["us-trip-1-wire"]).body[0].text.replace("김동연", "金東兗")
        + "\n덧붙인 문단"),
    "correct caption and credit": lambda s: s.correct(
        s.ids["ap_story"], photos={0: {"caption": "Corrected caption", "credit": "AP/Kim"}}),
    "correct everything at once": lambda s: s.correct(
        s.ids["yna_article"], fields={"byline": "홍길동 기자"},
        body=[Block("paragraph", "새 본문입니다.")],
        photos={0: {"caption": "새 설명"}}),
    "delete clippings": lambda s: s.delete([s.ids["us-trip-1-wire"], s.ids["yna_article"],
                                            s.ids["ap_story"]]),
    "save search": lambda s: s.add_saved_search("council", "council"),
    "replace saved search": lambda s: s.add_saved_search("trip", "김동연", replace=True),
    "rename saved search": lambda s: s.rename_saved_search("trip", "여행"),
    "delete saved search": lambda s: s.delete_saved_search("trip"),
    "split story": lambda s: s.split_story([s.ids["us-trip-2-pickup"]]),
    "merge stories": lambda s: s.merge_story([s.ids["startup-heaven"], s.ids["welfare-policy"]]),
}


@pytest.mark.parametrize("name", OPERATIONS)
def test_undo_gives_back_the_state_before_and_redo_the_state_after(svc, name):
    before = snapshot(svc)
    OPERATIONS[name](svc)
    after = snapshot(svc)
    assert after != before, f"{name} changed nothing"
    label, _ = svc.undo()
    assert label and label == svc.redo_history()[0].label
    assert snapshot(svc) == before
    svc.redo()
    assert snapshot(svc) == after
    svc.undo()
    assert snapshot(svc) == before


def test_every_table_is_journaled_or_known_not_to_be(svc):
    tables = {r[0] for r in svc.library.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    assert tables <= set(store_journal.JOURNALED) | set(store_journal.UNJOURNALED), (
        "a new table: list it in store/journal.py JOURNALED (user data) or UNJOURNALED")
    assert set(store_journal.JOURNALED) <= tables


def test_a_deleted_clipping_comes_back_whole_and_searchable(svc):
    ap = svc.ids["ap_story"]
    whole = svc.get(ap)
    files = [svc.root / p.image for p in whole.photos if p.image]
    assert files and all(f.exists() for f in files)
    svc.delete([ap])
    assert svc.search_ids("council") == []
    assert all(f.exists() for f in files)  # kept while the journal can bring them back
    label, changes = svc.undo()
    assert label == "delete 1 clipping(s)" and changes.clippings_added == [ap]
    assert svc.get(ap) == whole  # photos, captions, tags, themes, highlights, keywords
    assert svc.search_ids("council") == [ap]


def test_files_of_a_deleted_clipping_go_when_its_entry_is_dropped(svc, monkeypatch):
    yna = svc.ids["yna_article"]
    files = [svc.root / p.image for p in svc.get(yna).photos if p.image]
    assert files
    monkeypatch.setattr(journal, "KEEP", 2)
    svc.delete([yna])
    svc.add_tags([svc.ids["welfare-policy"]], ["one"])
    assert all(f.exists() for f in files)
    svc.add_tags([svc.ids["welfare-policy"]], ["two"])  # the delete falls out of the journal
    assert [e.label for e in svc.undo_history()][-1].startswith("add tag one")
    assert not any(f.exists() for f in files)


def test_a_file_another_clipping_still_shows_is_kept(svc, monkeypatch):
    yna = svc.ids["yna_article"]
    [first, *_] = [p.image for p in svc.get(yna).photos if p.image]
    # Photos are content-addressed: the same picture in another article is one file.
    other, _ = svc.library.add(ArticleDraft(
        title="같은 사진을 쓴 기사", body=[Block("paragraph", "다른 언론사가 같은 사진을 실었다.")],
        photos=[PhotoDraft(caption="같은 사진", data=(svc.root / first).read_bytes())]))
    assert [p.image for p in svc.get(other).photos] == [first]
    monkeypatch.setattr(journal, "KEEP", 1)
    svc.delete([yna])
    svc.add_tags([svc.ids["welfare-policy"]], ["one"])  # drops the delete's entry
    assert (svc.root / first).exists()
    svc.delete([other])
    svc.add_tags([svc.ids["welfare-policy"]], ["two"])  # now nothing names it
    assert not (svc.root / first).exists()


def test_a_new_change_ends_what_can_be_redone(svc):
    wire = svc.ids["us-trip-1-wire"]
    svc.add_tags([wire], ["a"])
    svc.add_tags([wire], ["b"])
    svc.undo()
    svc.undo()
    assert [e.label for e in svc.redo_history()] == ["add tag a to 1 clipping(s)",
                                                      "add tag b to 1 clipping(s)"]
    svc.redo()
    assert "a" in svc.get(wire).tags
    svc.add_tags([wire], ["c"])
    assert svc.redo_history() == []
    with pytest.raises(LibraryError, match="nothing to redo"):
        svc.redo()
    assert [e.label for e in svc.undo_history()][:2] == ["add tag c to 1 clipping(s)",
                                                          "add tag a to 1 clipping(s)"]


def test_a_change_that_changes_nothing_leaves_no_entry(svc):
    count = len(svc.undo_history())
    svc.add_tags([svc.ids["us-trip-1-wire"]], ["press"])  # it has it already
    svc.edit(svc.ids["ap_story"], title=svc.get(svc.ids["ap_story"]).title)
    with pytest.raises(LibraryError):
        svc.rename_tag("no-such-tag", "x")
    assert len(svc.undo_history()) == count


def test_a_conflicting_undo_is_refused_with_a_message_and_changes_nothing(svc):
    svc.delete_tag("council")
    # A tag of the same name made outside the journal (e.g. by a bundle import).
    svc.library.db.execute("INSERT INTO tags (name) VALUES ('council')")
    svc.library.db.conn.commit()
    before = snapshot(svc)
    with pytest.raises(LibraryError, match="cannot undo “delete tag council”"):
        svc.undo()
    assert snapshot(svc) == before


def test_corrections_survive_a_reindex(svc):
    ap = svc.ids["ap_story"]
    svc.correct(ap, body_text="고쳐 쓴 본문: 의회가 예산안을 통과시켰다.",
                photos={0: {"caption": "정정된 사진 설명", "credit": "정정 출처"}})
    svc.reindex()
    assert svc.search_ids("예산안") == [ap]
    assert svc.search_ids("정정된") == [ap]
    photo = svc.get(ap).photos[0]
    assert (photo.caption, photo.credit) == ("정정된 사진 설명", "정정 출처")


def test_body_text_keeps_subheadings_and_refuses_an_empty_body(svc):
    wire = svc.ids["us-trip-1-wire"]
    svc.correct(wire, body=[Block("subheading", "소제목"), Block("paragraph", "본문")])
    svc.correct(wire, body_text="소제목\n\n고친 본문\n")
    assert [(b.kind, b.text) for b in svc.get(wire).body] == [
        ("subheading", "소제목"), ("paragraph", "고친 본문")]
    with pytest.raises(LibraryError, match="empty"):
        svc.correct(wire, body_text="  \n ")
    with pytest.raises(LibraryError, match="no photo 4"):
        svc.correct(wire, photos={3: {"caption": "x"}})


def test_a_highlight_follows_a_corrected_body_and_undo_puts_it_back(svc):
    wire = svc.ids["us-trip-1-wire"]
    [note] = [a for a in svc.annotations(wire) if a.note]
    svc.correct(wire, body_text="앞에 붙인 문장.\n" + svc.annotation_text(wire))
    moved = next(a for a in svc.annotations(wire) if a.id == note.id)
    assert moved.quote == note.quote and moved.start > note.start
    svc.undo()
    assert next(a for a in svc.annotations(wire) if a.id == note.id) == note


def test_undo_and_redo_between_cli_processes(run_cli, run_cli_json):
    assert run_cli("import", str(ALL[0]))[0] == 0
    assert run_cli("tag", "add", "press", "--ids", "1")[0] == 0
    assert run_cli("delete", "1")[0] == 0
    status, out, _ = run_cli("history")
    assert status == 0 and "undo" in out and "delete 1 clipping(s)" in out
    status, out, _ = run_cli("undo")
    assert status == 0 and out.startswith("undone: delete 1 clipping(s)")
    assert [c["tags"] for c in run_cli_json("list")] == [["press"]]
    history = run_cli_json("history")
    assert [e["label"] for e in history["redo"]] == ["delete 1 clipping(s)"]
    assert history["undo"][0]["kind"] == "add_tags"
    status, out, _ = run_cli("redo")
    assert status == 0 and out.startswith("redone: delete 1 clipping(s)")
    assert run_cli_json("list") == []
    status, _, err = run_cli("redo")
    assert status == 2 and "nothing to redo" in err

"""Highlights and notes: created by quote or offsets, found again after the text is
edited, flagged (never dropped) when the text is gone; Qt UTF-16 offsets."""

from __future__ import annotations

import pytest

from clipper.domain import ArticleDraft, Block, PhotoDraft
from clipper.organise.offsets import from_utf16, span_from_utf16, span_to_utf16, to_utf16
from clipper.store.library import LibraryError
from tests.organise_helpers import WIRE

QUOTE = "이들이 세계 시장으로 나갈 수 있도록 다리를 놓겠다"


@pytest.fixture
def wire(service) -> int:
    outcome, = service.import_paths([WIRE])
    return outcome.clipping_id


def test_annotate_from_the_cli_and_list_as_json(run_cli, run_cli_json):
    assert run_cli("import", WIRE)[0] == 0
    status, out, err = run_cli("annotate", "1", "--quote", QUOTE, "--note", "핵심 메시지",
                               "--colour", "green")
    assert status == 0, err
    found = run_cli_json("annotations", "1")
    assert len(found) == 1
    a = found[0]
    body = "\n".join(b["text"] for b in run_cli_json("show", "1")["body"])
    assert body[a["start"]:a["end"]] == QUOTE == a["quote"]
    assert body[:a["start"]].endswith(a["prefix"]) and len(a["prefix"]) == 32
    assert body[a["end"]:].startswith(a["suffix"]) and len(a["suffix"]) == 32
    assert (a["note"], a["colour"], a["target"], a["orphaned"]) == (
        "핵심 메시지", "#a5d6a7", "body", False)
    assert run_cli_json("show", "1")["annotations"][0]["id"] == a["id"]
    status, _, err = run_cli("annotate", "1", "--quote", "본문에 없는 말")
    assert status == 2 and "is not in the body of clipping 1" in err
    status, _, err = run_cli("annotate", "1", "--quote", QUOTE, "--colour", "plaid")
    assert status == 2 and "not a colour" in err
    assert run_cli("annotation", "edit", str(a["id"]), "--note", "고친 메모")[0] == 0
    assert run_cli_json("annotations", "1")[0]["note"] == "고친 메모"
    assert run_cli("annotation", "delete", str(a["id"]))[0] == 0
    assert run_cli_json("annotations", "1") == []
    status, _, err = run_cli("annotation", "delete", str(a["id"]))
    assert status == 2 and f"no annotation with id {a['id']}" in err


def test_occurrence_picks_the_nth_match(service, wire):
    body = service.get(wire).body_text()
    spots = [i for i in range(len(body)) if body.startswith("새싹기업", i)]
    assert len(spots) >= 3
    a = service.annotate(wire, quote="새싹기업", occurrence=3)
    assert a.start == spots[2]
    with pytest.raises(LibraryError, match="occurs"):
        service.annotate(wire, quote="새싹기업", occurrence=len(spots) + 1)


def test_highlight_is_reanchored_after_the_body_is_edited(service, wire):
    blocks = service.get(wire).body
    a = service.annotate(wire, quote=QUOTE, note="keep")
    # A paragraph inserted before it, and the one holding it reworded around the quote.
    edited = [Block("paragraph", "【편집자 주】 이 기사는 현지 취재를 바탕으로 작성됐다.")]
    for block in blocks:
        edited.append(Block(block.kind, block.text.replace("말했다", "힘주어 말했다")))
    service.replace_body(wire, edited)
    moved = service.annotations(wire)[0]
    body = service.get(wire).body_text()
    assert moved.start > a.start and body[moved.start:moved.end] == QUOTE
    assert not moved.orphaned and moved.note == "keep"
    assert moved.suffix == body[moved.end:moved.end + 32]


def test_context_chooses_between_two_occurrences(service, wire):
    body = service.get(wire).body_text()
    a = service.annotate(wire, quote="새싹기업", occurrence=2)
    second_context = body[a.start - 10:a.end + 10]
    # The same word is put in front of everything: offsets now point elsewhere,
    # and the quote alone would pick the first (nearest) occurrence.
    blocks = [Block("paragraph", "새싹기업 새싹기업 새싹기업")] + service.get(wire).body
    service.replace_body(wire, blocks)
    moved = service.annotations(wire)[0]
    new_body = service.get(wire).body_text()
    assert new_body[moved.start - 10:moved.end + 10] == second_context


def test_whitespace_changes_are_tolerated(service, wire):
    service.annotate(wire, quote=QUOTE)
    blocks = [Block(b.kind, b.text.replace("세계 시장으로", "세계  시장으로")) for b in
              service.get(wire).body]
    service.replace_body(wire, blocks)
    a = service.annotations(wire)[0]
    assert not a.orphaned and a.quote == "이들이 세계  시장으로 나갈 수 있도록 다리를 놓겠다"


def test_unfindable_highlight_is_kept_flagged_and_recovers(service, wire, run_cli):
    original = service.get(wire).body
    a = service.annotate(wire, quote=QUOTE, note="do not lose me")
    service.replace_body(wire, [Block(b.kind, b.text.replace("다리를 놓겠다", "돕겠다"))
                                for b in original])
    kept = service.annotations(wire)
    assert len(kept) == 1
    assert kept[0].orphaned and kept[0].quote == QUOTE and kept[0].note == "do not lose me"
    assert (kept[0].start, kept[0].end) == (a.start, a.end)
    service.replace_body(wire, original)  # e.g. a re-import of the first version
    back = service.annotations(wire)[0]
    assert not back.orphaned and (back.start, back.end) == (a.start, a.end)


def test_caption_highlight(service):
    clipping_id, _ = service.library.add(ArticleDraft(
        title="사진 설명 시험",
        body=[Block("paragraph", "경기도가 새 사업을 발표했다.")],
        photos=[PhotoDraft(caption="김동연 지사가 투자사 대표와 악수하고 있다.", credit="경기도"),
                PhotoDraft(caption="간담회에 참석한 새싹기업 대표들.")]))
    a = service.annotate(clipping_id, quote="새싹기업 대표들", target="photo:1", colour="blue")
    assert (a.target, a.start, a.end) == ("photo:1", 9, 17)
    with pytest.raises(LibraryError, match="has no photo 3"):
        service.annotate(clipping_id, quote="x", target="photo:2")
    with pytest.raises(LibraryError, match="not an annotation target"):
        service.annotate(clipping_id, quote="x", target="sidebar")


def test_selection_offsets_are_checked(service, wire):
    body = service.get(wire).body_text()
    a = service.annotate(wire, start=5, end=20)
    assert a.quote == body[5:20]
    with pytest.raises(LibraryError, match="outside the body"):
        service.annotate(wire, start=10, end=len(body) + 5)


# ---- Python <-> Qt (UTF-16) offsets --------------------------------------------------------

TEXT = "김 지사 👍 발표\n두 번째 🇰🇷 문단 😀끝"


def test_utf16_offsets_round_trip():
    for index in range(len(TEXT) + 1):
        assert from_utf16(TEXT, to_utf16(TEXT, index)) == index
    thumbs = TEXT.index("👍")
    assert to_utf16(TEXT, thumbs) == thumbs and to_utf16(TEXT, thumbs + 1) == thumbs + 2
    # Inside a surrogate pair rounds down to the character's start.
    assert from_utf16(TEXT, thumbs + 1) == thumbs
    assert to_utf16(TEXT, 999) == len(TEXT.encode("utf-16-le")) // 2
    assert from_utf16(TEXT, -3) == 0


def test_utf16_offsets_select_the_same_text_in_qt(qapp):
    from PySide6.QtGui import QTextCursor, QTextDocument

    document = QTextDocument()
    document.setPlainText(TEXT)
    quote = "문단 😀끝"
    start = TEXT.index(quote)
    qt_start, qt_end = span_to_utf16(TEXT, start, start + len(quote))
    assert qt_start != start  # the emoji before it shifted it
    cursor = QTextCursor(document)
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == quote
    # And a selection made in Qt comes back as the Python span.
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor, 3)
    py_start, py_end = span_from_utf16(TEXT, cursor.selectionStart(), cursor.selectionEnd())
    assert TEXT[py_start:py_end] == cursor.selectedText()


def test_notes_are_searchable_and_follow_edits(service, wire):
    a = service.annotate(wire, quote=QUOTE, note="대변인 브리핑에 인용할 것")
    assert service.search_ids("브리핑") == [wire]
    service.edit_annotation(a.id, note="보도자료 초안에 넣기")
    assert service.search_ids("브리핑") == []
    assert service.search_ids("초안") == [wire]
    service.delete_annotation(a.id)
    assert service.search_ids("초안") == []


def test_reanchoring_is_announced_and_the_index_keeps_up(service, wire):
    seen = []
    service.subscribe(seen.append)
    service.annotate(wire, quote=QUOTE, note="메모")
    blocks = [Block("paragraph", "앞에 붙인 문단.")] + service.get(wire).body
    seen.clear()
    service.replace_body(wire, blocks)
    assert any(c.annotations and not c.clippings_changed for c in seen)
    assert service.check_index().consistent


def test_a_decomposed_quote_finds_composed_text(service, wire):
    import unicodedata

    a = service.annotate(wire, quote=unicodedata.normalize("NFD", QUOTE))
    assert a.quote == QUOTE
    assert service.annotation_text(wire)[a.start:a.end] == QUOTE

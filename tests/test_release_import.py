"""Importing press releases (issue 18): each format, the head as offices print it, bad
input as a clear per-item message while the batch goes on."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import release_files as rf

DAY = dt.date(2026, 3, 10)


def _check_head(release, photos: int = 0):
    assert release.title == rf.TITLE
    assert release.issued == DAY  # 보도일시, not 배포일시 (the 9th)
    assert release.department == "경제실 스타트업지원과"
    assert release.contact == "과장 홍길동, 주무관 김철수 / 031-8008-1234"
    texts = [b.text for b in release.body if b.kind == "paragraph"]
    assert texts == rf.BODY  # bullets dropped, the attachments line (붙임) left out
    assert len(release.photos) == photos


@pytest.mark.parametrize("table", [True, False], ids=["table-head", "labelled-lines"])
def test_a_text_release_reads_its_head_in_either_layout(service, tmp_path, table):
    path = tmp_path / "보도자료.txt"
    path.write_text(rf.text_release(table), "utf-8")
    [outcome] = service.import_releases([path])
    assert outcome.status == "imported", outcome.reason
    release = service.release(outcome.clipping_id)
    _check_head(release)
    assert release.source_kind == "text" and release.source_name == "보도자료.txt"
    if table:
        assert release.body[0].kind == "subheading" and release.body[0].text == rf.SUBTITLE


def test_an_euc_kr_release_reads(service, tmp_path):
    path = tmp_path / "euckr.txt"
    path.write_bytes(rf.text_release().encode("cp949"))
    [outcome] = service.import_releases([path])
    _check_head(service.release(outcome.clipping_id))


def test_a_word_release_with_its_head_table_and_photo(service, tmp_path):
    [outcome] = service.import_releases([rf.write_docx(tmp_path / "r.docx")])
    assert outcome.status == "imported", outcome.reason
    release = service.release(outcome.clipping_id)
    _check_head(release, photos=1)
    [photo] = release.photos
    assert photo.caption.startswith("김동연 경기도지사가 판교 창업 거점을")  # ▲ dropped
    assert photo.after_block == 3  # the subtitle and two paragraphs stand before it
    assert service.release_photo_file(release.id, 0).is_file()
    assert (photo.width, photo.height) == (320, 240)


def test_an_hwpx_release_with_its_head_table_and_photo(service, tmp_path):
    [outcome] = service.import_releases([rf.write_hwpx(tmp_path / "r.hwpx")])
    assert outcome.status == "imported", outcome.reason
    release = service.release(outcome.clipping_id)
    _check_head(release, photos=1)
    assert release.photos[0].caption.endswith("(사진=경기도 제공)")
    assert release.source_kind == "hwpx"


def test_a_pdf_release_rejoins_its_wrapped_lines(service, tmp_path):
    [outcome] = service.import_releases([rf.write_pdf(tmp_path / "r.pdf")])
    assert outcome.status == "imported", outcome.reason
    release = service.release(outcome.clipping_id)
    assert release.title == rf.TITLE and release.issued == DAY
    assert [b.text for b in release.body if b.kind == "paragraph"] == rf.BODY


def test_bad_files_get_a_message_each_and_the_batch_goes_on(service, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(rf.text_release(), "utf-8")
    scan = rf.write_pdf(tmp_path / "scan.pdf", text=False)
    broken_docx = tmp_path / "broken.docx"
    broken_docx.write_bytes(b"PK\x03\x04 not really a zip")
    broken_hwpx = tmp_path / "broken.hwpx"
    broken_hwpx.write_bytes(b"\x00\x01garbage")
    broken_pdf = tmp_path / "broken.pdf"
    broken_pdf.write_bytes(b"%PDF-1.4 truncated")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    head_only = tmp_path / "head-only.txt"
    head_only.write_text("보도자료\n담당부서: 대변인실\n", "utf-8")
    old = tmp_path / "old.hwp"
    old.write_bytes(b"\xd0\xcf\x11\xe0 hwp")
    image = tmp_path / "photo.jpg"
    image.write_bytes(rf.jpeg(rf.photo()))
    huge = tmp_path / "huge.txt"
    huge.write_text("제목\n" + ("가나다라마바사아자차카타파하 " * 20 + "\n") * 800, "utf-8")
    missing = tmp_path / "missing.txt"
    items = [broken_docx, scan, empty, good, broken_hwpx, broken_pdf, head_only, old, image,
             huge, missing]
    outcomes = service.import_releases(items)
    by_name = {o.item.rsplit("/", 1)[-1]: o for o in outcomes}
    assert by_name["good.txt"].status == "imported"
    reasons = {name: o.reason for name, o in by_name.items() if o.status == "failed"}
    assert "needs OCR" in reasons["scan.pdf"]
    assert "not a readable Word file" in reasons["broken.docx"]
    assert "not a readable HWPX file" in reasons["broken.hwpx"]
    assert "not a readable PDF" in reasons["broken.pdf"]
    assert reasons["empty.txt"] == "empty file"
    assert "no release text" in reasons["head-only.txt"]
    assert "save it as HWPX" in reasons["old.hwp"]
    assert "not a release file (.jpg)" in reasons["photo.jpg"]
    assert "text too long for one release" in reasons["huge.txt"]
    assert reasons["missing.txt"] == "no such file"
    assert len(outcomes) == len(items) and service.release_count() == 1
    assert not any("Traceback" in r for r in reasons.values())


def test_the_same_release_twice_is_a_duplicate_and_folders_are_walked(service, tmp_path):
    folder = tmp_path / "releases"
    (folder / "3월").mkdir(parents=True)
    (folder / "3월" / "a.txt").write_text(rf.text_release(), "utf-8")
    rf.write_docx(folder / "b.docx")  # the same text as a.txt, as Word
    (folder / "notes.md").write_text("not a release", "utf-8")  # skipped in a folder
    outcomes = service.import_releases([folder])
    assert [o.status for o in outcomes] == ["imported", "duplicate"]
    assert f"same text as release {outcomes[0].clipping_id}" == outcomes[1].reason

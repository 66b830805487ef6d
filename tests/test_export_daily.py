"""The daily clipping report (조간 스크랩, issue 15): which clippings, sections, order,
cover, index table, and the three files read back with their own libraries."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from clipper.domain import ArticleDraft, Block, Changes
from clipper.export.daily import (
    DailyLayout,
    EmptyDay,
    SectionRule,
    date_line,
    example_sections,
    morning_window,
    parse_section,
)
from clipper.services import LibraryService
from clipper.store.library import DB_NAME, Library, LibraryError
from clipper.store.migrations import migrations
from tests.desk_fixtures import DAY, DAY_ITEMS, coverage_day

OFFICE = "경기도 대변인실"


@pytest.fixture(scope="module")
def day_library(tmp_path_factory) -> Path:
    """One library with the day's coverage, built once and only read by the tests."""
    root = tmp_path_factory.mktemp("daily") / "library"
    with LibraryService(root) as svc:
        coverage_day(svc)
    return root


@pytest.fixture
def day_service(day_library):
    with LibraryService(day_library) as svc:
        yield svc


def _layout(**kw) -> DailyLayout:
    return DailyLayout(office=OFFICE, sections=example_sections(), **kw)


# ---- the model --------------------------------------------------------------------------

def test_cover_date_line_has_the_weekday_and_edition():
    assert date_line(DAY, "조간") == "2024. 5. 10.(금) 조간"
    assert date_line(dt.date(2024, 5, 12)) == "2024. 5. 12.(일)"


def test_day_is_grouped_into_the_office_sections_in_order(day_service):
    report = day_service.daily_report(DAY, _layout())
    names = [s.name for s in report.sections]
    assert names == ["비판·오보", "도정 주요 보도", "지사 동정", "시군"]  # 사설·칼럼 empty today
    by_section = {s.name: [i.clipping.outlet for i in s.items] for s in report.sections}
    # Every negative tone, whatever its theme, is in 비판·오보; nothing else is.
    negative = {it.outlet for it in DAY_ITEMS
                if it.tone in ("건전비판", "악의적비판", "오보") and it.edition != "석간"}
    assert set(by_section["비판·오보"]) == negative
    assert all(i.critical for i in report.sections[0].items)
    # Within a section: the registry's weight first (조선 before 동아 before 매경).
    weights = {o.name: o.weight for o in day_service.outlets()}
    for section in report.sections:
        keys = [weights.get(i.clipping.outlet, 10**6) for i in section.items]
        assert keys == sorted(keys), section.name
    assert by_section["도정 주요 보도"][:3] == ["조선일보", "동아일보", "매일경제"]
    # 연번 runs through the whole report in print order.
    assert [i.number for i in report.items] == list(range(1, report.total + 1))


def test_pages_order_the_clippings_of_one_outlet(day_service):
    """Two clippings of one outlet: A3 before A12, whatever order they came in."""
    svc = day_service
    report = svc.daily_report(DAY, DailyLayout(auto="category"))
    assert [s.name for s in report.sections][:3] == ["중앙종합지", "경제지", "지역지"]
    from clipper.export.daily import build_daily

    chosun = [c for c in (svc.get(i.clipping.id) for i in report.items)
              if c.outlet == "조선일보"][0]
    later = svc.get(chosun.id)
    later.id, later.page = 10_000, "A12"
    earlier = svc.get(chosun.id)
    earlier.id, earlier.page = 10_001, "A3"
    again = build_daily([later, earlier, chosun], DAY, DailyLayout(auto="category"),
                        outlets=svc.outlets(), tones=svc.tones(), responses={})
    assert [i.clipping.page for i in again.items] == ["A1", "A3", "A12"]


def test_edition_leaves_the_other_print_edition_out(day_service):
    morning = day_service.daily_report(DAY, _layout(edition="조간"))
    evening = day_service.daily_report(DAY, _layout(edition="석간"))
    assert "문화일보" not in {i.clipping.outlet for i in morning.items}
    evening_outlets = {i.clipping.outlet for i in evening.items}
    assert "문화일보" in evening_outlets and "조선일보" not in evening_outlets
    assert "연합뉴스" in evening_outlets  # online items go in either
    # 문화일보's critical [사설]: the first section that matches takes it.
    def section_of(report, outlet):
        return next(s.name for s in report.sections for i in s.items
                    if i.clipping.outlet == outlet)

    assert section_of(evening, "문화일보") == "비판·오보"
    editorials_first = _layout(edition="석간")
    editorials_first.sections.insert(0, editorials_first.sections.pop(1))
    assert section_of(day_service.daily_report(DAY, editorials_first), "문화일보") == "사설·칼럼"
    assert morning.total + 1 == len(DAY_ITEMS)


def test_default_grouping_is_theme_then_outlet_category(day_service):
    report = day_service.daily_report(DAY, DailyLayout())
    names = [s.name for s in report.sections]
    assert names == ["도정 주요 보도", "시군", "지사 동정"]  # every fixture clipping has a theme
    bare = DailyLayout(auto="theme_category")
    svc = day_service
    clippings = [svc.get(i.clipping.id) for i in report.items]
    for c in clippings:
        c.themes = []
    from clipper.export.daily import build_daily

    by_category = build_daily(clippings, DAY, bare, outlets=svc.outlets(), tones=svc.tones(),
                              responses={}, categories=svc.outlet_categories())
    assert [s.name for s in by_category.sections] == [
        "중앙종합지", "경제지", "지역지", "방송", "통신", "인터넷", "외신", "미분류"]


def test_index_rows_and_counts(day_service):
    report = day_service.daily_report(DAY, _layout())
    rows = report.index_rows()
    assert rows[0] == ["연번", "구분", "제목", "언론사", "면", "논조"]
    first = report.items[0]
    assert rows[1] == ["1", "비판·오보", first.clipping.title, first.clipping.outlet,
                       first.clipping.page or "", first.tone]
    assert len(rows) == report.total + 1
    assert sum(n for _, n in report.tone_counts) == report.total
    assert sum(n for _, n in report.category_counts) == report.total
    tones = dict(report.tone_counts)
    assert tones["긍정"] == sum(1 for it in DAY_ITEMS if it.tone == "긍정")
    assert tones["미지정"] == 1  # 용인시민신문 has no tone yet
    # The one clipping whose outlet the seed does not know is counted, uncategorised.
    assert dict(report.category_counts)["미분류"] == 1
    groups = dict(report.group_counts)
    assert groups == {"긍정": tones["긍정"], "중립": tones["단순(중립)"],
                      "부정": tones["건전비판"] + tones["악의적비판"] + tones["오보"]}
    assert [label for label, _ in report.summary_rows()] == ["논조", "논조 분류", "매체"]


def test_columns_are_the_layouts(day_service):
    report = day_service.daily_report(DAY, _layout(columns=["number", "title", "byline"]))
    assert report.index_rows()[0] == ["연번", "제목", "기자"]
    with pytest.raises(LibraryError, match="unknown index column"):
        DailyLayout(columns=["number", "nonsense"]).check()


def test_a_day_with_no_clippings_is_a_clear_error_and_no_file(day_service, tmp_path):
    for fmt in ("pdf", "docx", "hwpx"):
        target = tmp_path / f"empty.{fmt}"
        with pytest.raises(EmptyDay, match=r"no clippings for 2024\. 5\. 11\.\(토\) 조간"):
            day_service.write_daily(dt.date(2024, 5, 11), target)
        assert not target.exists()
    assert not list(tmp_path.iterdir())  # no temporary file left either


def test_the_day_is_published_that_day_or_imported_that_morning(service, tmp_path):
    tz = dt.timezone(dt.timedelta(hours=9))  # the office's time, KST
    day = dt.date(2024, 5, 10)

    def add(title: str, published: dt.date | None, imported: str) -> int:
        cid, _ = service.library.add(ArticleDraft(
            title=title, outlet="연합뉴스", published=published,
            body=[Block("paragraph", f"{title} 본문입니다.")]))
        service.library.db.execute("UPDATE clippings SET imported_at = ? WHERE id = ?",
                                   [imported, cid])
        return cid

    today = add("오늘 신문", day, "2024-05-10T23:00:00+00:00")  # imported late: still in
    night = add("어젯밤 온라인", day - dt.timedelta(days=1), "2024-05-09T22:30:00+00:00")
    undated = add("날짜 없는 사본", None, "2024-05-10T01:00:00+00:00")
    old = add("지난주 기사", day - dt.timedelta(days=7), "2024-05-09T23:00:00+00:00")
    afternoon = add("오후에 넣은 어제 기사", day - dt.timedelta(days=1),
                    "2024-05-10T05:00:00+00:00")  # 14:00 KST: not the morning
    tomorrow = add("내일 기사", day + dt.timedelta(days=1), "2024-05-10T00:00:00+00:00")
    service.library.db.conn.commit()
    from clipper.export.daily import day_clippings

    got = [c.id for c in day_clippings(service.library, day, tz)]
    assert got == [today, night, undated]
    assert old not in got and afternoon not in got and tomorrow not in got
    assert morning_window(day, tz) == ("2024-05-09T15:00:00+00:00",
                                       "2024-05-10T03:00:00+00:00")


def test_an_unknown_tone_name_is_a_warning_not_a_crash(day_service):
    svc = day_service
    report = svc.daily_report(DAY, _layout())
    clipping = svc.get(report.items[0].clipping.id)
    clipping.tone = "지워진 논조"
    from clipper.export.daily import build_daily

    again = build_daily([clipping], DAY, _layout(), outlets=svc.outlets(), tones=svc.tones(),
                        responses={})
    assert again.items[0].tone == "지워진 논조" and not again.items[0].critical
    assert any("지워진 논조" in w for w in again.warnings)


def test_section_rules_from_the_command_line():
    rule = parse_section("비판·오보=tone:negative,word:오보")
    assert rule == SectionRule("비판·오보", tones=["negative"], words=["오보"])
    for bad in ("=tone:x", "시군", "시군=color:red", "시군=theme:"):
        with pytest.raises(LibraryError):
            parse_section(bad)
    with pytest.raises(LibraryError, match="named twice"):
        DailyLayout(sections=[SectionRule("시군"), SectionRule("시군")]).check()


def test_layout_json_round_trip_and_refuses_unknown_keys():
    layout = _layout(columns=["number", "title"], photos=False, one_per_page=True)
    assert DailyLayout.from_json(json.loads(json.dumps(layout.to_json()))) == layout
    with pytest.raises(LibraryError, match="unknown report setting colour"):
        DailyLayout.from_json({"colour": "red"})


# ---- the three files, read back ------------------------------------------------------------

def _titles(report) -> list[str]:
    return [i.clipping.title for i in report.items]


def test_pdf_reads_back_with_korean_index_and_photos(day_service, tmp_path):
    from pypdf import PdfReader

    report = day_service.daily_report(DAY, _layout())
    result = day_service.write_daily(DAY, tmp_path / "조간.pdf", layout=_layout())
    assert result.format == "pdf" and result.clippings == report.total and result.photos == 2
    reader = PdfReader(str(result.path))
    assert len(reader.pages) == result.pages
    cover = reader.pages[0].extract_text()
    assert OFFICE in cover and "2024. 5. 10.(금) 조간" in cover and "언론보도 스크랩" in cover
    index_text = "".join(p.extract_text() for p in reader.pages[:2])
    for header in ("연번", "구분", "제목", "언론사", "면", "논조"):
        assert header in index_text
    # The index lists the titles in report order.
    squeezed = index_text.replace("\n", "").replace(" ", "")
    positions = [squeezed.find(t.replace(" ", "")[:12]) for t in _titles(report)]
    assert -1 not in positions and positions == sorted(positions)
    text = "".join(p.extract_text() for p in reader.pages)
    assert "대응: 설명자료" in text  # the critical item's response status
    assert "조선일보 · 2024-05-10 · 조간 A1면 면톱 · 김민수 기자" in text  # a header band
    images = sum(len(p.images) for p in reader.pages)
    assert images == 2
    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "목록" in outline


def test_docx_reads_back_with_the_index_table_and_photos(day_service, tmp_path):
    from docx import Document
    from docx.oxml.ns import qn

    report = day_service.daily_report(DAY, _layout())
    result = day_service.write_daily(DAY, tmp_path / "조간.docx", layout=_layout())
    doc = Document(str(result.path))
    counts, index = doc.tables[0], doc.tables[1]
    assert "긍정 10" in counts.rows[0].cells[1].text
    got = [[cell.text for cell in row.cells] for row in index.rows]
    assert got == report.index_rows()
    # Each title links to its clipping's bookmark (Word follows it with Ctrl+click).
    first = report.items[0].clipping.id
    link = index.rows[1].cells[2].paragraphs[0]._p.find(qn("w:hyperlink"))
    assert link is not None and link.get(qn("w:anchor")) == f"clip_{first}"
    names = [b.get(qn("w:name")) for b in doc.element.body.iter(qn("w:bookmarkStart"))]
    assert names == [f"clip_{i.clipping.id}" for i in report.items]
    paragraphs = [p.text for p in doc.paragraphs]
    assert paragraphs[:3] == [OFFICE, "언론보도 스크랩", "2024. 5. 10.(금) 조간"]
    for title in _titles(report):
        assert title in paragraphs
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == [s.name for s in report.sections]
    assert len(doc.inline_shapes) == 2
    # The highlight keeps its colour as run shading; its note follows the paragraph.
    shaded = [r for p in doc.paragraphs for r in p.runs
              if r._r.rPr is not None and r._r.rPr.find(
                  "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}shd")
              is not None]
    assert [r.text for r in shaded] == ["하루 76만t"]
    assert "[1] 수자원본부 확인" in paragraphs
    assert "■ 대응: 설명자료" in "\n".join(paragraphs)


def test_hwpx_reads_back_with_the_index_table_and_photos(day_service, tmp_path):
    from hwpx import HwpxDocument
    from hwpx.tools.package_validator import validate_editor_open_safety

    report = day_service.daily_report(DAY, _layout())
    result = day_service.write_daily(DAY, tmp_path / "조간.hwpx", layout=_layout())
    safety = validate_editor_open_safety(str(result.path))
    assert not safety.blocking_package_errors and safety.reopen_ok
    assert not safety.validate_document.issues  # the OWPML schema finds nothing wrong
    doc = HwpxDocument.open(str(result.path))
    tables = [t for p in doc.paragraphs for t in p.tables]
    index = tables[1]
    got = [[index.cell(r, c).text for c in range(index.column_count)]
           for r in range(index.row_count)]
    assert got == report.index_rows()
    texts = [p.text for p in doc.paragraphs]
    assert texts[1:4] == [OFFICE, "언론보도 스크랩", "2024. 5. 10.(금) 조간"]
    for title in _titles(report):
        assert title in texts
    assert len(doc.media.images) == 2
    band = tables[2].cell(0, 0).text
    assert band.startswith(report.items[0].clipping.outlet)


def test_one_call_writes_several_formats(day_service, tmp_path):
    paths = [tmp_path / "r.pdf", tmp_path / "r.docx", tmp_path / "r.hwpx"]
    results = day_service.write_daily_files(DAY, paths, layout=_layout(photos=False))
    assert [r.format for r in results] == ["pdf", "docx", "hwpx"]
    assert all(p.stat().st_size > 1000 for p in paths)
    assert [r.photos for r in results] == [0, 0, 0]
    with pytest.raises(LibraryError, match="cannot tell the report format"):
        day_service.write_daily(DAY, tmp_path / "r.txt")


def test_cancelled_report_leaves_no_file(day_service, tmp_path):
    from clipper.progress import OperationCancelled

    for fmt in ("pdf", "docx", "hwpx"):
        def cancelled(calls: list[int] = []) -> bool:  # noqa: B006 (a fresh list per format)
            calls.append(1)
            return len(calls) > 5

        with pytest.raises(OperationCancelled):
            day_service.write_daily(DAY, tmp_path / f"c.{fmt}", layout=_layout(),
                                    cancelled=cancelled)
    assert not list(tmp_path.iterdir())


# ---- presets ---------------------------------------------------------------------------------

def test_presets_are_saved_listed_and_undone(service):
    layout = _layout(columns=["number", "title", "outlet"], one_per_page=True)
    service.save_report_preset("아침 보고", layout)
    assert service.daily_layout("아침 보고") == layout
    assert [n for n, _ in service.report_presets()] == ["아침 보고"]
    service.save_report_preset("아침 보고", _layout(photos=False))
    assert service.daily_layout("아침 보고").photos is False
    service.undo()
    assert service.daily_layout("아침 보고") == layout
    service.delete_report_preset("아침 보고")
    assert service.report_presets() == []
    service.undo()
    assert [n for n, _ in service.report_presets()] == ["아침 보고"]
    service.redo()
    with pytest.raises(LibraryError, match="no report preset named"):
        service.daily_layout("아침 보고")


def test_a_damaged_preset_is_named_not_a_crash(service):
    service.save_report_preset("망가진", _layout())
    with service.library.transaction() as db:
        db.execute("UPDATE report_presets SET settings = '{\"auto\": 3, \"columns\": 5}'")
    assert service.report_presets() == [("망가진", None)]
    with pytest.raises(LibraryError, match="report preset '망가진' is damaged"):
        service.daily_layout("망가진")


def test_an_old_library_opens_and_gets_the_presets_table(library_path):
    library_path.mkdir()
    db = Database(sqlite3.connect(library_path / DB_NAME))
    migrations.apply(db, stop_before="m0008_report_presets")
    db["clippings"].insert({"id": 1, "title": "old", "outlet": "조선일보", "body_key": "k",
                            "source_kind": "text", "imported_at": "2024-01-01",
                            "updated_at": "2024-01-01", "published": "2024-05-10"})
    db.conn.commit()
    db.conn.close()
    with LibraryService(library_path) as svc:
        assert svc.get(1).title == "old"
        assert svc.report_presets() == []
        svc.save_report_preset("기본", DailyLayout())
        report = svc.daily_report(DAY, DailyLayout())
        assert [i.clipping.id for i in report.items] == [1]


# ---- the command ----------------------------------------------------------------------------

def test_cli_daily_writes_the_three_formats(run_cli, library_path, tmp_path):
    with LibraryService(library_path) as svc:
        coverage_day(svc)
    status, out, err = run_cli(
        "daily", "--date", "2024-05-10", "--office", OFFICE, "--example-sections",
        "-o", tmp_path / "a.pdf", "-o", tmp_path / "a.docx", "-o", tmp_path / "a.hwpx")
    assert status == 0, err
    assert out.count("wrote ") == 3 and "23 clippings in 4 sections" in out
    status, out, err = run_cli("daily", "--date", "2024-05-11", "-o", tmp_path / "none.pdf")
    assert status == 1 and "no clippings for 2024. 5. 11.(토) 조간" in out
    assert not (tmp_path / "none.pdf").exists()
    status, out, err = run_cli("daily", "--date", "2024-05-10", "--section", "시군",
                               "-o", tmp_path / "x.pdf")
    assert status == 2 and "needs rules after '='" in err and "Traceback" not in err


def test_cli_presets(run_cli, library_path, tmp_path):
    with LibraryService(library_path) as svc:
        coverage_day(svc)
    status, out, err = run_cli("daily-preset", "save", "간단", "--columns", "연번,제목,언론사",
                               "--section", "비판·오보=tone:negative", "--no-photos",
                               "--one-per-page")
    assert status == 0, err
    status, out, _ = run_cli("daily-preset", "list")
    assert "간단" in out and "비판·오보" in out and "one per page" in out
    status, out, _ = run_cli("daily-preset", "show", "간단")
    shown = json.loads(out)
    assert shown["columns"] == ["number", "title", "outlet"] and shown["photos"] is False
    (tmp_path / "p.json").write_text(out, encoding="utf-8")
    assert run_cli("daily-preset", "save", "사본", "--from-file", tmp_path / "p.json")[0] == 0
    status, out, err = run_cli("daily", "--date", "2024-05-10", "--preset", "간단", "--json",
                               "-o", tmp_path / "p.docx")
    assert status == 0, err
    [written] = json.loads(out)
    assert written["sections"] >= 2 and written["photos"] == 0
    from docx import Document

    assert [c.text for c in Document(str(tmp_path / "p.docx")).tables[1].rows[0].cells] == [
        "연번", "제목", "언론사"]
    assert run_cli("daily-preset", "delete", "간단")[0] == 0
    assert run_cli("undo")[0] == 0
    assert "간단" in run_cli("daily-preset", "list")[1]
    status, _, err = run_cli("daily", "--preset", "없음", "-o", tmp_path / "q.pdf")
    assert status == 2 and "no report preset named '없음'" in err


def test_library_files_are_untouched_by_a_report(day_library, tmp_path):
    """Writing a report never changes the library (no journal entry, no edit)."""
    with Library(day_library) as lib:
        before = lib.db.execute("SELECT count(*) FROM undo_journal").fetchone()[0]
    with LibraryService(day_library) as svc:
        svc.write_daily(DAY, tmp_path / "r.pdf")
        svc._changed(Changes())
    with Library(day_library) as lib:
        assert lib.db.execute("SELECT count(*) FROM undo_journal").fetchone()[0] == before


def test_one_per_page_and_columns_without_a_title(day_service, tmp_path):
    from docx import Document
    from pypdf import PdfReader

    continuous = day_service.write_daily(DAY, tmp_path / "c.pdf", layout=_layout())
    apart = day_service.write_daily(DAY, tmp_path / "a.pdf", layout=_layout(one_per_page=True))
    assert apart.pages >= continuous.pages + 10  # 23 clippings, each on its own page
    narrow = _layout(columns=["number", "outlet"])
    paths = [tmp_path / "n.pdf", tmp_path / "n.docx", tmp_path / "n.hwpx"]
    day_service.write_daily_files(DAY, paths, layout=narrow)
    assert "연번" in PdfReader(str(paths[0])).pages[0].extract_text()
    assert [c.text for c in Document(str(paths[1])).tables[1].rows[0].cells] == ["연번", "언론사"]


def _image(fmt: str) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (80, 60), (200, 90, 40)).save(buffer, fmt)
    return buffer.getvalue()


def test_bad_text_a_missing_photo_file_and_webp_do_not_stop_a_report(service, tmp_path):
    """Control characters, a character no font has, a WebP photo (converted for DOCX and
    HWPX) and a photo whose file is gone: every format is written, the gone one named."""
    from docx import Document
    from hwpx import HwpxDocument

    from clipper.domain import PhotoDraft

    cid, _ = service.library.add(ArticleDraft(
        title="도정\x0b 소식 \U0001f600 끝", outlet="경기일보", published=DAY,
        body=[Block("paragraph", "첫 문단\x01 입니다."), Block("paragraph", "둘째 문단.")],
        photos=[PhotoDraft(caption="웹피 사진", data=_image("WEBP"), after_block=1),
                PhotoDraft(caption="사라진 사진", data=_image("PNG"), after_block=2)]))
    gone = service.get(cid).photos[1].image
    (service.library.root / gone).unlink()
    paths = [tmp_path / "b.pdf", tmp_path / "b.docx", tmp_path / "b.hwpx"]
    results = service.write_daily_files(DAY, paths)
    assert [r.photos for r in results] == [1, 1, 1]
    for r in results:
        assert any("photo file missing" in w for w in r.warnings), r.format
    assert len(Document(str(paths[1])).inline_shapes) == 1
    texts = [p.text for p in HwpxDocument.open(str(paths[2])).paragraphs]
    assert "도정 소식 \U0001f600 끝" in texts and "첫 문단 입니다." in texts

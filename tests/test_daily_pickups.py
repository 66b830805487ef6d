"""The daily report's pickup section (issue 18): which releases it lists, what each row
says, the layout option kept in presets, and the section read back from the PDF, DOCX
and HWPX files written from a real library of releases and articles."""

from __future__ import annotations

import datetime as dt

import pytest

from clipper.domain import Pickup, ReleaseSummary
from clipper.export.daily import DailyLayout
from clipper.export.daily_pickups import HEADINGS, TITLE, build_pickups
from clipper.services import LibraryService
from tests.release_fixtures import DAY, build_week

YOUTH_TITLE = "청년 기본소득 내년부터 15만 명으로 확대"


def _summary(rid: int, title: str, issued: dt.date | None) -> ReleaseSummary:
    return ReleaseSummary(rid, title, issued, "청년정책과", 0, 0, 0, 0, None, None)


def _pickup(rid: int, cid: int, outlet: str, category: str | None, kind: str,
            published: dt.date | None = DAY, photos: int = 0) -> Pickup:
    return Pickup(rid, cid, outlet, category, published, "2026-12-07T00:00:00+00:00",
                  0.8, 0.7, kind, photos)


def test_the_days_releases_and_those_its_clippings_draw_on():
    yesterday = DAY - dt.timedelta(days=1)
    releases = [_summary(1, "오늘 자료", DAY), _summary(2, "어제 자료", yesterday),
                _summary(3, "지난주 자료", DAY - dt.timedelta(days=7))]
    pickups = [
        _pickup(1, 10, "연합뉴스", "통신", "near-verbatim", photos=1),
        _pickup(1, 11, "경기일보", "지역지", "partial"),
        _pickup(1, 12, "경기일보", "지역지", "rewrite"),  # the same outlet twice
        _pickup(1, 13, "뉴스1", None, "near-verbatim", published=DAY + dt.timedelta(days=1)),
        _pickup(2, 11, "경기일보", "지역지", "partial", published=yesterday),
        _pickup(3, 99, "조선일보", "중앙지", "partial", published=DAY - dt.timedelta(days=6)),
    ]
    section = build_pickups(DAY, releases, pickups, [10, 11, 12],
                            categories=["중앙지", "통신", "지역지"])
    assert [line.title for line in section.lines] == ["어제 자료", "오늘 자료"]
    today = section.lines[1]
    assert today.outlets == ["연합뉴스", "경기일보"]  # 뉴스1 ran it after the day
    assert today.by_category == [("통신", 1), ("지역지", 1)]
    assert (today.pickups, today.near_verbatim, today.photos_used) == (3, 1, 1)
    assert today.cells()[2:] == ["연합뉴스, 경기일보", "2", "통신 1 · 지역지 1", "1건 (33%)", "1"]
    assert section.table_rows()[0] == list(HEADINGS)
    assert section.summary() == ("보도자료 2건 · 보도 매체 2곳 · 보도 4건 · 거의 그대로 1건 · "
                                 "사진 사용 1건")


def test_a_day_without_releases_has_no_section():
    releases = [_summary(1, "지난주 자료", DAY - dt.timedelta(days=7))]
    assert build_pickups(DAY, releases, [], [10]) is None
    nobody = build_pickups(DAY, [_summary(2, "오늘 자료", DAY)], [], [10])
    assert nobody.lines[0].cells()[2:] == ["보도 없음", "0", "", "", ""]


def test_the_option_is_kept_in_presets():
    layout = DailyLayout(pickups=False)
    assert DailyLayout.from_json(layout.to_json()).pickups is False
    assert DailyLayout.from_json({"title": "스크랩"}).pickups is True  # older presets


@pytest.fixture(scope="module")
def week_library(tmp_path_factory):
    root = tmp_path_factory.mktemp("pickups")
    with LibraryService(root / "library") as svc:
        ids = build_week(svc, root / "files")
    return root / "library", ids


def test_the_service_puts_the_section_in_the_report(week_library):
    library, _ids = week_library
    with LibraryService(library) as svc:
        report = svc.daily_report(DAY, DailyLayout())
        assert report.pickups is not None
        titles = [line.title for line in report.pickups.lines]
        assert titles[0] == YOUTH_TITLE and len(titles) == 3
        youth = report.pickups.lines[0]
        assert sorted(youth.outlets) == ["경기일보", "뉴스1", "연합뉴스"]
        assert youth.near_verbatim >= 1
        assert svc.daily_report(DAY, DailyLayout(pickups=False)).pickups is None


def test_the_section_in_pdf_docx_and_hwpx(week_library, tmp_path):
    from docx import Document
    from hwpx import HwpxDocument
    from pypdf import PdfReader

    library, _ids = week_library
    paths = [tmp_path / "r.pdf", tmp_path / "r.docx", tmp_path / "r.hwpx"]
    with LibraryService(library) as svc:
        svc.write_daily_files(DAY, paths, layout=DailyLayout())
        rows = svc.daily_report(DAY, DailyLayout()).pickups.table_rows()
        svc.write_daily_files(DAY, [tmp_path / "none.docx"], layout=DailyLayout(pickups=False))

    text = "".join(page.extract_text() for page in PdfReader(str(paths[0])).pages)
    squeezed = text.replace("\n", "").replace(" ", "")
    assert TITLE.replace(" ", "") in squeezed
    assert YOUTH_TITLE.replace(" ", "") in squeezed
    assert "거의그대로" in squeezed

    doc = Document(str(paths[1]))
    assert TITLE in [p.text for p in doc.paragraphs]
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == HEADINGS[0]
                 and t.rows[0].cells[1].text == HEADINGS[1])
    got = [[cell.text for cell in row.cells] for row in table.rows]
    assert got == rows
    plain_doc = Document(str(tmp_path / "none.docx"))
    assert TITLE not in [p.text for p in plain_doc.paragraphs]

    hwpx = HwpxDocument.open(str(paths[2]))
    assert TITLE in [p.text for p in hwpx.paragraphs]
    tables = [t for p in hwpx.paragraphs for t in p.tables]
    section = next(t for t in tables if t.cell(0, 1).text == HEADINGS[1])
    got = [[section.cell(r, c).text for c in range(section.column_count)]
           for r in range(section.row_count)]
    assert got == rows

"""Imports name outlets through the library's registry and read print placement."""

from __future__ import annotations

from pathlib import Path

from clipper.domain import ArticleDraft
from clipper.importers.outlets import Resolver
from clipper.importers.placement import placement_from_lines
from clipper.store.outlets import all_outlets

DATA = Path(__file__).resolve().parent / "data"
DESK = DATA / "desk"


def _imported(service, *paths):
    outcomes = service.import_paths([str(p) for p in paths])
    assert [o.status for o in outcomes] == ["imported"] * len(paths), outcomes
    return service.summaries([o.clipping_id for o in outcomes])


def test_a_naver_copy_is_the_press_with_its_print_page(service):
    [naver] = _imported(service, DESK / "naver_print.html")
    assert (naver.outlet, naver.edition, naver.page) == ("경향신문", "조간", "A10")


def test_a_newspapers_own_layout_gives_its_page_by_the_same_rule(service):
    [own] = _imported(service, DESK / "hankyung_print.html")
    assert (own.outlet, own.edition, own.page) == ("한국경제", "조간", "A25")


def test_a_copied_text_page_line_is_read_but_not_a_page_named_in_the_body(service, tmp_path):
    text = (DATA / "text" / "naver-style.txt").read_text("utf-8")
    copy = tmp_path / "naver-print.txt"
    copy.write_text(text.replace("기사원문\n", "기사원문\nA1면 1단\n", 1), "utf-8")
    [s] = _imported(service, copy)
    assert (s.outlet, s.page, s.edition) == ("뉴스1", "A1", "조간")
    assert placement_from_lines(["조선일보 A1면에 실린 기사에 따르면 도는 이번 사업을 두고 "
                                 "다시 검토하겠다고 밝혔다."]).page is None


def test_the_registry_not_a_table_names_the_outlet(service):
    service.edit_outlet("경향신문", new_name="경향신문 조간", aliases="경향")
    [naver] = _imported(service, DESK / "naver_print.html")
    assert naver.outlet == "경향신문 조간"  # Naver's press code 032, through the registry
    resolver = Resolver(all_outlets(service.library.db))
    assert resolver.resolve(ArticleDraft(outlet="경향")) == "경향신문 조간"
    assert resolver.resolve(ArticleDraft(outlet="YNA")) == "연합뉴스"
    assert resolver.resolve(ArticleDraft(
        outlet="연합", url="https://n.news.naver.com/mnews/article/001/0014670001")) == "연합뉴스"
    assert resolver.resolve(ArticleDraft(
        outlet="", url="https://news.naver.com/main/read.naver?mode=LSD&oid=421&aid=1")) == "뉴스1"
    assert resolver.resolve(ArticleDraft(outlet="", url="https://m.yna.co.kr/view/AKR1")) \
        == "연합뉴스"


def test_an_unknown_outlet_is_added_uncategorised_on_first_sight(service, tmp_path):
    page = (DESK / "hankyung_print.html").read_text("utf-8")
    page = (page.replace("한국경제신문", "용인시민신문").replace("한국경제", "용인시민신문")
            .replace("www.hankyung.com", "www.yongin21.co.kr"))
    path = tmp_path / "yongin.html"
    path.write_text(page, "utf-8")
    [s] = _imported(service, path)
    assert s.outlet == "용인시민신문"
    [new] = [o for o in service.outlets() if o.name == "용인시민신문"]
    assert new.category is None


def test_a_bundle_carries_placement_and_tone(service, library_path, tmp_path):
    from clipper.services import LibraryService
    from tests.desk_fixtures import DAY_ITEMS, coverage_day

    ids = coverage_day(service)
    bundle = tmp_path / "day.zip"
    service.export_bundle(ids, bundle)
    with LibraryService(tmp_path / "other") as other:
        outcomes = other.import_bundle(bundle)
        assert [o.status for o in outcomes] == ["imported"] * len(ids)
        back = other.summaries([o.clipping_id for o in outcomes])
        assert [(s.edition, s.page, s.position, s.tone) for s in back] == [
            (it.edition, it.page, it.position, it.tone) for it in DAY_ITEMS]


def test_clipper_import_names_the_outlets_it_met_for_the_first_time(run_cli, tmp_path):
    page = (DESK / "hankyung_print.html").read_text("utf-8")
    path = tmp_path / "yongin.html"
    path.write_text(page.replace("한국경제신문", "용인시민신문").replace("한국경제", "용인시민신문")
                    .replace("www.hankyung.com", "www.yongin21.co.kr"), "utf-8")
    status, out, _ = run_cli("import", path)
    assert status == 0
    assert "new outlet(s), not yet categorised: 용인시민신문" in out
    status, out, _ = run_cli("import", DESK / "naver_print.html")
    assert "new outlet" not in out  # 경향신문 is in the registry

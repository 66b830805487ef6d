"""Print without OCR (issue 16): file-name and folio metadata, which words a rectangle
holds, reading order, paragraphs. Fast: no Tesseract, no files."""

from __future__ import annotations

import datetime as dt

import pytest

from clipper.domain import Word
from clipper.paper.layout import inside, ordered_text
from clipper.paper.names import byline_of, from_file_name, from_page_lines
from clipper.paper.ocr import parse_tsv

NAMES = {"조선일보": "조선일보", "경기일보": "경기일보", "한국경제": "한국경제", "한경": "한국경제"}
LABELS = {"hankyung": "한국경제", "chosun": "조선일보", "kyeonggi": "경기일보"}


@pytest.mark.parametrize("name, outlet, date, page", [
    ("조선일보_20240510_A3.pdf", "조선일보", "2024-05-10", "A3"),
    ("20240510_경기일보_01면.pdf", "경기일보", "2024-05-10", "1"),
    ("hankyung_20240510_A01.pdf", "한국경제", "2024-05-10", "A1"),
    ("경기일보 2024-05-10 3면.pdf", "경기일보", "2024-05-10", "3"),
    ("kyeonggi-20240510-p03.pdf", "경기일보", "2024-05-10", "3"),
    ("한경_2024.05.10_B12.pdf", "한국경제", "2024-05-10", "B12"),
    ("용인시민신문_20240510.pdf", "용인시민신문", "2024-05-10", None),
    ("scan0001.jpg", "", None, None),
])
def test_file_names_of_e_paper_services(name, outlet, date, page):
    meta = from_file_name(name, NAMES, LABELS)
    assert meta.outlet == outlet
    assert (meta.published.isoformat() if meta.published else None) == date
    assert meta.page == page


def test_edition_in_a_file_name():
    meta = from_file_name("조선일보_석간_20240510_A3.pdf", NAMES, LABELS)
    assert (meta.edition, meta.page) == ("석간", "A3")


def test_folio_lines_and_bylines():
    meta = from_page_lines(["경기일보   2024년 5월 10일 금요일   A3"])
    assert (meta.published, meta.page) == (dt.date(2024, 5, 10), "A3")
    meta = from_page_lines(["2024.5.10 (금) 3면 종합"])
    assert (meta.published, meta.page) == (dt.date(2024, 5, 10), "3")
    meta = from_page_lines(["THE KOREA HERALD  Friday, May 10, 2024  A3"])
    assert (meta.published, meta.page) == (dt.date(2024, 5, 10), "A3")
    assert from_page_lines(["도는 올해 예산 42억원을 투입해"]).published is None
    assert byline_of(["헤드라인", "김수원 기자", "본문"]) == "김수원 기자"
    assert byline_of(["(수원=연합뉴스) 홍길동·김철수 기자 = 경기도는 14일 밝혔다."]) == \
        "홍길동·김철수 기자"
    assert byline_of(["Headline", "By Jane Kim", "Body"]) == "Jane Kim"
    assert byline_of(["기자회견을 열었다. 그는 말했다."]) == ""


def test_a_word_mostly_inside_a_rectangle_is_in():
    word = Word("경기도", (100, 100, 200, 130), 0, 0, 90)
    assert inside(word, (0, 0, 160, 200))  # 60% inside
    assert not inside(word, (0, 0, 140, 200))  # 40% inside
    assert not inside(word, (300, 0, 400, 200))


def _column(texts: list[str], x: int, y: int, block: int, height: int = 20,
            width: int = 200) -> list[Word]:
    words = []
    for i, text in enumerate(texts):
        top = y + i * int(height * 1.5)
        words.append(Word(text, (x, top, x + width, top + height), block, block * 100 + i, 95))
    return words


def test_columns_are_read_left_to_right_under_a_spanning_headline():
    headline = [Word("큰", (0, 0, 300, 60), 0, 0, 95), Word("제목", (330, 0, 650, 60), 0, 0, 95)]
    left = _column(["가1", "가2", "가3"], 0, 100, 1)
    right = _column(["나1", "나2", "나3"], 260, 100, 2)
    # Words arrive in the order a single-column OCR pass gives them: row by row.
    words = headline + [w for pair in zip(left, right, strict=True) for w in pair]
    text = " ".join(ordered_text(words))
    assert text == "큰 제목 가1 가2 가3 나1 나2 나3"


def test_vertical_text_reads_right_to_left():
    columns = [Word(t, (x, 0, x + 30, 300), i, i, 90)
               for i, (t, x) in enumerate([("셋", 0), ("둘", 60), ("하나", 120)])]
    assert " ".join(ordered_text(columns, vertical=True)) == "하나 둘 셋"


def test_paragraphs_start_at_indents():
    lines = [("첫 문단 첫 줄", 20), ("첫 문단 둘째 줄", 0), ("둘째 문단", 20), ("끝 줄", 0)]
    words = [Word(t, (x, i * 30, 400, i * 30 + 20), 0, i, 95) for i, (t, x) in enumerate(lines)]
    assert ordered_text(words) == ["첫 문단 첫 줄 첫 문단 둘째 줄", "둘째 문단 끝 줄"]


def test_tesseract_syllables_are_joined_as_its_text_writes_them():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [header]
    for i, (text, x) in enumerate([("경", 0), ("기", 30), ("도", 60), ("는", 90), ("밝혔다.", 150)]):
        rows.append(f"5\t1\t1\t1\t1\t{i + 1}\t{x}\t0\t25\t30\t91.5\t{text}")
    rows.append("5\t1\t1\t1\t1\t6\t300\t0\t25\t30\t3.0\t~")  # noise: dropped
    words = parse_tsv("\n".join(rows), "경기도는 밝혔다. ~\n")
    assert [w.text for w in words] == ["경기도는", "밝혔다."]
    assert words[0].box == (0, 0, 115, 30)

"""Print placement read from a page: where the article stood in the paper.

Naver prints it beside a newspaper article's date ("지면 A1면", "A1면 1단" -- the page
and the column it starts in); newspapers' own sites have their forms ("지면A25" on
한국경제, "[경향신문 2024.05.10 10면]"). One rule for them all: a short line naming a
page with 지면 before it, or with N단 after it. A page in print means a print edition:
조간 unless the line says 석간. Lines are short page furniture, never body prose, so a
paragraph mentioning "A1면" is not read as the article's own page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

MAX_LINE = 80
_PAGE = r"(?P<page>[A-Z]{0,2}\s?\d{1,3}|[가-힣]{1,4}\s?\d{1,2})"
_RULES = (
    re.compile(r"지면\s*(?:정보)?\s*[:|]?\s*(?:\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?\s*)?"
               + _PAGE + r"\s*면?(?:\s*(?P<col>\d{1,2})\s*단)?"),
    re.compile(_PAGE + r"\s*면\s*(?P<col>\d{1,2})\s*단"),
    re.compile(r"\[[가-힣A-Za-z ]{2,12}\s+\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s+" + _PAGE + r"\s*면\]"),
)


@dataclass(frozen=True)
class Placement:
    edition: str | None = None
    page: str | None = None
    position: str | None = None


def placement_from_lines(lines: Iterable[str]) -> Placement:
    """The first page line's placement; an empty Placement when there is none."""
    for line in lines:
        text = " ".join(line.split())
        if not text or len(text) > MAX_LINE:
            continue
        for rule in _RULES:
            match = rule.search(text)
            if match:
                page = re.sub(r"\s+", " ", match.group("page")).strip()
                # "A 1" as "A1"; a section word keeps its space ("경제 2")
                page = re.sub(r"^([A-Z]{1,2}) (\d)", r"\1\2", page)
                edition = "석간" if "석간" in text else "조간"
                return Placement(edition=edition, page=page)
    return Placement()

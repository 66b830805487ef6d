"""The head of a Korean press release (보도자료), as the offices print it.

Two layouts, often mixed: a table of label/value cells

    | 보도일시 | 2026. 3. 10.(화) 06:00 | 배포일시 | 2026. 3. 9.(월) 14:00 |
    | 담당부서 | 경제실 스타트업지원과   | 담당자   | 과장 홍길동 ...       |

and plain lines (`담당부서: 경제실 스타트업지원과`). The readers turn either into lines
(a table row becomes one line of its cells, a label cell alone on a line is followed by
its value); `read_head` takes the labelled fields out and says which lines they used.
The title is the first line that is neither a label, nor the `보도자료` banner, nor a
date or an office name alone; lines starting with `-` right under it are its subtitles.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from clipper.domain import Block
from clipper.importers.metadata import parse_date

# label -> field; 보도일시 wins over 배포일시 for the date (it is when it may run).
LABELS: dict[str, str] = {
    "보도일시": "issued", "보도일자": "issued", "보도시점": "issued", "보도시간": "issued",
    "엠바고": "issued", "배포일시": "sent", "배포일자": "sent", "배포일": "sent",
    "작성일": "sent", "담당부서": "department", "담당과": "department", "부서": "department",
    "담당자": "contact", "담당": "contact", "문의": "contact", "연락처": "phone",
    "전화": "phone", "전화번호": "phone", "사진": "photo_note", "자료": "photo_note",
}
_LABEL = re.compile(
    r"(?<![가-힣])(" + "|".join(sorted(LABELS, key=len, reverse=True)) + r")\s*[:：]?\s*")
_BANNER = re.compile(r"^\s*[<\[【(]?\s*(보\s*도\s*자\s*료|보도\s*참고\s*자료|설명\s*자료|"
                     r"press\s+release)\s*[>\]】)]?\s*$", re.I)
_BULLET = re.compile(r"^\s*(?:[□■○◦ㅇ●◆◇▣※]|-|–|·|\d+\.)\s+")
_ATTACHMENTS = re.compile(r"^\s*[※]?\s*(붙\s*임|첨\s*부)(\s*\d|\s*[:：]|\s|$)")
_SUBTITLE = re.compile(r"^\s*[-–―]\s+\S")
HEAD_LINES = 25  # a head is in the first lines; labels further down are body text


@dataclass
class Head:
    title: str = ""
    subtitles: list[str] = field(default_factory=list)
    issued: dt.date | None = None
    department: str = ""
    contact: str = ""
    used: set[int] = field(default_factory=set)  # line indices the head took


def labelled(line: str) -> list[tuple[str, str]]:
    """(field, value) pairs of a line holding one or more `label value` cells."""
    matches = list(_LABEL.finditer(line))
    if not matches or line[:matches[0].start()].strip(" |\t:"):
        return []
    out = []
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = line[match.end():end].strip(" |\t:：")
        out.append((LABELS[match.group(1)], value))
    return out


def read_head(lines: Sequence[str]) -> Head:
    head = Head()
    values: dict[str, list[str]] = {}
    pending: str | None = None  # a label cell whose value is on the next line
    for i, line in enumerate(lines[:HEAD_LINES]):
        text = line.strip()
        if not text:
            continue
        pairs = labelled(text)
        if pairs:
            head.used.add(i)
            for name, value in pairs:
                if value:
                    values.setdefault(name, []).append(value)
                    pending = None
                else:
                    pending = name
            continue
        if pending is not None:
            values.setdefault(pending, []).append(text)
            head.used.add(i)
            pending = None
            continue
        if _BANNER.match(text):
            head.used.add(i)
            continue
    issued = values.get("issued", []) + values.get("sent", [])
    for value in issued:
        head.issued = parse_date(_years(value))
        if head.issued:
            break
    head.department = " ".join(values.get("department", []))
    contact = values.get("contact", []) + values.get("phone", [])
    head.contact = " / ".join(v for v in contact if v)
    # The title: the first unused line that reads like a headline.
    for i, line in enumerate(lines[:HEAD_LINES]):
        text = line.strip()
        if i in head.used or not text or _is_date_only(text):
            continue
        head.title = text.strip("\"'“”")
        head.used.add(i)
        for j in range(i + 1, min(len(lines), i + 4)):
            following = lines[j].strip()
            if j in head.used or not following:
                continue
            if _SUBTITLE.match(following):
                head.subtitles.append(following.lstrip("-–― "))
                head.used.add(j)
            else:
                break
        break
    return head


def _years(value: str) -> str:
    """`'26. 3. 10.` (a two-digit year, as many releases print it) -> 2026. 3. 10."""
    return re.sub(r"(?<!\d)['’](\d{2})\s*\.", r"20\1.", value)


def _is_date_only(text: str) -> bool:
    return parse_date(_years(text)) is not None and len(re.sub(r"[\d\s.()월화수목금토일:~]", "",
                                                               text)) <= 4


def body_blocks(lines: Sequence[str], head: Head) -> list[Block]:
    """The release's body: subtitles as subheadings, then every line the head did not
    take, bullets (□ ○ -) dropped, up to an attachments line (붙임 ...)."""
    blocks = [Block("subheading", s) for s in head.subtitles]
    for i, line in enumerate(lines):
        if i in head.used:
            continue
        text = line.strip()
        if not text:
            continue
        if _ATTACHMENTS.match(text) and blocks:
            break
        text = _BULLET.sub("", text).strip()
        if text and not _BANNER.match(text):
            blocks.append(Block("paragraph", text))
    return blocks

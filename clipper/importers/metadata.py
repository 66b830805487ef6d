"""Dates, bylines and language as news pages print them.

Only lines that look like a date line or a byline are read: a body sentence that says
"2024년 현재" is not the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))

# 2024.05.09 ; 2024-05-09 ; 2024/5/9 ; 2024년 5월 9일 ; 2024. 5. 9.
_NUMERIC = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[.\-/]|년)\s*(?P<m>\d{1,2})\s*(?:[.\-/]|월)\s*(?P<d>\d{1,2})(?!\d)"
)
# May 9, 2024 ; Sept. 9 2024
_MDY = re.compile(rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I)
# 9 May 2024
_DMY = re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I)

# English words whole: "date" inside "Last updated" is not a publication date's label.
_PUBLISH_WORDS = re.compile(
    r"(입력|등록|송고|게재|발행|기사입력|승인|최초|"
    r"\b(?:published|posted|first published|date|issued|veröffentlicht|publié|publicado)\b)",
    re.I,
)
_UPDATE_WORDS = re.compile(
    r"(수정|업데이트|최종\s*수정|\b(?:updated|modified|last updated|last modified|aktualisiert|"
    r"mis à jour|actualizado)\b)", re.I)

MAX_DATE_LINE = 80


def parse_date(text: str) -> dt.date | None:
    """The first date written in `text`, or None."""
    for pattern in (_NUMERIC, _MDY, _DMY):
        match = pattern.search(text)
        if match:
            try:
                month = match.group("m") if "m" in match.groupdict() else None
                if month is None:
                    month = _MONTHS[match.group("mon").lower().rstrip(".")]
                return dt.date(int(match.group("y")), int(month), int(match.group("d")))
            except (ValueError, KeyError):
                continue
    return None


def is_date_line(line: str) -> bool:
    """A short line that is a date stamp (possibly with a time and a 입력/Updated word)."""
    text = line.strip()
    if not text or len(text) > MAX_DATE_LINE or parse_date(text) is None:
        return False
    if _PUBLISH_WORDS.search(text) or _UPDATE_WORDS.search(text):
        return True
    # Without a keyword, the date (and a time) must be most of the line.
    rest = _NUMERIC.sub("", _MDY.sub("", _DMY.sub("", text)))
    rest = _TIME_AND_ZONE.sub("", rest)
    return len(rest) <= 4


_TIME_AND_ZONE = re.compile(
    r"\d{1,2}[:.]\d{2}([:.]\d{2})?|오전|오후|[AaPp]\.?[Mm]\.?|\b[A-Z]{2,4}T\b|\bGMT\b|\bUTC\b|"
    r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|[월화수목금토일]요일|\([월화수목금토일]\)|[()\[\],.:\-\s|]",
    re.I,
)


def pick_published(lines: list[str], updates: bool = True) -> dt.date | None:
    """Of the date lines, the one that says when the article was first published.

    A line labelled as an update ("Last updated ...", "수정 ...") is never taken while an
    unlabelled or publication date exists: it is the last change, not the day it ran
    (and not at all with `updates=False`, for a caller with other sources to try first).
    """
    first_any: dt.date | None = None
    earliest: dt.date | None = None
    updated: dt.date | None = None
    for line in lines:
        if not is_date_line(line):
            continue
        # A line like "입력 2024.05.09 수정 2024.05.10" holds both: the first is the publication.
        publish = _PUBLISH_WORDS.search(line)
        if publish:
            date = parse_date(line[publish.start():])
            if date:
                return date
        if _UPDATE_WORDS.search(line):
            updated = updated or parse_date(line)
            continue
        date = parse_date(line)
        if date and first_any is None:
            first_any = date
        if date and (earliest is None or date < earliest):
            earliest = date
    return earliest or first_any or (updated if updates else None)


# By JANE DOE ; By Jane Doe and John Roe, The Associated Press
_EN_BYLINE = re.compile(r"^\s*By\s+(?P<name>[A-Z][\w.'\-]*(?:[\s,]+(?:and\s+)?[A-Z][\w.'\-]*){0,12})\s*(?:\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?)?\s*$")
# (서울=연합뉴스) 홍길동 기자 = ; (수원=뉴스1) 홍길동 김철수 기자 =
_KO_DATELINE_BYLINE = re.compile(
    r"^\s*[(\[][^()\[\]=]{1,15}=[^()\[\]]{2,12}[)\]]\s*(?P<name>[가-힣]{2,4}(?:[ ,·]+[가-힣]{2,4})*\s*(?:기자|특파원|통신원))\s*="
)
# Jane Marlow in Seoul (a name, then where the reporter filed from)
_EN_NAME_IN_PLACE = re.compile(r"^(?P<name>[A-Z][\w'\-]+(?: [A-Z][\w'\-]+){1,3}(?: and [A-Z][\w'\-]+(?: [A-Z][\w'\-]+){1,3})?) in [A-Z][\w ]{2,30}$")
# 홍길동 기자 ; 홍길동 기자 hong@yna.co.kr ; 글·사진 홍길동 기자 ; [한국일보] 홍길동 기자
_KO_BYLINE_LINE = re.compile(
    r"^\s*(?:\[[^\]]{1,12}\]\s*)?(?:글\s*[·:]?\s*(?:사진)?\s*[:=]?\s*)?"
    r"(?P<name>[가-힣]{2,4}(?:[ ,·]+[가-힣]{2,4})*\s*(?:선임|수석|객원|인턴|전문|편집|논설)?\s*"
    r"(?:기자|특파원|통신원|논설위원|칼럼니스트|위원))"
    # "박준석 기자 외 1명": a byline widget naming the first of several reporters
    r"(?:\s*외\s*\d{1,2}\s*명)?"
    r"\s*(?:\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?)?\s*$"
)
# <오마이뉴스> 선임기자(지방자치팀) -- a reporter's profile under an article
_KO_PROFILE = re.compile(r"<[^<>]{2,20}>\s*(?P<name>[^<>]{0,20}?(?:기자|특파원|통신원)[^<>]{0,20})\s*$")
_EMAIL_ONLY = re.compile(r"^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")


def byline_in_line(line: str) -> str:
    """The byline a line states, or ''."""
    for pattern in (_EN_BYLINE, _EN_NAME_IN_PLACE, _KO_DATELINE_BYLINE, _KO_BYLINE_LINE, _KO_PROFILE):
        match = pattern.search(line)
        if match:
            return re.sub(r"\s+", " ", match.group("name")).strip(" ,")
    return ""


def is_byline_line(line: str) -> bool:
    """A line that is only a byline (not a body paragraph that starts with a dateline)."""
    if _KO_DATELINE_BYLINE.search(line):
        return False
    return bool(byline_in_line(line)) or bool(_EMAIL_ONLY.match(line))


# "제보는 카카오톡 okjebo", "▶ 제보는 카톡 okjebo", "제보하기: 이메일 ...": an agency's tip line
_TIP_LINE = re.compile(r"^[▶☞■▷\[]?\s*(?:기사\s*)?제보(?:는|하기|\s*및\s*보도자료)?\s*[:：]?\s*"
                       r"(?:카카오톡|카톡|이메일|메일|문자|전화|홈페이지|앱)")


def is_tip_line(line: str) -> bool:
    """A news agency's "send us tips" line under its articles."""
    return len(line) <= 80 and bool(_TIP_LINE.match(line.strip()))


def detect_language(text: str) -> str:
    """'ko', 'ja', 'zh', 'en' or other Latin-script 'und', by the letters used."""
    counts = {"ko": 0, "ja": 0, "zh": 0, "latin": 0, "other": 0}
    for ch in text[:20_000]:
        if not ch.isalpha():
            continue
        code = ord(ch)
        if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
            counts["ko"] += 1
        elif 0x3040 <= code <= 0x30FF:
            counts["ja"] += 1
        elif 0x4E00 <= code <= 0x9FFF:
            counts["zh"] += 1
        elif code < 0x250:
            counts["latin"] += 1
        else:
            counts["other"] += 1
    total = sum(counts.values())
    if not total:
        return ""
    if counts["ko"] / total > 0.2:
        return "ko"
    if counts["ja"] / total > 0.1:
        return "ja"
    if counts["zh"] / total > 0.3:
        return "zh"
    if counts["latin"] / total > 0.6:
        return "en" if _looks_english(text) else "und"
    return "und"


_ENGLISH_WORDS = re.compile(r"\b(the|and|of|to|in|is|that|for|with|said|was|on)\b", re.I)


def _looks_english(text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", text[:20_000])
    if not words:
        return False
    return len(_ENGLISH_WORDS.findall(text[:20_000])) / len(words) > 0.08


def clean_line(line: str) -> str:
    """A line with no-break and zero-width spaces made plain, trimmed."""
    line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return unicodedata.normalize("NFC", line).strip()

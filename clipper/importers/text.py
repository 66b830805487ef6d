"""Plain text as users copy it from a news page: find the article inside the page's text.

A copied page holds menus, the headline, date and byline lines, the body with photo
captions and credits mixed in, and a footer (tags, comments, copyright, reporter
profile). We mark photo captions first (they have the strongest signals), then find
where the body starts (the first real sentence) and ends (the first footer line),
and read title, date, byline, outlet and keywords from what lies around it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from clipper.domain import ArticleDraft, Block, PhotoDraft
from clipper.importers import captions, metadata, outlets, placement
from clipper.importers.control_chars import strip_controls
from clipper.importers.encoding import decode_bytes
from clipper.importers.source import ImportFailure, Source

TEXT_SUFFIXES = (".txt", ".text")

# Lines that mark where a photo was ("관련사진보기" under every OhmyNews photo).
_PHOTO_MARKER = re.compile(
    r"^(관련\s*사진\s*보기|사진\s*확대|확대\s*보기|이미지\s*확대|사진\s*보기|크게\s*보기|"
    r"enlarge( this image)?|expand( image)?|view image in fullscreen|open image|zoom)$",
    re.I,
)
# Page furniture that is never part of an article, wherever it appears.
_FURNITURE = re.compile(
    r"^(메뉴\s*건너뛰기|본문\s*바로\s*가기|주메뉴\s*바로\s*가기|close|닫기|메뉴|전체\s*메뉴|검색|로그인|"
    r"회원가입|구독|구독하기|구독중|공유|공유하기|공유\s*닫기|인쇄|스크랩|글자\s*크기(\s*설정)?|"
    r"본문\s*듣기|기사\s*듣기|음성으로\s*듣기|번역|기사원문|추천|좋아요|싫어요|광고|AD|"
    r"advertisement|sponsored|skip to (main )?content|skip navigation|sign in|log in|subscribe|"
    r"menu|search|share|share this( article)?|listen|save|print|copy link|link copied|"
    r"_{3,}|-{3,}|={3,}|\*{3}|.{0,40}\bback to home|support the guardian)$",
    re.I,
)
# Links to other articles, inline in the body.
_LINK_LINE = re.compile(r"^(▶|☞|\[관련기사\]|\[관련 기사\]|관련기사\s*[:▶]|RELATED:|READ MORE:|SEE ALSO:)", re.I)
# Lines that start the page footer once the body has begun.
_FOOTER_START = [
    re.compile(r"^(태그|tags?|키워드|keywords?|topics?)\s*[:：]", re.I),
    re.compile(r"^(댓글|comments?)(\s*\(?\d+\)?(개)?)?$", re.I),
    re.compile(r"^(이\s*기사가\s*마음에\s*드시나요|좋은\s*기사\s*원고료로|원고료로\s*응원|독자\s*의견)"),
    re.compile(
        r"^(관련\s*기사|관련\s*뉴스|많이\s*본\s*(뉴스|기사)|추천\s*기사|주요\s*뉴스|이\s*시각\s*\S+\s*뉴스|"
        r"related( stories| articles| coverage| content| news| topics)?|more (from|stories|on)\b.*|"
        r"read more|explore more on these topics|more on this story|most (read|popular|viewed)|recommended( stories)?|you may also like|trending( now)?)"
        r"\s*:?$",
        re.I,
    ),
    re.compile(r"(무단\s*(전재|복제|배포)|all rights reserved|^copyright\b|^<?\s*저작권자)", re.I),
    re.compile(r"^(sign up for|subscribe to our|get our .* newsletter)", re.I),
]
_KEYWORD_LINE = re.compile(r"^(태그|tags?|키워드|keywords?|topics?)\s*[:：]\s*(?P<rest>.*)$", re.I)
_HASHTAG_LINE = re.compile(r"^#[^\s#,]+(\s*,?\s*#[^\s#,]+)+\s*$")
_CREDIT_ONLY = re.compile(r"^[ⓒ©Ⓒ]\s*\S.{0,38}$")
_CAPTION_BULLET = re.compile(r"^[▲△]\s*")
_SUBHEAD_BULLET = re.compile(r"^[■◆◇●○□▣]\s*")
# Korean headlines end in a bare verb (…연다, …밝혀); sentences end with a full stop.
_SENTENCE_END = re.compile(r"([.!?…。]|[.!?…]['\"”’)\]])\s*$")


@dataclass
class _Page:
    """The page's lines with what we learned about each."""

    raw: list[str]
    text: list[str]
    used: set[int] = field(default_factory=set)  # lines consumed by photos or metadata
    photos: list[tuple[int, PhotoDraft]] = field(default_factory=list)

    def blank(self, i: int) -> bool:
        return not self.text[i]

    def prev_content(self, i: int) -> int | None:
        j = i - 1
        while j >= 0 and (self.blank(j) or j in self.used):
            j -= 1
        return j if j >= 0 else None


def accepts(source: Source) -> bool:
    return source.suffix in TEXT_SUFFIXES or source.content_type.startswith("text/plain")


def read(source: Source) -> ArticleDraft:
    notes: list[str] = []
    text, _encoding = decode_bytes(source.data, source.charset, notes)
    draft = parse_text(strip_controls(text), url=source.url)
    draft.warnings += notes
    draft.source_kind = "text"
    draft.source_name = source.name
    return draft


def parse_text(text: str, url: str | None = None) -> ArticleDraft:
    """Extract the article from the text of a copied news page."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    page = _Page(raw=raw, text=[metadata.clean_line(line) for line in raw])
    if not any(page.text):
        raise ImportFailure("empty: no text in it")
    _find_photos(page)
    start = _body_start(page)
    if start is None:
        raise ImportFailure("no article found: the text has no paragraphs of prose")
    end = _body_end(page, start)

    head = [page.text[i] for i in range(start) if page.text[i] and i not in page.used]
    footer = [t for t in page.text[end:] if t]
    body_indices = [i for i in range(start, end) if _is_body_line(page, i)]
    blocks = _blocks(page, body_indices)
    if not blocks:
        raise ImportFailure("no article found: nothing left after removing page furniture")

    body_lines = [page.text[i] for i in range(start, end) if page.text[i]]
    draft = ArticleDraft(url=url)
    draft.body = blocks
    draft.photos = [photo for _, photo in sorted(page.photos, key=lambda p: p[0])]
    _place_photos(page, body_indices, end)
    draft.source_keywords = _keywords(page.text)
    draft.title = _title(page, start) or derive_title(blocks)
    draft.byline = _byline(head, body_lines[:3], footer)
    draft.published = metadata.pick_published(head + footer + body_lines)
    draft.outlet = outlets.outlet_from_url(url) or outlets.outlet_from_lines(
        head + body_lines[:3] + footer
    )
    draft.language = metadata.detect_language(draft.body_text())
    draft.section = _section(footer + head)
    where = placement.placement_from_lines(head + footer)
    draft.edition, draft.page = where.edition, where.page
    return draft


# ---- photos -------------------------------------------------------------------


def _find_photos(page: _Page) -> None:
    for i, line in enumerate(page.text):
        if not line or i in page.used:
            continue
        if _CREDIT_ONLY.match(line) and not _is_copyright(line):
            _photo_from_credit_line(page, i, captions.split_credit(line)[1])
        elif _PHOTO_MARKER.match(line):
            page.used.add(i)
            _photo_from_marker(page, i)
        elif _CAPTION_BULLET.match(line):
            caption, credit = captions.split_credit(_CAPTION_BULLET.sub("", line))
            _add_photo(page, i, caption, credit, [i])
        elif len(line) <= 400 and captions.has_strong_credit(line) and not _is_copyright(line):
            caption, credit = captions.split_credit(line, strong_only=True)
            if not caption:
                _photo_from_credit_line(page, i, credit)
            else:
                above = _duplicate_above(page, i, caption) or _photo_title_above(page, i, caption)
                _add_photo(page, i, caption, credit, [i] + above)


def _photo_from_credit_line(page: _Page, i: int, credit: str) -> None:
    """A credit on its own line: its caption is the line right above (maybe twice)."""
    lines = [i]
    caption = ""
    j = i - 1
    if j >= 0 and page.text[j] and j not in page.used and not _is_furniture(page.text[j]):
        caption = page.text[j]
        lines.append(j)
        lines += _duplicate_above(page, j, caption)
    _add_photo(page, i, caption, credit, lines)


def _photo_from_marker(page: _Page, i: int) -> None:
    """A 'view photo' marker with no credit before it: the caption is a doubled line above."""
    j = page.prev_content(i)
    if j is None or any(at in range(j, i) for at, _ in page.photos):
        return
    # The marker belongs to a photo already found (its credit line was just above).
    if any(j <= at < i for at, _ in page.photos):
        return
    doubled = _duplicate_above(page, j, page.text[j])
    if doubled:
        _add_photo(page, j, page.text[j], "", [j] + doubled)


def _duplicate_above(page: _Page, i: int, caption: str) -> list[int]:
    """Pages often print a caption twice (alt text, then caption): consume the copy."""
    k = i - 1
    while k >= 0 and page.blank(k) and k not in page.used:
        k -= 1
    if k >= 0 and k not in page.used and page.text[k] == caption:
        return [k]
    return []


# "(수원=연합뉴스)", "(서울=뉴스1)": an agency photo caption opens with its dateline
_AGENCY_DATELINE = re.compile(r"^[(\[][^()\[\]=]{1,15}=[^()\[\]]{2,12}[)\]]")


def _photo_title_above(page: _Page, i: int, caption: str) -> list[int]:
    """Agencies print a short photo title above the caption: consume it too.

    Copied from the page, the photo itself often leaves a blank line between them; then
    the title is taken when it stands alone and the caption repeats it or opens with
    the agency's dateline.
    """
    j = i - 1
    gap = 0
    while j >= 0 and page.blank(j) and j not in page.used and gap < 2:
        j, gap = j - 1, gap + 1
    if j < 0 or j in page.used or not page.text[j]:
        return []
    title = page.text[j]
    short = len(title) <= 40 and not _SENTENCE_END.search(title)
    if not gap:
        return [j] if caption.startswith(title) or short else []
    alone = j == 0 or page.blank(j - 1) or (j - 1) in page.used
    if short and alone and (caption.startswith(title) or _AGENCY_DATELINE.match(caption)):
        return [j]
    return []


def _place_photos(page: _Page, body_indices: list[int], end: int) -> None:
    """Each photo's place: the body blocks (one per body line) above its first line.

    A photo above the body (under the headline) comes before the first block; one in the
    footer (a related article's, a reporter's portrait) has no place in the body.
    """
    for at, photo in page.photos:
        photo.after_block = bisect.bisect_left(body_indices, at) if at < end else None


def _add_photo(page: _Page, at: int, caption: str, credit: str, lines: list[int]) -> None:
    page.used.update(lines)
    photo = PhotoDraft(caption=captions.clean_caption(caption), credit=credit)
    page.photos.append((min(lines), photo))


# ---- body -----------------------------------------------------------------------


def _is_prose(line: str) -> bool:
    if len(line) >= 100:
        return True
    return len(line) >= 25 and bool(_SENTENCE_END.search(line)) and " " in line


def _body_start(page: _Page) -> int | None:
    for i, line in enumerate(page.text):
        if i in page.used or not line:
            continue
        if _is_furniture(line) or metadata.is_date_line(line) or metadata.is_byline_line(line):
            continue
        if _is_prose(line):
            return i
    return None


def _body_end(page: _Page, start: int) -> int:
    for i in range(start + 1, len(page.text)):
        line = page.text[i]
        if line and i not in page.used and any(p.search(line) for p in _FOOTER_START):
            return i
    return len(page.text)


def _is_body_line(page: _Page, i: int) -> bool:
    line = page.text[i]
    return bool(
        line
        and i not in page.used
        and not _is_furniture(line)
        and not _LINK_LINE.match(line)
        and not _HASHTAG_LINE.match(line)
        and not metadata.is_date_line(line)
        and not metadata.is_byline_line(line)
    )


def _blocks(page: _Page, indices: list[int]) -> list[Block]:
    blocks: list[Block] = []
    for n, i in enumerate(indices):
        line = page.text[i]
        is_last = n == len(indices) - 1
        if n > 0 and not is_last and _looks_like_subheading(page, i, line):
            blocks.append(Block("subheading", _SUBHEAD_BULLET.sub("", line)))
        else:
            blocks.append(Block("paragraph", line))
    return blocks


def _looks_like_subheading(page: _Page, i: int, line: str) -> bool:
    if _SUBHEAD_BULLET.match(line):
        return True
    if len(line) > 70 or line.endswith((".", "다", "。", ":", ",")):
        return False
    # A heading starts a section: a blank (or photo) line above it, not mid-paragraph.
    return i == 0 or page.blank(i - 1) or (i - 1) in page.used


# ---- metadata -------------------------------------------------------------------


def _title(page: _Page, start: int) -> str:
    """The headline: the last headline-like line before the byline/date lines.

    A deck (standfirst) often sits between headline and byline; it is longer than the
    headline, so of two adjacent candidates the shorter first one is the headline.
    """
    head = [i for i in range(start) if page.text[i] and i not in page.used]
    meta = next((i for i in head if _is_meta(page.text[i])), start)
    candidates = [i for i in head if i < meta and _is_title_candidate(page.text[i])]
    if candidates and meta < start:
        last = candidates[-1]
        before = candidates[-2] if len(candidates) > 1 else None
        if (
            before is not None
            and before == last - 1
            and len(page.text[before]) >= 12
            and len(page.text[before]) < len(page.text[last])
        ):
            return page.text[before]
        if len(page.text[last]) >= 8:
            return page.text[last]
    candidates = [i for i in head if _is_title_candidate(page.text[i])]
    for i in candidates:
        if len(page.text[i]) >= 12:
            return page.text[i]
    longest = max((page.text[i] for i in candidates), key=len, default="")
    return longest if len(longest) >= 5 else ""


def _is_meta(line: str) -> bool:
    return metadata.is_date_line(line) or metadata.is_byline_line(line)


def _is_title_candidate(line: str) -> bool:
    return not (
        _is_furniture(line)
        or _is_meta(line)
        or outlets.is_outlet_name(line)  # the outlet's logo text
    )


def derive_title(blocks: list[Block], limit: int = 80) -> str:
    """A title made from the lead when the text carries no headline (editable later)."""
    lead = next((b.text for b in blocks if b.kind == "paragraph"), blocks[0].text)
    sentence = re.split(r"(?<=[.!?。])\s+|(?<=다\.)\s*", lead, maxsplit=1)[0].strip()
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,") + "…"


def _byline(head: list[str], lead: list[str], footer: list[str]) -> str:
    for line in head + lead + footer:
        found = metadata.byline_in_line(line)
        if found:
            return found
    return ""


# Naver News: "이 기사는 언론사에서 사회 섹션으로 분류했습니다."
_PORTAL_SECTION = re.compile(r"이 기사는 언론사에서\s*(?P<section>\S+)\s*섹션으로 분류")


def _section(lines: list[str]) -> str:
    for line in lines:
        match = _PORTAL_SECTION.search(line)
        if match:
            return match.group("section")
    return ""


def _keywords(lines: list[str]) -> list[str]:
    for line in lines:
        match = _KEYWORD_LINE.match(line)
        if match:
            return _split_keywords(match.group("rest"))
        if _HASHTAG_LINE.match(line):
            return _split_keywords(line)
    return []


def _split_keywords(text: str) -> list[str]:
    words = [w.strip(" #") for w in re.split(r"[,#|·]", text)]
    seen: list[str] = []
    for word in words:
        if word and word not in seen:
            seen.append(word)
    return seen


def _is_furniture(line: str) -> bool:
    return bool(_FURNITURE.match(line) or _PHOTO_MARKER.match(line)) or \
        metadata.is_tip_line(line)


def _is_copyright(line: str) -> bool:
    return bool(_FOOTER_START[4].search(line))

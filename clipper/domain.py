"""Clipper's domain objects: plain dataclasses, no I/O.

An importer turns a source into an `ArticleDraft`; the store turns a draft into a
`Clipping` with an id. `Changes` is what an operation returns so that views can decide
whether to refresh (the Anki `OpChanges` pattern).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

BlockKind = Literal["paragraph", "subheading"]
SourceKind = Literal["text", "html", "mhtml", "url", "bundle", "print"]
# A rectangle on a page image: (x0, y0, x1, y1) in page-image pixels, x1/y1 exclusive.
Box = tuple[int, int, int, int]


@dataclass
class Block:
    kind: BlockKind
    text: str


@dataclass
class PhotoDraft:
    """A photo as an importer found it; `data` holds the image bytes when they were found."""

    caption: str = ""
    credit: str = ""
    src: str | None = None
    data: bytes | None = None
    alt: str = ""
    # Where the photo stood in the article: how many body blocks come before it (0 =
    # above the first paragraph); None when the importer could not tell.
    after_block: int | None = None


@dataclass
class Photo:
    """A stored photo: `image` is the path of its file inside the library, or None."""

    caption: str
    credit: str
    image: str | None
    src: str | None
    width: int | None
    height: int | None
    position: int = 0
    after_block: int | None = None  # body blocks before it; None: unknown (shown on top)


@dataclass
class ArticleDraft:
    """What an importer extracted from one source, before it is stored."""

    title: str = ""
    outlet: str = ""
    byline: str = ""
    published: dt.date | None = None
    url: str | None = None
    language: str = ""
    body: list[Block] = field(default_factory=list)
    photos: list[PhotoDraft] = field(default_factory=list)
    source_keywords: list[str] = field(default_factory=list)
    source_kind: SourceKind = "text"
    source_name: str = ""
    section: str = ""
    warnings: list[str] = field(default_factory=list)
    # print placement as the page printed it (importers/placement.py); None: not said
    edition: str | None = None
    page: str | None = None
    position: str | None = None

    def body_text(self) -> str:
        return "\n".join(block.text for block in self.body)


@dataclass
class Annotation:
    id: int
    clipping_id: int
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    target: str  # "body" or "photo:<position>"
    colour: str
    note: str
    orphaned: bool
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "quote": self.quote,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "start": self.start,
            "end": self.end,
            "target": self.target,
            "colour": self.colour,
            "note": self.note,
            "orphaned": self.orphaned,
            "created_at": self.created_at,
        }


# ---- print (issue 16) -----------------------------------------------------------------

TextSource = Literal["text-layer", "ocr", "none"]
OcrState = Literal["pending", "running", "done", "failed", "not-needed"]
RegionKind = Literal["article", "headline", "photo"]


@dataclass
class PrintPage:
    """One page of a printed paper waiting to be cut (or already cut from): a PDF page
    rendered to a lossless PNG, or a scan kept as it is. `image` is library-relative."""

    id: int
    file_name: str  # the imported file's name, as the user knows it
    page_number: int  # 1-based, within that file
    image: str
    width: int
    height: int
    dpi: int
    text_source: str  # TextSource
    ocr_state: str  # OcrState
    error: str  # why OCR failed, or "no text found"; "" when all went well
    outlet: str
    published: dt.date | None
    page: str | None  # 면, as printed: "A3"
    edition: str | None
    cut_count: int = 0  # clippings cut from this page

    @property
    def label(self) -> str:
        """"page 3 of 조선일보_20240510_A3.pdf" (what messages and undo labels say)."""
        return f"page {self.page_number} of {self.file_name}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "file_name": self.file_name, "page_number": self.page_number,
            "image": self.image, "width": self.width, "height": self.height, "dpi": self.dpi,
            "text_source": self.text_source, "ocr_state": self.ocr_state,
            "error": self.error, "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "page": self.page, "edition": self.edition, "cut_count": self.cut_count,
        }


@dataclass(frozen=True)
class Word:
    """A word on a page image: from the PDF's text layer or from OCR. `block` and
    `line` number the text block and its line on the page (reading structure)."""

    text: str
    box: Box
    block: int
    line: int
    conf: float  # 0-100; 100 for the text layer


@dataclass(frozen=True)
class Region:
    """A suggested article region on a page (the user's rectangle rules)."""

    box: Box
    kind: str  # RegionKind
    score: float  # 0-1: how sure the suggestion is

    def to_json(self) -> dict[str, Any]:
        return {"box": list(self.box), "kind": self.kind, "score": round(self.score, 3)}


@dataclass(frozen=True)
class Cut:
    """One rectangle cut from a page, as stored with a clipping: `image` is the
    library-relative path of the lossless crop (PNG). `page_id` is None when the page
    it came from has since been deleted (the crop stays)."""

    position: int
    page_id: int | None
    box: Box
    image: str
    width: int
    height: int

    def to_json(self) -> dict[str, Any]:
        return {"position": self.position, "page_id": self.page_id, "box": list(self.box),
                "image": self.image, "width": self.width, "height": self.height}


@dataclass
class PageOutcome:
    """The result of recognising (or importing) one page of a batch."""

    page_id: int
    status: str  # "done", "no-text", "failed", "cancelled", "skipped"
    reason: str = ""
    words: int = 0
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"page_id": self.page_id, "status": self.status, "reason": self.reason,
                "words": self.words, "seconds": round(self.seconds, 2)}


@dataclass
class Clipping:
    id: int
    title: str
    outlet: str
    byline: str
    published: dt.date | None
    url: str | None
    language: str
    body: list[Block]
    photos: list[Photo]
    source_keywords: list[str]
    tags: list[str]
    themes: list[str]
    annotations: list[Annotation]
    source_kind: str
    source_name: str
    imported_at: str
    section: str = ""
    # The morning desk (issue 15): print placement and tone; None = not known/not set.
    edition: str | None = None  # 조간 / 석간 / 온라인 / 방송
    page: str | None = None  # 면, as printed: "A3", "1", "경제 2"
    position: str | None = None  # 면톱, 사이드, 단신 ...
    tone: str | None = None  # the tone's current name (Tone.name)
    # Print (issue 16): the cut-out page images, in reading order; empty for web clippings.
    cuts: list[Cut] = field(default_factory=list)

    def body_text(self) -> str:
        return "\n".join(block.text for block in self.body)

    def to_json(self) -> dict[str, Any]:
        """The stable `clipper show --json` contract."""
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "byline": self.byline,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "language": self.language,
            "section": self.section,
            "body": [{"kind": b.kind, "text": b.text} for b in self.body],
            "photos": [
                {
                    "caption": p.caption,
                    "credit": p.credit,
                    "image": p.image,
                    "src": p.src,
                    "width": p.width,
                    "height": p.height,
                    "after_block": p.after_block,
                }
                for p in self.photos
            ],
            "source_keywords": list(self.source_keywords),
            "tags": list(self.tags),
            "themes": list(self.themes),
            "annotations": [a.to_json() for a in self.annotations],
            "source": {"kind": self.source_kind, "name": self.source_name},
            "imported_at": self.imported_at,
            "edition": self.edition,
            "page": self.page,
            "position": self.position,
            "tone": self.tone,
            "cuts": [c.to_json() for c in self.cuts],
        }


@dataclass
class ClippingSummary:
    """One row of the clipping list: cheap to load in pages."""

    id: int
    title: str
    outlet: str
    published: dt.date | None
    language: str
    photo_count: int
    tags: list[str]
    edition: str | None = None
    page: str | None = None
    position: str | None = None
    tone: str | None = None
    has_cut: bool = False  # a print clipping with a cut-out page image (issue 16)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "photo_count": self.photo_count,
            "has_cut": self.has_cut,
            "tags": list(self.tags),
            "edition": self.edition,
            "page": self.page,
            "position": self.position,
            "tone": self.tone,
        }


ItemStatus = Literal["imported", "duplicate", "failed"]


@dataclass
class ImportOutcome:
    """The result of importing one item of a batch."""

    item: str
    status: ItemStatus
    clipping_id: int | None = None
    reason: str = ""
    title: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "status": self.status,
            "id": self.clipping_id,
            "reason": self.reason,
            "title": self.title,
        }


@dataclass
class Changes:
    """What an operation changed, so views refresh only what they show."""

    clippings_added: list[int] = field(default_factory=list)
    clippings_changed: list[int] = field(default_factory=list)
    clippings_deleted: list[int] = field(default_factory=list)
    tags: bool = False
    themes: bool = False
    annotations: bool = False
    saved_searches: bool = False
    stories: bool = False  # near-duplicate groups changed
    desk: bool = False  # outlet registry, tone classes or responses changed (issue 15)
    releases: bool = False  # releases, pickups or photo credits changed (issue 18)
    print_pages: bool = False  # pages waiting to be cut added, edited, OCRed or deleted (16)

    def merge(self, other: Changes) -> Changes:
        return Changes(
            self.clippings_added + other.clippings_added,
            self.clippings_changed + other.clippings_changed,
            self.clippings_deleted + other.clippings_deleted,
            self.tags or other.tags,
            self.themes or other.themes,
            self.annotations or other.annotations,
            self.saved_searches or other.saved_searches,
            self.stories or other.stories,
            self.desk or other.desk,
            self.releases or other.releases,
            self.print_pages or other.print_pages,
        )

    @property
    def empty(self) -> bool:
        return not (
            self.clippings_added
            or self.clippings_changed
            or self.clippings_deleted
            or self.tags
            or self.themes
            or self.annotations
            or self.saved_searches
            or self.stories
            or self.desk
            or self.releases
            or self.print_pages
        )


@dataclass
class SearchHit:
    """One search result: `marks` are [start, end) spans of `snippet` that matched."""

    id: int
    title: str
    outlet: str
    published: dt.date | None
    score: float
    snippet: str
    marks: list[tuple[int, int]] = field(default_factory=list)
    title_marks: list[tuple[int, int]] = field(default_factory=list)

    def marked_snippet(self, before: str = "«", after: str = "»") -> str:
        out, last = [], 0
        for start, end in self.marks:
            out += [self.snippet[last:start], before, self.snippet[start:end], after]
            last = end
        out.append(self.snippet[last:])
        return "".join(out)

    def to_json(self) -> dict[str, Any]:
        """The `clipper search --json` contract; matched words are marked «like this»."""
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "score": self.score,
            "snippet": self.marked_snippet(),
        }


# ---- organise (issue 5) ---------------------------------------------------------------

# A clipping's state in a theme: `manual` (the user put it there), `accepted` (a rule
# suggested it and the user agreed), `suggested` (a rule match awaiting review),
# `rejected` (the user said no; never suggested again). Members are manual + accepted.
# Defined here once: store, organise, search and export all read these.
ThemeState = Literal["manual", "accepted", "suggested", "rejected"]
MANUAL: ThemeState = "manual"
ACCEPTED: ThemeState = "accepted"
SUGGESTED: ThemeState = "suggested"
REJECTED: ThemeState = "rejected"
THEME_STATES: tuple[ThemeState, ...] = (MANUAL, ACCEPTED, SUGGESTED, REJECTED)
MEMBER_STATES: tuple[ThemeState, ...] = (MANUAL, ACCEPTED)


@dataclass
class TagCount:
    """A tag, how many clippings carry it, and how many carry it or any of its `a/b`
    children (each clipping once: what a sidebar tree shows for a folded branch)."""

    name: str
    count: int
    total: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "count": self.count, "total": self.total}


@dataclass
class Theme:
    """A campaign theme: membership is the clippings in state manual or accepted."""

    id: int
    name: str
    description: str = ""
    colour: str = "#4a7bd0"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    key_messages: list[str] = field(default_factory=list)
    rule: str = ""
    created_at: str = ""
    member_count: int = 0
    suggested_count: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "colour": self.colour,
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "key_messages": list(self.key_messages),
            "rule": self.rule,
            "created_at": self.created_at,
            "member_count": self.member_count,
            "suggested_count": self.suggested_count,
        }


@dataclass
class SavedSearch:
    id: int
    name: str
    query: str
    created_at: str
    count: int | None = None  # filled in when asked for (it runs the search)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "query": self.query,
                "created_at": self.created_at, "count": self.count}


@dataclass
class StoryGroup:
    """Clippings telling one story: the original (earliest) and its pickups."""

    id: int
    original: int
    pickups: list[int]

    @property
    def members(self) -> list[int]:
        return [self.original, *self.pickups]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "original": self.original, "pickups": list(self.pickups)}


# ---- the morning clipping desk (issue 15) ----------------------------------------------

# The office's categories of outlets, in the order reports list them. The default
# list; the library keeps its own (editable) copy in `outlet_categories`.
OUTLET_CATEGORIES: tuple[str, ...] = (
    "중앙종합지", "경제지", "지역지", "방송", "통신", "인터넷", "전문지", "외신",
)
DEFAULT_OUTLET_WEIGHT = 1000  # lower sorts first; unknown outlets go last


@dataclass(frozen=True)
class Outlet:
    """One press in the registry. `name` is the display name clippings carry
    (`clippings.outlet`); aliases, domains and the portals' press codes resolve to it."""

    id: int
    name: str
    category: str | None  # None: not yet categorised (added on first sight)
    weight: int  # the office's order: lower first (조선·중앙·동아 first, say)
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    naver_oid: str | None = None
    daum_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "category": self.category,
                "weight": self.weight, "aliases": list(self.aliases),
                "domains": list(self.domains), "naver_oid": self.naver_oid,
                "daum_id": self.daum_id}


ToneGroup = Literal["positive", "neutral", "negative"]
TONE_GROUPS: tuple[ToneGroup, ...] = ("positive", "neutral", "negative")


@dataclass(frozen=True)
class Tone:
    """A tone (논조) class: `key` is its 1-9 shortcut, `group` what charts pool it into."""

    id: int
    name: str
    group: str  # one of TONE_GROUPS
    key: int

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "group": self.group, "key": self.key}


# The five classes Korean government bodies use, with their keys (name, group, key).
DEFAULT_TONES: tuple[tuple[str, str, int], ...] = (
    ("긍정", "positive", 1),
    ("단순(중립)", "neutral", 2),
    ("건전비판", "negative", 3),
    ("악의적비판", "negative", 4),
    ("오보", "negative", 5),
)

# What the office does about a critical or wrong report; "none" is no action (yet).
RESPONSE_KINDS: tuple[str, ...] = (
    "none", "설명자료", "반박자료", "정정·반론보도 청구", "언론중재위 조정",
)
EDITIONS: tuple[str, ...] = ("조간", "석간", "온라인", "방송")
POSITIONS: tuple[str, ...] = ("면톱", "사이드", "박스", "단신", "사설", "칼럼")


@dataclass(frozen=True)
class Response:
    """The office's response to one clipping (one record per clipping)."""

    clipping_id: int
    kind: str  # one of RESPONSE_KINDS
    due: dt.date | None
    note: str
    link: str  # the office's own document (a path or a web address)
    closed: bool

    def overdue(self, today: dt.date) -> bool:
        return not self.closed and self.due is not None and self.due < today

    def to_json(self) -> dict[str, Any]:
        return {"clipping_id": self.clipping_id, "kind": self.kind,
                "due": self.due.isoformat() if self.due else None, "note": self.note,
                "link": self.link, "closed": self.closed}


def page_sort_key(page: str | None) -> tuple[int, str, int, str]:
    """Order pages as printed: A1 < A2 < A10 < B1, "1" < "2" < "10"; unknown last.

    (section letters/words, then the number): "경제 2" sorts in its own section."""
    import re

    if not page or not page.strip():
        return (1, "", 0, "")
    text = page.strip()
    match = re.search(r"\d+", text)
    number = int(match.group()) if match else 0
    prefix = text[: match.start()].strip() if match else text
    return (0, prefix.casefold(), number, text)


# ---- press releases and their pickup (issue 18) ----------------------------------------

# How much of an article is the release's own text (Pickup.share): thresholds in
# clipper/releases/match.py, justified by bench/pickup_bench.py.
PICKUP_KINDS: tuple[str, ...] = ("near-verbatim", "partial", "rewrite")
PASSAGE_KINDS: tuple[str, ...] = ("same", "changed", "added", "left-out")
DEFAULT_PHOTO_CREDITS: tuple[str, ...] = (
    "경기도 제공", "ⓒ경기도", "경기도청 제공", "Gyeonggi Province",
)


@dataclass
class Release:
    """One of the office's own press releases (보도자료), stored apart from clippings."""

    id: int
    title: str
    issued: dt.date | None  # 보도일시 / 배포일시 (the date only)
    department: str  # 담당부서
    contact: str  # 담당자 and 연락처, as printed
    body: list[Block]
    photos: list[Photo]
    source_name: str
    imported_at: str
    source_kind: str = ""  # text, docx, hwpx, pdf

    def body_text(self) -> str:
        return "\n".join(block.text for block in self.body)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "issued": self.issued.isoformat() if self.issued else None,
            "department": self.department,
            "contact": self.contact,
            "body": [{"kind": b.kind, "text": b.text} for b in self.body],
            "photos": [{"caption": p.caption, "credit": p.credit, "image": p.image,
                        "width": p.width, "height": p.height,
                        "after_block": p.after_block} for p in self.photos],
            "source": {"kind": self.source_kind, "name": self.source_name},
            "imported_at": self.imported_at,
        }


@dataclass
class ReleaseDraft:
    """What a release reader extracted from one file, before it is stored."""

    title: str = ""
    issued: dt.date | None = None
    department: str = ""
    contact: str = ""
    body: list[Block] = field(default_factory=list)
    photos: list[PhotoDraft] = field(default_factory=list)
    source_kind: str = "text"
    source_name: str = ""
    warnings: list[str] = field(default_factory=list)

    def body_text(self) -> str:
        return "\n".join(block.text for block in self.body)


@dataclass
class ReleaseSummary:
    """One row of the release list: the release and how it was picked up."""

    id: int
    title: str
    issued: dt.date | None
    department: str
    pickups: int  # clippings that drew on it
    outlets: int  # distinct outlets among them
    near_verbatim: int  # pickups of kind near-verbatim
    photos_used: int  # clippings that ran one of its photos (credit or image)
    first_pickup: str | None  # earliest published date (ISO) among the pickups
    last_pickup: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title,
                "issued": self.issued.isoformat() if self.issued else None,
                "department": self.department, "pickups": self.pickups,
                "outlets": self.outlets, "near_verbatim": self.near_verbatim,
                "photos_used": self.photos_used, "first_pickup": self.first_pickup,
                "last_pickup": self.last_pickup}


@dataclass
class Pickup:
    """A clipping that draws on a release."""

    release_id: int
    clipping_id: int
    outlet: str
    category: str | None  # the outlet's category in the registry; None: not sorted
    published: dt.date | None
    imported_at: str
    share: float  # of the article's text that is the release's
    coverage: float  # of the release's text the article carries
    kind: str  # "near-verbatim" | "partial" | "rewrite"
    photos: int  # the release's photos (or the office's credited photos) it ran
    title: str = ""  # the clipping's title

    def to_json(self) -> dict[str, Any]:
        return {"release_id": self.release_id, "clipping_id": self.clipping_id,
                "title": self.title, "outlet": self.outlet, "category": self.category,
                "published": self.published.isoformat() if self.published else None,
                "imported_at": self.imported_at, "share": round(self.share, 3),
                "coverage": round(self.coverage, 3), "kind": self.kind,
                "photos": self.photos}


@dataclass
class Passage:
    """One row of the side-by-side view of a release and a clipping.

    Rows come in release order; passages the article added stand where the article
    has them. `release_block` / `clipping_block` index the body blocks (None: the side
    has no text in this row); a long paragraph split into sentences gives several rows
    with the same block index."""

    kind: str  # "same" | "changed" | "added" | "left-out"
    release_text: str
    clipping_text: str
    release_block: int | None
    clipping_block: int | None
    similarity: float  # 0..1, of the two texts' character shingles

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "release_text": self.release_text,
                "clipping_text": self.clipping_text, "release_block": self.release_block,
                "clipping_block": self.clipping_block,
                "similarity": round(self.similarity, 3)}


@dataclass
class PhotoPickup:
    """A clipping's photo (`position`) recognised as the office's: by its credit or
    caption naming one of the configured credits, by its image's perceptual hash
    being within the threshold of one of the release's photos, or both."""

    release_id: int
    clipping_id: int
    position: int
    how: str  # "credit" | "image" | "both"
    distance: int | None  # Hamming distance of the perceptual hashes; None: no image match

    def to_json(self) -> dict[str, Any]:
        return {"release_id": self.release_id, "clipping_id": self.clipping_id,
                "position": self.position, "how": self.how, "distance": self.distance}


@dataclass
class PickupRow:
    """One release in the pickup table."""

    release_id: int
    title: str
    issued: dt.date | None
    department: str
    outlets: int  # distinct outlets that picked it up
    pickups: int  # clippings
    by_category: dict[str, int]  # outlets per category ("" for not yet sorted)
    near_verbatim: int  # pickups of kind near-verbatim
    near_verbatim_share: float  # near_verbatim / pickups (0 when none)
    photos_used: int  # clippings that ran one of its photos
    first_pickup: str | None
    last_pickup: str | None

    def to_json(self) -> dict[str, Any]:
        return {"release_id": self.release_id, "title": self.title,
                "issued": self.issued.isoformat() if self.issued else None,
                "department": self.department, "outlets": self.outlets,
                "pickups": self.pickups, "by_category": dict(self.by_category),
                "near_verbatim": self.near_verbatim,
                "near_verbatim_share": round(self.near_verbatim_share, 3),
                "photos_used": self.photos_used, "first_pickup": self.first_pickup,
                "last_pickup": self.last_pickup}


@dataclass
class PickupTable:
    """The pickup table per release for a period (releases issued in it)."""

    since: dt.date | None
    until: dt.date | None
    rows: list[PickupRow]
    categories: list[str]  # the columns of by_category, in the office's order
    total: PickupRow  # the period's totals (release_id 0; outlets counted once)

    def to_json(self) -> dict[str, Any]:
        return {"since": self.since.isoformat() if self.since else None,
                "until": self.until.isoformat() if self.until else None,
                "categories": list(self.categories),
                "rows": [r.to_json() for r in self.rows], "total": self.total.to_json()}

"""No importer step loses text that a page's own paragraph holds (our own pages, in the
markup of several outlets' layouts)."""

from __future__ import annotations

from pathlib import Path

import pytest

FILLER = [
    "The committee met on Tuesday morning to review the figures submitted by every "
    "department, and its members asked for a fuller account of the spending plans.",
    "Officials said the review would take several weeks, because the numbers had to be "
    "checked against the accounts of the previous three years before any decision.",
    "Opposition members welcomed the review but said it should have started much earlier, "
    "when the first warnings about the shortfall were published last spring.",
    "A final report is expected before the end of the year, and ministers have promised "
    "to publish it in full together with the evidence the committee gathered.",
]


def _page(title: str, paragraphs: list[str], *, wrap: str, header: str = "",
          foot: str = "") -> str:
    """A news page: a menu, the headline, the paragraphs each wrapped by `wrap`
    ("{}" marks where the paragraph's inner HTML goes), a related list, a footer."""
    body = "\n".join(wrap.format(p) for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-08-01T09:30:00+01:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<main><article>{header}<h1>{title}</h1>
{body}
</article>
<section class="related"><h2>Related</h2><ul>
<li><a href="/a">Another story about something else entirely</a></li>
<li><a href="/b">A second story from the same section</a></li></ul></section>
</main><footer><p>Copyright 2024. All rights reserved.</p>{foot}</footer></body></html>"""


def _import(service, tmp_path: Path, html: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    [outcome] = service.import_paths([path])
    assert outcome.status == "imported", outcome.reason
    return service.get(outcome.clipping_id)


def _paragraphs(clip) -> list[str]:
    return [b.text for b in clip.body if b.kind == "paragraph"]


# ---- comments inside a paragraph (React pages write <!-- --> between text runs) --------


BBC_LIKE = '<div data-component="text-block"><p class="sc-eb7bd5f6-0 fYAfXe">{}<!-- --></p></div>'
GUARDIAN_LIKE = '<div class="article-body-commercial-selector"><p class="dcr-s23rjr">{}</p></div>'


@pytest.mark.parametrize("wrap, link", [
    (BBC_LIKE, '<!-- --><a target="_self" href="https://example.org/n/1" '
               'class="sc-c9299ecf-0">government rejected the offer<!-- --></a>.'),
    (GUARDIAN_LIKE, '<a href="https://example.org/politics/2024/aug/01/x" '
                    'data-link-name="in body link">government rejected the offer</a><!-- -->.'),
])
def test_words_after_a_link_beside_a_comment_are_kept(service, tmp_path, wrap, link):
    cut = f"The office had offered to prepare a draft forecast, but the {link}"
    clip = _import(service, tmp_path, _page("Budget office to be given a bigger role",
                                            FILLER[:2] + [cut] + FILLER[2:], wrap=wrap))
    assert ("The office had offered to prepare a draft forecast, but the government "
            "rejected the offer.") in _paragraphs(clip)
    assert len(_paragraphs(clip)) == 5


def test_last_paragraph_with_a_comment_after_its_link_is_kept(service, tmp_path):
    # AP's pages end a link with <!-- --> before the sentence goes on.
    last = ('Mexico’s economy has recovered <a href="/article/x" class="paragraph-link">'
            'from the pandemic</a><!-- -->, but high interest rates and stubborn inflation '
            'have acted as a drag on growth.')
    wrap = '<p class="Component-root-0-2-50 p Component-p-0-2-40">{}</p>'
    clip = _import(service, tmp_path, _page("Mexico's economy grows slowly", FILLER + [last],
                                            wrap=wrap))
    assert _paragraphs(clip)[-1] == ("Mexico’s economy has recovered from the pandemic, but "
                                     "high interest rates and stubborn inflation have acted "
                                     "as a drag on growth.")


# ---- empty inline elements (trafilatura's precision mode deletes them with their tail) ----


@pytest.mark.parametrize("wrap, paragraph", [
    # LA Times: a bold date label, then an empty <b></b>
    ("<p>{}</p>", "<b>1925-40:</b> <b></b>“Howard Harding Jones (1885-1941). Head football "
                  "coach of the university from 1925 to 1940.” Plaque displayed 1955."),
    # a CMS that leaves an empty <span> (a removed ad or icon slot) inside its paragraphs
    ('<div class="story-text"><p class="para">{}</p></div>',
     '<strong>1925-40:</strong> <span class="icon"></span>“Howard Harding Jones '
     '(1885-1941). Head football coach of the university from 1925 to 1940.” '
     'Plaque displayed 1955.'),
])
def test_text_after_an_empty_inline_element_is_kept(service, tmp_path, wrap, paragraph):
    clip = _import(service, tmp_path, _page("The stadium at one hundred: its plaques",
                                            FILLER[:2] + [paragraph] + FILLER[2:], wrap=wrap))
    assert ("1925-40: “Howard Harding Jones (1885-1941). Head football coach of the "
            "university from 1925 to 1940.” Plaque displayed 1955.") in _paragraphs(clip)


# ---- a paragraph that a photo caption repeats ------------------------------------------


DAILYMAIL_PHOTO = ('<div class="artSplitter mol-img-group"><div class="mol-img">'
                   '<img src="https://i.example.co.uk/1s/2024/04/27/15/bill-{n}.jpg" '
                   'alt="{alt}" width="634" height="459"></div>'
                   '<p class="imageCaption">{alt}</p></div>')
FIGURE_PHOTO = ('<figure class="photo"><img src="https://cdn.example.com/img/bill-{n}.jpg" '
                'alt="" width="800" height="533"><figcaption class="caption">{alt}'
                '</figcaption></figure>')


@pytest.mark.parametrize("photo", [DAILYMAIL_PHOTO, FIGURE_PHOTO])
def test_paragraph_repeated_as_a_caption_stays_in_the_body(service, tmp_path, photo):
    lead = ("Currency collectors nationwide are on the hunt for some rare dollar bills, "
            "willing to pay up to $150,000 for those with a specific printing error")
    second = ("Only nine of these pairs have been matched, leaving millions of rare "
              "bills out there")
    paragraphs = [lead + ".", photo.format(n=1, alt=lead), FILLER[0], FILLER[1],
                  second + ".", photo.format(n=2, alt=second), FILLER[2], FILLER[3]]
    html = _page("Your dollar bill could be worth thousands", paragraphs,
                 wrap="{}").replace(lead + ".", f'<p class="mol-para-with-font">{lead}.</p>')
    html = html.replace(second + ".", f'<p class="mol-para-with-font">{second}.</p>')
    for filler in FILLER:
        html = html.replace(filler, f'<p class="mol-para-with-font">{filler}</p>')
    clip = _import(service, tmp_path, html)
    body = _paragraphs(clip)
    assert body[0] == lead + "."
    assert second + "." in body
    assert len(body) == 6
    assert [p.caption for p in clip.photos] == [lead, second]


# ---- control characters never lose a page, never reach the library ------------------


@pytest.mark.parametrize("control", ["\x08", "\x1b", "&#8;", "&#65535;", "&#x1B;", "\x7f"])
@pytest.mark.parametrize("wrap", [BBC_LIKE, '<div class="story-text"><p class="para">{}</p></div>'])
def test_a_control_character_in_a_paragraph_keeps_the_page(service, tmp_path, control, wrap):
    odd = f"Ministers said the plan{control} would be published in full next week."
    clip = _import(service, tmp_path, _page("Budget office to be given a bigger role",
                                            FILLER[:2] + [odd] + FILLER[2:], wrap=wrap))
    assert "Ministers said the plan would be published in full next week." in _paragraphs(clip)
    assert len(_paragraphs(clip)) == 5


def test_control_characters_are_stripped_from_stored_metadata(service, tmp_path, run_cli):
    evil_title = "Harbour town\x1b]0;pwned\x07 votes to rebuild\x9b2J its seawall"
    html = _page(evil_title, FILLER, wrap="<p>{}</p>").replace(
        "</head>", '<meta name="author" content="Jane\x1b[31m Doe\x08">'
        '<meta property="og:site_name" content="Port\x07 Ellis Gazette"></head>')
    html = html.replace('<article>', '<article><figure><img src="https://example.org/a.jpg" '
                        'width="800" height="600"><figcaption>The seawall\x1b[2J after the storm. '
                        'Photo: Mary\x08 Major</figcaption></figure>')
    clip = _import(service, tmp_path, html, name="evil\x1b[2Jname.html")
    assert clip.title == "Harbour town votes to rebuild its seawall"
    assert clip.byline == "Jane Doe"
    for value in [clip.title, clip.byline, clip.outlet, clip.source_name, clip.url or "",
                  *(p.caption + p.credit + (p.src or "") for p in clip.photos),
                  *(b.text for b in clip.body)]:
        assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f for c in value), repr(value)
    assert clip.photos and clip.photos[0].caption.startswith("The seawall after the storm")
    status, out, err = run_cli("show", str(clip.id))
    assert status == 0 and "\x1b" not in out + err


# ---- ruby readings (the reading printed above a name is text the paragraph holds) ------

YOMIURI_LIKE = '<div class="p-main-contents"><p class="par1" itemprop="articleBody">{}</p></div>'
CHOSUN_LIKE = '<section class="article-body"><p class="article-body__content">{}</p></section>'


@pytest.mark.parametrize("wrap, ruby, shown", [
    # A Japanese paper's layout with the page's own fallback brackets in <rp>.
    (YOMIURI_LIKE, "<ruby><rb>尹錫悦</rb><rp>（</rp><rt>ユンソンニョル</rt><rp>）</rp></ruby>",
     "尹錫悦（ユンソンニョル）"),
    # A Korean layout annotating hanja with hangul, no <rp>: plain brackets; two rubies
    # in one paragraph both keep their readings.
    (CHOSUN_LIKE, "<ruby>尹錫悅<rt>윤석열</rt></ruby> 대통령과 <ruby>李在明<rt>이재명</rt></ruby>",
     "尹錫悅(윤석열) 대통령과 李在明(이재명)"),
])
def test_ruby_readings_are_kept_in_brackets(service, tmp_path, wrap, ruby, shown):
    lead = f"The statement by {ruby} was read out on television late on Tuesday night."
    clip = _import(service, tmp_path, _page("Martial law declared", [lead, *FILLER], wrap=wrap))
    [first] = [p for p in _paragraphs(clip) if "statement" in p]
    assert shown in first and first.endswith("late on Tuesday night.")


# ---- one extraction where a second could not change the result (issue 14) --------------


def test_a_page_that_is_mostly_its_article_is_extracted_once(service, tmp_path, monkeypatch):
    import trafilatura

    calls = []
    real = trafilatura.extract
    monkeypatch.setattr(trafilatura, "extract",
                        lambda *a, **k: calls.append(k.get("favor_precision")) or real(*a, **k))
    clip = _import(service, tmp_path, _page("Committee reviews spending", FILLER * 3,
                                            wrap=GUARDIAN_LIKE))
    assert len(_paragraphs(clip)) == len(FILLER) * 3
    # Precision kept nearly all the page's text: the balanced mode could not win.
    assert calls == [True]

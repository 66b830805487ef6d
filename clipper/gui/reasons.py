"""Import outcomes in the user's language: why an item failed, was a duplicate, or
came in with warnings.

The importers word their reasons in English for the CLI and the logs ("HTTP 404 (page
not found)", "photo 2 (a.jpg): image is 30 MB, over the limit"). Each pattern here
matches one of them and gives its translation, with the variable parts (names, sizes,
server messages) carried over; a part marked nested is itself a reason and translated
in turn. A message matching no pattern whole is split at "; " (warnings are joined so)
and each part translated; what still matches nothing is shown as it is.
tests/test_gui_reasons.py reads every reason the importers can give from their source
and fails when one has no pattern here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    template: Callable[[], str]  # translated at use: the language can change
    nested: tuple[int, ...] = ()  # groups that are reasons themselves


def _rule(pattern: str, template: Callable[[], str], *nested: int) -> Rule:
    return Rule(re.compile(pattern, re.DOTALL), template, nested)


# Each template is a literal `translate("ImportReason", ...)` so that lupdate finds it.
translate = QCoreApplication.translate
RULES: list[Rule] = [
    # files and folders
    _rule(r"no such file or folder",
          lambda: translate("ImportReason", "no such file or folder")),
    _rule(r"nothing to import in this folder \(no (.+) files\)",
          lambda: translate("ImportReason", "nothing to import in this folder (no %1 files)")),
    _rule(r"not a regular file", lambda: translate("ImportReason", "not a regular file")),
    _rule(r"file is (\S+) MB, over the (\S+) MB limit for a single article",
          lambda: translate("ImportReason",
                            "file is %1 MB, over the %2 MB limit for a single article")),
    _rule(r"empty file", lambda: translate("ImportReason", "empty file")),
    _rule(r"cannot read file: (.+)", lambda: translate("ImportReason", "cannot read file: %1")),
    _rule(r"unsupported file type \(no extension\)",
          lambda: translate("ImportReason", "unsupported file type (no extension)")),
    _rule(r"unsupported file type (.+)",
          lambda: translate("ImportReason", "unsupported file type %1")),
    _rule(r"too large to process", lambda: translate("ImportReason", "too large to process")),
    _rule(r"structure nested too deeply to read",
          lambda: translate("ImportReason", "structure nested too deeply to read")),
    # text and pages
    _rule(r"empty: no text in it", lambda: translate("ImportReason", "empty: no text in it")),
    _rule(r"no article found: the text has no paragraphs of prose",
          lambda: translate("ImportReason",
                            "no article found: the text has no paragraphs of prose")),
    _rule(r"no article found: nothing left after removing page furniture",
          lambda: translate("ImportReason",
                            "no article found: nothing left after removing page furniture")),
    _rule(r"no article found: the page has no article text",
          lambda: translate("ImportReason", "no article found: the page has no article text")),
    _rule(r"no article found(.*)", lambda: translate("ImportReason", "no article found%1")),
    _rule(r"empty page", lambda: translate("ImportReason", "empty page")),
    _rule(r"not readable as HTML \((.+)\)",
          lambda: translate("ImportReason", "not readable as HTML (%1)")),
    _rule(r"could not read this page \((.+)\)",
          lambda: translate("ImportReason", "could not read this page (%1)")),
    _rule(r"page is cut off \(it never closes </body> or </html>\); save or download it again",
          lambda: translate("ImportReason", "page is cut off (it never closes </body> or "
                                            "</html>); save or download it again")),
    _rule(r"text has a (\S+) mark but is not valid (\S+)",
          lambda: translate("ImportReason", "text has a %1 mark but is not valid %2")),
    _rule(r"binary file, not text", lambda: translate("ImportReason", "binary file, not text")),
    _rule(r"text not valid UTF-8 in (\d+) place\(s\), shown as \ufffd",
          lambda: translate("ImportReason", "text not valid UTF-8 in %1 place(s), shown as \ufffd")),
    _rule(r"not valid text in any encoding tried \((.+)\)",
          lambda: translate("ImportReason", "not valid text in any encoding tried (%1)")),
    # MHTML archives
    _rule(r"not a readable MHTML archive \((.+)\)",
          lambda: translate("ImportReason", "not a readable MHTML archive (%1)")),
    _rule(r"not an MHTML archive \(no MIME parts\)",
          lambda: translate("ImportReason", "not an MHTML archive (no MIME parts)")),
    _rule(r"no HTML page inside this MHTML archive",
          lambda: translate("ImportReason", "no HTML page inside this MHTML archive")),
    _rule(r"the MHTML archive's page part is empty",
          lambda: translate("ImportReason", "the MHTML archive's page part is empty")),
    # addresses and downloads
    _rule(r"only http and https addresses can be imported, not (.+)",
          lambda: translate("ImportReason",
                            "only http and https addresses can be imported, not %1")),
    _rule(r"the address has no host name",
          lambda: translate("ImportReason", "the address has no host name")),
    _rule(r"not a web page but (.+)", lambda: translate("ImportReason", "not a web page but %1")),
    _rule(r"not an image but (.+)", lambda: translate("ImportReason", "not an image but %1")),
    _rule(r"redirect loop: the redirects lead back to (.+)",
          lambda: translate("ImportReason", "redirect loop: the redirects lead back to %1")),
    _rule(r"HTTP (\d+) redirect without a Location",
          lambda: translate("ImportReason", "HTTP %1 redirect without a Location")),
    _rule(r"too many redirects \(more than (\d+)\)",
          lambda: translate("ImportReason", "too many redirects (more than %1)")),
    _rule(r"HTTP (\d+) \((.+)\)", lambda: translate("ImportReason", "HTTP %1 (%2)"), 2),
    _rule(r"page not found", lambda: translate("ImportReason", "page not found")),
    _rule(r"page removed", lambda: translate("ImportReason", "page removed")),
    _rule(r"login required", lambda: translate("ImportReason", "login required")),
    _rule(r"access refused", lambda: translate("ImportReason", "access refused")),
    _rule(r"too many requests; try again later",
          lambda: translate("ImportReason", "too many requests; try again later")),
    _rule(r"server error; try again later",
          lambda: translate("ImportReason", "server error; try again later")),
    _rule(r"cannot find the server (.+) \(no such host, or offline\)",
          lambda: translate("ImportReason",
                            "cannot find the server %1 (no such host, or offline)")),
    _rule(r"cannot reach (.+): connection refused",
          lambda: translate("ImportReason", "cannot reach %1: connection refused")),
    _rule(r"no answer from (.+) \(timed out\)",
          lambda: translate("ImportReason", "no answer from %1 (timed out)")),
    _rule(r"no answer from (.+) within (\S+) s",
          lambda: translate("ImportReason", "no answer from %1 within %2 s")),
    _rule(r"secure connection to (.+) failed \((.+)\)",
          lambda: translate("ImportReason", "secure connection to %1 failed (%2)")),
    _rule(r"cannot reach ([^:]+): (.+)", lambda: translate("ImportReason", "cannot reach %1: %2")),
    _rule(r"cannot fetch ([^:]+): (.+)", lambda: translate("ImportReason", "cannot fetch %1: %2")),
    _rule(r"response is (.*?)over the (\S+) MB limit for a single article",
          lambda: translate("ImportReason",
                            "response is %1over the %2 MB limit for a single article"), 1),
    _rule(r"(\S+) MB, ", lambda: translate("ImportReason", "%1 MB, ")),
    _rule(r"timed out after (\S+) s fetching (.+)",
          lambda: translate("ImportReason", "timed out after %1 s fetching %2")),
    _rule(r"download too slow: gave up after (\S+) s",
          lambda: translate("ImportReason", "download too slow: gave up after %1 s")),
    _rule(r"the server stopped answering \(no data for (\S+) s\)",
          lambda: translate("ImportReason", "the server stopped answering (no data for %1 s)")),
    _rule(r"the server sent broken compressed data \((.+)\)",
          lambda: translate("ImportReason", "the server sent broken compressed data (%1)")),
    _rule(r"connection broke off while downloading \((.+)\)",
          lambda: translate("ImportReason", "connection broke off while downloading (%1)")),
    # photos
    _rule(r"not downloaded: the page's photos took too long",
          lambda: translate("ImportReason", "not downloaded: the page's photos took too long")),
    _rule(r"photo (\d+) \((.*?)\): (.+)", lambda: translate("ImportReason", "photo %1 (%2): %3"),
          3),
    _rule(r"photo (\d+): (.+)", lambda: translate("ImportReason", "photo %1: %2"), 2),
    _rule(r"embedded photo is over the size limit",
          lambda: translate("ImportReason", "embedded photo is over the size limit")),
    _rule(r"embedded photo is not readable \((.+)\)",
          lambda: translate("ImportReason", "embedded photo is not readable (%1)")),
    _rule(r"photo file is (\S+) MB, over the limit",
          lambda: translate("ImportReason", "photo file is %1 MB, over the limit")),
    _rule(r"image is (\S+) MB, over the limit",
          lambda: translate("ImportReason", "image is %1 MB, over the limit")),
    _rule(r"image too large to decode safely \((.+)\)",
          lambda: translate("ImportReason", "image too large to decode safely (%1)")),
    _rule(r"not a readable image \((.+)\)",
          lambda: translate("ImportReason", "not a readable image (%1)")),
    _rule(r"unsupported image format (.+)",
          lambda: translate("ImportReason", "unsupported image format %1")),
    _rule(r"photos (\d+) to (\d+) stored without their images \(over (\d+) photos per "
          r"clipping\), from (.+)",
          lambda: translate("ImportReason", "photos %1 to %2 stored without their images "
                                            "(over %3 photos per clipping), from %4")),
    _rule(r"path (.+) escapes the library folder",
          lambda: translate("ImportReason", "path %1 escapes the library folder")),
    # duplicates
    _rule(r"duplicate of clipping (\d+) \((.+)\)",
          lambda: translate("ImportReason", "duplicate of clipping %1 (%2)"), 2),
    _rule(r"same URL", lambda: translate("ImportReason", "same URL")),
    _rule(r"same text", lambda: translate("ImportReason", "same text")),
    # bundles
    _rule(r"(.+); tags, themes and highlights merged into it",
          lambda: translate("ImportReason", "%1; tags, themes and highlights merged into it"), 1),
    _rule(r"not a readable ZIP file \((.+)\)",
          lambda: translate("ImportReason", "not a readable ZIP file (%1)")),
    _rule(r"bad clipping record: (.+)",
          lambda: translate("ImportReason", "bad clipping record: %1")),
    _rule(r"bad theme record: (.+)", lambda: translate("ImportReason", "bad theme record: %1")),
    _rule(r"address dropped: only http and https addresses are kept \((.+)\)",
          lambda: translate("ImportReason",
                            "address dropped: only http and https addresses are kept (%1)")),
    _rule(r"(\S+) is nested too deeply to read",
          lambda: translate("ImportReason", "%1 is nested too deeply to read")),
    _rule(r"(\S+) is damaged in the bundle \((.+)\)",
          lambda: translate("ImportReason", "%1 is damaged in the bundle (%2)")),
    _rule(r"clipping (\d+) no longer exists; left out",
          lambda: translate("ImportReason", "clipping %1 no longer exists; left out")),
    _rule(r"cannot read ([^:]+): (.+)", lambda: translate("ImportReason", "cannot read %1: %2")),
    _rule(r"original not restored: (.+)",
          lambda: translate("ImportReason", "original not restored: %1")),
    _rule(r"(\d+) files in the ZIP, more than a bundle holds",
          lambda: translate("ImportReason", "%1 files in the ZIP, more than a bundle holds")),
    _rule(r"not a Clipper bundle \(no (.+) inside\)",
          lambda: translate("ImportReason", "not a Clipper bundle (no %1 inside)")),
    _rule(r"not a Clipper bundle", lambda: translate("ImportReason", "not a Clipper bundle")),
    _rule(r"the bundle's (.+) is too large",
          lambda: translate("ImportReason", "the bundle's %1 is too large")),
    _rule(r"(\S+) is not valid JSON \((.+)\)",
          lambda: translate("ImportReason", "%1 is not valid JSON (%2)")),
    _rule(r"bundle version (.+) is newer than this Clipper reads \((.+)\)",
          lambda: translate("ImportReason",
                            "bundle version %1 is newer than this Clipper reads (%2)")),
    _rule(r"the bundle lists no clippings",
          lambda: translate("ImportReason", "the bundle lists no clippings")),
    # watched feeds (issue 17)
    _rule(r"the feed is empty", lambda: translate("ImportReason", "the feed is empty")),
    _rule(r"not a feed but a web page \(HTML\); look on the site for its RSS or Atom address",
          lambda: translate("ImportReason", "not a feed but a web page (HTML); look on the "
                            "site for its RSS or Atom address")),
    _rule(r"not an RSS or Atom feed \((.+)\)",
          lambda: translate("ImportReason", "not an RSS or Atom feed (%1)")),
    _rule(r"not an RSS or Atom feed", lambda: translate("ImportReason", "not an RSS or Atom feed")),
    _rule(r"not an OPML file \((.+)\)",
          lambda: translate("ImportReason", "not an OPML file (%1)")),
    _rule(r"not modified since the last check \((.+)\)",
          lambda: translate("ImportReason", "not modified since the last check (%1)")),
    _rule(r"the filter cannot be read \((.+)\); every entry was kept",
          lambda: translate("ImportReason", "the filter cannot be read (%1); every entry "
                            "was kept")),
    _rule(r"does not match the filter (.+)",
          lambda: translate("ImportReason", "does not match the filter %1")),
    _rule(r"older than the feed's first check; not fetched",
          lambda: translate("ImportReason", "older than the feed's first check; not fetched")),
    # the morning desk (issue 15): refusals shown when an edit cannot be made
    _rule(r"alias '(.+)' already names outlet '(.+)'; an alias can name one outlet only",
          lambda: translate("ImportReason", "alias '%1' already names outlet '%2'; an alias "
                                            "can name one outlet only")),
    _rule(r"'(.+)' already names outlet '(.+)'; merge the two instead",
          lambda: translate("ImportReason",
                            "'%1' already names outlet '%2'; merge the two instead")),
    _rule(r"domain '(.+)' belongs to outlet '(.+)'",
          lambda: translate("ImportReason", "domain '%1' belongs to outlet '%2'")),
    _rule(r"tone suggestions need at least (\d+) labelled clippings in each of two tones or "
          r"more \(labelled now: (.+)\)",
          lambda: translate("ImportReason", "tone suggestions need at least %1 labelled "
                                            "clippings in each of two tones or more "
                                            "(labelled now: %2)")),
    _rule(r"not a page: (.+) \(e\.g\. 1, A3, 경제 2\)",
          lambda: translate("ImportReason", "not a page: %1 (e.g. 1, A3, 경제 2)")),
    _rule(r"an outlet's weight is a whole number, not (.+)",
          lambda: translate("ImportReason", "an outlet's weight is a whole number, not %1")),
    _rule(r"not a web domain: (.+) \(e\.g\. chosun\.com\)",
          lambda: translate("ImportReason", "not a web domain: %1 (e.g. chosun.com)")),
    # press releases (issue 18): why a release file did not come in
    _rule(r"a \.hwp file \(the old Hangul format\): save it as HWPX, Word or PDF in Hangul "
          r"and import that",
          lambda: translate("ImportReason", "a .hwp file (the old Hangul format): save it as "
                                            "HWPX, Word or PDF in Hangul and import that")),
    _rule(r"cannot read the file \((.+)\)",
          lambda: translate("ImportReason", "cannot read the file (%1)")),
    _rule(r"file too big for a release",
          lambda: translate("ImportReason", "file too big for a release")),
    _rule(r"file too big for a release \((\d+) MB; the limit is (\d+) MB\)",
          lambda: translate("ImportReason",
                            "file too big for a release (%1 MB; the limit is %2 MB)")),
    _rule(r"no release text found \(only a title or a head\)",
          lambda: translate("ImportReason", "no release text found (only a title or a head)")),
    _rule(r"not a readable HWPX file \((.+)\)",
          lambda: translate("ImportReason", "not a readable HWPX file (%1)")),
    _rule(r"not a readable PDF \((.+)\)",
          lambda: translate("ImportReason", "not a readable PDF (%1)")),
    _rule(r"not a readable Word file \((.+)\)",
          lambda: translate("ImportReason", "not a readable Word file (%1)")),
    _rule(r"not a release file \((.+)\): Clipper reads releases as \.txt, \.docx, \.hwpx "
          r"and \.pdf",
          lambda: translate("ImportReason", "not a release file (%1): Clipper reads releases "
                                            "as .txt, .docx, .hwpx and .pdf")),
    _rule(r"same text as release (\d+)",
          lambda: translate("ImportReason", "same text as release %1")),
    _rule(r"text too long for one release \(([\d,]+) characters; the limit is ([\d,]+)\)",
          lambda: translate("ImportReason",
                            "text too long for one release (%1 characters; the limit is %2)")),
    _rule(r"the PDF has no text layer \(a scanned page\): it needs OCR first; save the "
          r"release as text, Word or HWPX instead",
          lambda: translate("ImportReason", "the PDF has no text layer (a scanned page): it "
                                            "needs OCR first; save the release as text, Word "
                                            "or HWPX instead")),
    _rule(r"could not be read as a release \((.+)\)",
          lambda: translate("ImportReason", "could not be read as a release (%1)")),
    _rule(r"not a file", lambda: translate("ImportReason", "not a file")),
    _rule(r"no such file", lambda: translate("ImportReason", "no such file")),
    # print pages and scans (issue 16): importing, reading and cutting them
    _rule(r"(\d+) pages? to cut", lambda: translate("ImportReason", "%1 page(s) to cut")),
    _rule(r"(\d+) pages? to cut \((\d+) to read by OCR\)",
          lambda: translate("ImportReason", "%1 page(s) to cut (%2 to read by OCR)")),
    _rule(r"(\d+) clipping\(s\) made of whole pages",
          lambda: translate("ImportReason", "%1 clipping(s) made of whole pages")),
    _rule(r"(\d+) clipping\(s\) made of whole pages \((.+)\)",
          lambda: translate("ImportReason", "%1 clipping(s) made of whole pages (%2)"), 2),
    _rule(r"already imported \(pages (.+)\)",
          lambda: translate("ImportReason", "already imported (pages %1)")),
    _rule(r"cancelled: nothing stored", lambda: translate("ImportReason",
                                                          "cancelled: nothing stored")),
    _rule(r"cancelled", lambda: translate("ImportReason", "cancelled")),
    _rule(r"file is (\d+) MB, over the (\d+) MB limit",
          lambda: translate("ImportReason", "file is %1 MB, over the %2 MB limit")),
    _rule(r"no text found in the image: nothing stored \(import it with `--pages` to keep "
          r"it as a page\)",
          lambda: translate("ImportReason", "no text found in the image: nothing stored "
                            "(import it with `--pages` to keep it as a page)")),
    _rule(r"no text found", lambda: translate("ImportReason", "no text found")),
    _rule(r"the PDF has (\d+) pages, over the limit of (\d+) pages per file; split it "
          r"\(for example with `qpdf --split-pages`\)",
          lambda: translate("ImportReason", "the PDF has %1 pages, over the limit of %2 "
                            "pages per file; split it (for example with `qpdf "
                            "--split-pages`)")),
    _rule(r"the PDF is encrypted \(password-protected\); save a copy without the password "
          r"and import that",
          lambda: translate("ImportReason", "the PDF is encrypted (password-protected); save "
                            "a copy without the password and import that")),
    _rule(r"the PDF uses an unsupported security handler",
          lambda: translate("ImportReason", "the PDF uses an unsupported security handler")),
    _rule(r"not a readable PDF \(damaged or not a PDF\)",
          lambda: translate("ImportReason", "not a readable PDF (damaged or not a PDF)")),
    _rule(r"the PDF has no pages", lambda: translate("ImportReason", "the PDF has no pages")),
    _rule(r"page (\d+) cannot be drawn \((.+)\)",
          lambda: translate("ImportReason", "page %1 cannot be drawn (%2)")),
    _rule(r"the image has (\d+) pages, over the limit of (\d+)",
          lambda: translate("ImportReason", "the image has %1 pages, over the limit of %2")),
    _rule(r"the image is (\d+) × (\d+) pixels \(([\d.]+) megapixels\), over the limit of "
          r"([\d.]+) megapixels for a page; scan at 300 dpi or less",
          lambda: translate("ImportReason", "the image is %1 × %2 pixels (%3 megapixels), "
                            "over the limit of %4 megapixels for a page; scan at 300 dpi or "
                            "less")),
    _rule(r"the image is damaged \((.+)\)",
          lambda: translate("ImportReason", "the image is damaged (%1)")),
    _rule(r"the image is empty \(0 pixels\)",
          lambda: translate("ImportReason", "the image is empty (0 pixels)")),
    _rule(r"the image is too large to open safely \((.+)\); scan at 300 dpi or less",
          lambda: translate("ImportReason", "the image is too large to open safely (%1); "
                            "scan at 300 dpi or less")),
    _rule(r"the image is too large to open safely \((\d+) megapixels\), over the limit of "
          r"(\d+) megapixels for a page; scan at 300 dpi or less",
          lambda: translate("ImportReason", "the image is too large to open safely (%1 "
                            "megapixels), over the limit of %2 megapixels for a page; scan at "
                            "300 dpi or less")),
    _rule(r"the image is too large to open safely(.*), over the limit of "
          r"(\d+) megapixels for a page; scan at 300 dpi or less",
          lambda: translate("ImportReason", "the image is too large to open safely%1, over "
                            "the limit of %2 megapixels for a page; scan at 300 dpi or less")),
    _rule(r"the image is too large to open safely \((.+)\)",
          lambda: translate("ImportReason", "the image is too large to open safely (%1)")),
    _rule(r"OCR took over (\d+) s and was stopped",
          lambda: translate("ImportReason", "OCR took over %1 s and was stopped")),
    _rule(r"Tesseract could not read the page \((.+)\)",
          lambda: translate("ImportReason", "Tesseract could not read the page (%1)")),
    _rule(r"Tesseract is not installed: install the Debian packages (.+) \(make setup does\)",
          lambda: translate("ImportReason", "Tesseract is not installed: install the Debian "
                            "packages %1 (make setup does)")),
    _rule(r"the page is too large to read",
          lambda: translate("ImportReason", "the page is too large to read")),
    _rule(r"the page image cannot be read \((.+)\)",
          lambda: translate("ImportReason", "the page image cannot be read (%1)")),
    _rule(r"a page image vanished while storing; try again",
          lambda: translate("ImportReason", "a page image vanished while storing; try again")),
    _rule(r"a cut image vanished while storing; try again",
          lambda: translate("ImportReason", "a cut image vanished while storing; try again")),
    _rule(r"no rectangle to cut", lambda: translate("ImportReason", "no rectangle to cut")),
    _rule(r"no text found inside the rectangle\(s\): nothing cut",
          lambda: translate("ImportReason",
                            "no text found inside the rectangle(s): nothing cut")),
    _rule(r"page (\d+) of (.+) has not been read yet \(OCR pending\): run `clipper page "
          r"ocr` \(or wait for the app to finish\) first",
          lambda: translate("ImportReason", "page %1 of %2 has not been read yet: wait for "
                            "the text recognition (Recognise text) first")),
    _rule(r"(.+) has not been read yet \(OCR pending\): run `clipper page ocr` \(or wait "
          r"for the app to finish\) first",
          lambda: translate("ImportReason", "%1 has not been read yet: wait for the text "
                            "recognition (Recognise text) first")),
    _rule(r"page (\d+) of (.+): the page image cannot be read \((.+)\); run `clipper "
          r"check`",
          lambda: translate("ImportReason", "page %1 of %2: the page image cannot be read "
                            "(%3); run `clipper check`")),
    _rule(r"(.+): the page image cannot be read \((.+)\); run `clipper check`",
          lambda: translate("ImportReason",
                            "%1: the page image cannot be read (%2); run `clipper check`")),
    _rule(r"a rectangle is four whole numbers x0,y0,x1,y1 \((.+)\)",
          lambda: translate("ImportReason",
                            "a rectangle is four whole numbers x0,y0,x1,y1 (%1)")),
    _rule(r"the rectangle (.+) is empty or outside page (\d+) of (.+) \((\d+) × (\d+) "
          r"pixels\)",
          lambda: translate("ImportReason", "the rectangle %1 is empty or outside page %2 of "
                            "%3 (%4 × %5 pixels)")),
    _rule(r"the rectangle (.+) is empty or outside (.+) \((\d+) × (\d+) pixels\)",
          lambda: translate("ImportReason",
                            "the rectangle %1 is empty or outside %2 (%3 × %4 pixels)")),
    _rule(r"cannot set (.+) on a cut", lambda: translate("ImportReason",
                                                         "cannot set %1 on a cut")),
    _rule(r"not a date: (.+) \(use YYYY-MM-DD\)",
          lambda: translate("ImportReason", "not a date: %1 (use YYYY-MM-DD)")),
    _rule(r"no page with id (.+); nothing deleted",
          lambda: translate("ImportReason", "no page with id %1; nothing deleted")),
    _rule(r"no page with id (.+)", lambda: translate("ImportReason", "no page with id %1")),
    _rule(r"clipping (\d+) has no cut (\d+)",
          lambda: translate("ImportReason", "clipping %1 has no cut %2")),
    _rule(r"(.+): its image file is missing from the library \((.+)\); run `clipper check`",
          lambda: translate("ImportReason", "%1: its image file is missing from the library "
                            "(%2); run `clipper check`")),
    # A page's own message: "page 3 of 조선일보.pdf: no text found" (the reason nested).
    _rule(r"page (\d+) of ([^:]+): (.+)",
          lambda: translate("ImportReason", "page %1 of %2: %3"), 3),
]


def match(reason: str) -> Rule | None:
    """The rule for the whole of `reason`, if any."""
    return next((rule for rule in RULES if rule.pattern.fullmatch(reason)), None)


def translate_reason(reason: str, depth: int = 0) -> str:
    """`reason` in the UI's language (as it is where no pattern knows it)."""
    if depth == 0:
        reason = reason.strip()
    if not reason or depth > 6:
        return reason
    rule = match(reason)
    if rule is not None:
        found = rule.pattern.fullmatch(reason)
        values = {n: found.group(n) or "" for n in range(1, len(found.groups()) + 1)}
        for n in rule.nested:
            values[n] = translate_reason(values[n], depth + 1)
        # One pass: a server's message carrying "%2" is not replaced again.
        return re.sub(r"%(\d+)", lambda m: values.get(int(m.group(1)), m.group(0)),
                      rule.template())
    if "; " in reason:
        return "; ".join(translate_reason(part, depth + 1) for part in reason.split("; "))
    return reason

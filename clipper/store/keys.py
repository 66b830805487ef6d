"""Duplicate keys: the same article arriving twice must map to the same key."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit

# Query parameters that track the visitor, not the article.
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|ref|ref_src|cmpid|ocid|from|sns|share)$", re.I)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def url_key(url: str | None) -> str | None:
    """A URL reduced to what identifies the article: no scheme, www, fragment or tracking."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.").removeprefix("m.")
    path = parts.path.rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    query.sort()
    key = host + path
    if query:
        key += "?" + urlencode(query)
    return key


def normalise_text(text: str) -> str:
    """Case, width, punctuation and spacing removed: what stays is the words."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", text).strip()


def body_key(body_text: str) -> str:
    return hashlib.sha256(normalise_text(body_text).encode("utf-8")).hexdigest()

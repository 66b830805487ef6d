"""Every address an `<img>` gives for its photo, and matching them to stored copies.

A browser's "Save Page, Complete" rewrites `src` to the copy in the page's `_files`
folder but leaves the lazy-loading address (`data-src` on Naver, `data-org-src` on Daum),
`srcset` and `<noscript>` twins pointing at the web; an MHTML archive stores each photo
under the address the browser loaded, often an image proxy wrapping the original
(`https://img2.daumcdn.net/thumb/R658x0.q70/?fname=https://t1.daumcdn.net/...jpg`,
`/_next/image?url=...&w=1080`) while the markup names another size or the original.
So a photo keeps all its addresses, and a stored copy matches any of them, or the
original a proxy address wraps.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

import lxml.html

# Attributes that hold an image address (or a srcset) besides `src`.
_ADDRESS_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url",
                  "data-original-src", "data-org-src", "data-hi-res-src", "data-full-src",
                  "data-srcset", "data-lazy-srcset", "srcset")
# Query parameters in which image proxies carry the original's address.
_PROXY_PARAMS = frozenset("fname src url u image img imgurl image_url imageurl file source "
                          "path origin original".split())
_EMBEDDED_URL = re.compile(r"/(https?:/{1,2}[^?#]+)", re.I)
_IMAGE_PATH = re.compile(r"\.(jpe?g|png|gif|webp|avif|bmp)$", re.I)
_UNUSABLE = ("javascript:", "about:", "{", "blob:")
MAX_UNWRAP = 3  # proxies inside proxies, no further


def addresses(img: lxml.html.HtmlElement) -> list[str]:
    """The image's addresses as the page writes them, `src` first, without duplicates.

    `src` comes first because a saved page's `src` is the local copy; a lazy page's
    placeholder `src` is no photo, and loading it shows that (`is_placeholder`).
    """
    found: list[str] = []
    src = (img.get("src") or "").strip()
    if src:
        found.append(src)
    for attr in _ADDRESS_ATTRS:
        value = (img.get(attr) or "").strip()
        if value:
            found += srcset_entries(value) if "srcset" in attr else [value]
    for attr, value in img.attrib.items():
        if attr.startswith("data-") and "src" in attr and attr not in _ADDRESS_ATTRS and value:
            found += srcset_entries(value)
    parent = img.getparent()
    if parent is not None and parent.tag == "picture":
        for source in parent.iter("source"):
            found += srcset_entries(source.get("srcset") or "")
    return [a for a in dict.fromkeys(found) if a and not a.startswith(_UNUSABLE)]


def srcset_entries(value: str) -> list[str]:
    """The addresses of a srcset ("a.jpg 480w, b.jpg 960w"), or a single address."""
    out = []
    for part in re.split(r",\s+|,(?=\S+\s+\d+[wx])", value.strip()):
        address = part.strip().split(" ")[0].strip()
        if address:
            out.append(address)
    return out


def resolve(address: str, base: str) -> str:
    if not base or address.startswith("data:"):
        return address
    try:
        return urljoin(base, address)
    except ValueError:
        return address


def original_address(address: str) -> str | None:
    """The original photo's address an image-proxy address wraps, or None."""
    current, found = address, None
    for _ in range(MAX_UNWRAP):
        inner = _unwrap_once(current)
        if not inner or inner == current:
            break
        current = found = inner
    return found


def _unwrap_once(address: str) -> str | None:
    try:
        parts = urlsplit(address)
    except ValueError:
        return None
    for key, value in parse_qsl(parts.query, keep_blank_values=False):
        value = value.strip()
        if key.lower() in _PROXY_PARAMS and value.lower().startswith(("http://", "https://",
                                                                      "//", "/")):
            return resolve(value, address)
    embedded = _EMBEDDED_URL.search(unquote(parts.path))
    if embedded:
        return re.sub(r"^(https?:)/+", r"\1//", embedded.group(1), flags=re.I)
    return None


def exact_keys(address: str) -> list[str]:
    """The spellings under which a stored copy of exactly this address may be filed."""
    keys = [address, unquote(address), address.split("#")[0]]
    if address.startswith("//"):
        keys += ["https:" + address, "http:" + address]
    return list(dict.fromkeys(keys))


def loose_key(address: str) -> str | None:
    """What identifies the photo whatever its size or proxy: the original's host and
    file path (Naver's `?type=w860` and `?type=w647` are one photo).

    Only for addresses whose path names an image file: a path like `/image.php?id=3`
    needs its query to say which photo it is.
    """
    address = original_address(address) or address
    try:
        parts = urlsplit(unquote(address))
    except ValueError:
        return None
    if not parts.netloc or not _IMAGE_PATH.search(parts.path):
        return None
    return f"{parts.netloc.lower()}{parts.path}"


class ResourceIndex:
    """An archive's stored parts, found by exact address, then by the original photo."""

    def __init__(self, resources: dict[str, bytes]) -> None:
        self._exact: dict[str, bytes] = {}
        self._loose: dict[str, bytes] = {}
        for location, data in resources.items():
            for key in exact_keys(location):
                self._exact.setdefault(key, data)
            loose = loose_key(location)
            if loose:
                self._loose.setdefault(loose, data)

    def find(self, candidates: list[str]) -> bytes | None:
        """The part stored under any candidate address; exact matches first."""
        for address in candidates:
            for key in exact_keys(address):
                if key in self._exact:
                    return self._exact[key]
        for address in candidates:
            loose = loose_key(address)
            if loose and loose in self._loose:
                return self._loose[loose]
        return None


def is_local_path(address: str) -> bool:
    """A path relative to the saved page (`./page_files/x.jpg`), not a web address."""
    try:
        parts = urlsplit(address)
    except ValueError:
        return False
    return not parts.scheme and not parts.netloc and bool(parts.path) and \
        not parts.path.startswith("/")

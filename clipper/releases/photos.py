"""The office's photos in clippings: by credit and by perceptual hash.

Credits: the office configures the credits its photos run under (`경기도 제공`,
`ⓒ경기도`, `Gyeonggi Province`); a clipping photo whose credit or caption contains one,
compared without spaces, brackets, punctuation or case (`(사진=경기도 제공)`, `ⓒ 경기도`,
`GYEONGGI PROVINCE VIA AP`), is the office's. A credit must end where a word ends:
`ⓒ경기도` does not claim `ⓒ경기도의회`.

Images: imagehash's pHash (the DCT of a 32x32 greyscale, 64 bits) of each release
photo is stored with it; a clipping photo within THRESHOLD bits of one is that photo.
In tests/test_release_photos.py copies re-encoded at quality 40, halved, doubled or
brightened measure 0-4 bits, cropped by 2% on each side up to 8; different pictures 26
and more; so 10 leaves room on both sides. (A heavy crop, a mirrored or a retouched
photo is missed: the credit still counts it when the outlet keeps the office's credit.)
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable, Sequence

THRESHOLD = 10
_DROP = re.compile(r"[\s()\[\]{}<>【】〈〉《》「」『』\"'“”‘’=:：,./·|_\-]+")
_HANGUL = re.compile(r"[가-힣]")
_ENDINGS = ("제공", "청", "사진")  # words that may follow a credit's last word


def normalise_credit(text: str) -> str:
    return "".join(ch for ch, _end in _folded(text))


def _folded(text: str) -> list[tuple[str, bool]]:
    """The text's characters as compared (NFKC, case folded; spaces, brackets and
    punctuation dropped; ⓒ/©/(c) one mark), each with whether a word ended after it."""
    text = re.sub(r"\([cC]\)", "©", text.replace("ⓒ", "©").replace("Ⓒ", "©"))
    out: list[tuple[str, bool]] = []
    for ch in unicodedata.normalize("NFKC", text.replace("©", "\x00")).casefold():
        if _DROP.fullmatch(ch):
            if out:
                out[-1] = (out[-1][0], True)
            continue
        out.append(("©" if ch == "\x00" else ch, False))
    return out


def credit_in(credits: Sequence[str], *texts: str) -> bool:
    """Whether any configured credit appears in the texts (a photo's credit, caption)."""
    folded: list[tuple[str, bool]] = []
    for text in texts:
        part = _folded(text or "")
        if part:  # a credit and a caption are separate words
            part[-1] = (part[-1][0], True)
            folded += part
    haystack = "".join(ch for ch, _end in folded)
    if not haystack:
        return False
    for credit in credits:
        needle = normalise_credit(credit)
        if not needle:
            continue
        start = haystack.find(needle)
        while start >= 0:
            end = start + len(needle)
            after = haystack[end:]
            if (not after or folded[end - 1][1] or not _HANGUL.match(after)
                    or after.startswith(_ENDINGS)):
                return True
            start = haystack.find(needle, start + 1)
    return False


def phash(data: bytes) -> str | None:
    """The 64-bit perceptual hash of an image as 16 hex digits; None if unreadable."""
    import imagehash
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            return str(imagehash.phash(image))
    except Exception:  # Pillow raises many types for a broken image  # noqa: BLE001
        return None


def distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


class PhotoIndex:
    """Every release photo's hash, for the nearest release photos of a clipping photo."""

    def __init__(self, hashes: Iterable[tuple[int, int, str]]):
        self._hashes = [(rid, pos, int(h, 16)) for rid, pos, h in hashes if h]

    def __bool__(self) -> bool:
        return bool(self._hashes)

    def near(self, hash_hex: str) -> dict[int, int]:
        """release id -> the smallest distance of its photos to this hash (within
        THRESHOLD)."""
        value = int(hash_hex, 16)
        found: dict[int, int] = {}
        for rid, _pos, other in self._hashes:
            d = (value ^ other).bit_count()
            if d <= THRESHOLD and d < found.get(rid, THRESHOLD + 1):
                found[rid] = d
        return found

"""The office's photos in clippings: by credit and by perceptual hash.

Credits: the office configures the credits its photos run under (`경기도 제공`,
`ⓒ경기도`, `Gyeonggi Province`); a clipping photo whose credit or caption contains one,
compared without spaces, brackets, punctuation or case (`(사진=경기도 제공)`, `ⓒ 경기도`,
`GYEONGGI PROVINCE VIA AP`), is the office's. A credit must end where a word ends:
`ⓒ경기도` does not claim `ⓒ경기도의회`.

Images: imagehash's pHash (the DCT of a 32x32 greyscale, 64 bits) of each release
photo is stored with it; a clipping photo within THRESHOLD bits of one is that photo.
Re-encoded, resized and lightly cropped copies measure 0-8 bits, different photos
(also of the same event) 20 and more (tests/test_release_photos.py), so 10 leaves room
on both sides.
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
    # ⓒ and © fold to "c" under NFKC; kept as one mark so `ⓒ경기도` matches `© 경기도`.
    text = text.replace("ⓒ", "©").replace("Ⓒ", "©").replace("(c)", "©").replace("(C)", "©")
    return _DROP.sub("", unicodedata.normalize("NFKC", text.replace("©", "\x00")).casefold()
                     ).replace("\x00", "©")


def credit_in(credits: Sequence[str], *texts: str) -> bool:
    """Whether any configured credit appears in the texts (a photo's credit, caption)."""
    haystack = normalise_credit(" ".join(t for t in texts if t))
    if not haystack:
        return False
    for credit in credits:
        needle = normalise_credit(credit)
        if not needle:
            continue
        start = haystack.find(needle)
        while start >= 0:
            after = haystack[start + len(needle):]
            if not after or not _HANGUL.match(after) or after.startswith(_ENDINGS):
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

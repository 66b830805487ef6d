"""Photo pickup (issue 18): the office's credits in captions and credits, and perceptual
hashes of the release's photos against clippings' photos."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageEnhance

from clipper.domain import ArticleDraft, Block, Changes, PhotoDraft
from clipper.releases import photos
from tests import release_files as rf

CREDITS = ["경기도 제공", "ⓒ경기도", "경기도청 제공", "Gyeonggi Province"]


@pytest.mark.parametrize("credit, caption", [
    ("경기도 제공", ""),
    ("", "김동연 지사가 현장을 둘러보고 있다. (사진=경기도 제공)"),
    ("ⓒ 경기도", ""),
    ("© 경기도", ""),
    ("[경기도청 제공]", ""),
    ("GYEONGGI PROVINCE VIA AP", ""),
    ("Gyeonggi Province via AP", ""),
    ("", "Governor Kim Dong-yeon (Gyeonggi Province via AP)"),
    ("<사진제공=경기도 제공>", ""),
])
def test_the_offices_credits_are_recognised(credit, caption):
    assert photos.credit_in(CREDITS, credit, caption)


@pytest.mark.parametrize("credit, caption", [
    ("연합뉴스", "경기도청 전경"),
    ("ⓒ경기도의회", ""),  # another body: the credit must end where a word ends
    ("경기일보 DB", "경기도 제공 자료를 토대로 재구성"[:0]),
    ("뉴스1", "경기도의회 제공"),
    ("", ""),
])
def test_other_credits_are_not(credit, caption):
    assert not photos.credit_in(CREDITS, credit, caption)


def _variants(original: Image.Image) -> dict[str, bytes]:
    w, h = original.size
    out = {
        "re-encoded q40": rf.jpeg(original, 40),
        "resized to half": rf.jpeg(original.resize((w // 2, h // 2))),
        "enlarged": rf.jpeg(original.resize((w * 2, h * 2))),
        "cropped 4%": rf.jpeg(original.crop((w // 50, h // 50, w - w // 50, h - h // 50))),
        "brighter": rf.jpeg(ImageEnhance.Brightness(original).enhance(1.15)),
    }
    png = io.BytesIO()
    original.save(png, "PNG")
    out["as PNG"] = png.getvalue()
    return out


def test_the_hash_threshold_separates_copies_from_other_photos():
    """Re-encoded, resized, lightly cropped and brightened copies measure within
    THRESHOLD; other photos (also similar synthetic scenes) measure well above it."""
    originals = [rf.photo(seed) for seed in range(1, 9)]
    hashes = [photos.phash(rf.jpeg(o)) for o in originals]
    copies = []
    for original, value in zip(originals, hashes, strict=True):
        for data in _variants(original).values():
            copies.append(photos.distance(value, photos.phash(data)))
    others = [photos.distance(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1:]]
    assert max(copies) <= photos.THRESHOLD < min(others)
    assert max(copies) <= 8 and min(others) >= 16  # room on both sides


def test_a_broken_image_has_no_hash():
    assert photos.phash(b"not an image") is None


def _clipping(service, paragraphs, published, photo_drafts, n=0, outlet="연합뉴스"):
    draft = ArticleDraft(title=f"사진 기사 {n}", outlet=outlet, published=published,
                         url=f"https://news.example/p/{n}", language="ko",
                         body=[Block("paragraph", p) for p in paragraphs], photos=photo_drafts)
    cid, warnings = service.library.add(draft)
    assert not warnings
    service._changed(Changes(clippings_added=[cid]))
    return cid


def test_photo_pickups_by_credit_by_image_and_both(service, tmp_path):
    [outcome] = service.import_releases([rf.write_docx(tmp_path / "r.docx")])
    rid = outcome.clipping_id
    day = service.release(rid).issued
    original = rf.photo(1)
    # Text pickup, the release photo resized, credited: both.
    both = _clipping(service, rf.BODY[:3], day, [
        PhotoDraft(caption="판교 창업 거점", credit="경기도 제공",
                   data=rf.jpeg(original.resize((160, 120)), 60))], n=1)
    # Text pickup, another photo credited to the office: credit.
    credit = _clipping(service, rf.BODY[1:], day, [
        PhotoDraft(caption="(사진=경기도 제공)", data=rf.jpeg(rf.photo(7)))], n=2)
    # No text pickup, the release photo cropped, the outlet's own credit: image.
    image = _clipping(service, ["판교의 한 스타트업 사무실 모습이다. 투자 심사를 앞두고 분주하다."], day,
                      [PhotoDraft(caption="판교", credit="뉴시스",
                                  data=rf.jpeg(original.crop((6, 5, 314, 235))))],
                      n=3, outlet="뉴시스")
    # Its own photo, its own credit: nothing.
    own = _clipping(service, rf.BODY[:2] + ["추가 취재 내용이다."], day, [
        PhotoDraft(caption="현장", credit="경기일보", data=rf.jpeg(rf.photo(8)))], n=4,
        outlet="경기일보")
    found = {(p.clipping_id, p.how) for p in service.photo_pickups(release_id=rid)}
    assert found == {(both, "both"), (credit, "credit"), (image, "image")}
    by_clipping = {p.clipping_id: p for p in service.photo_pickups(release_id=rid)}
    assert by_clipping[both].distance <= photos.THRESHOLD
    assert by_clipping[credit].distance is None
    assert {p.clipping_id: p.photos for p in service.pickups(rid)} == {both: 1, credit: 1, own: 0}
    [summary] = service.releases()
    assert summary.photos_used == 3 and summary.pickups == 3
    assert service.pickup_table().rows[0].photos_used == 3


def test_credits_are_set_undoably_and_photo_pickups_follow(service, tmp_path):
    [outcome] = service.import_releases([rf.write_docx(tmp_path / "r.docx")])
    rid = outcome.clipping_id
    day = service.release(rid).issued
    cid = _clipping(service, rf.BODY, day, [
        PhotoDraft(caption="도청 제공 사진", credit="경기도 대변인실", data=rf.jpeg(rf.photo(5)))])
    assert service.photo_pickups(clipping_id=cid) == []
    assert service.photo_credits() == CREDITS  # the defaults
    changes = service.set_photo_credits(["경기도 대변인실", " 경기도 제공 "])
    assert changes.releases
    assert service.photo_credits() == ["경기도 대변인실", "경기도 제공"]
    assert [(p.clipping_id, p.how) for p in service.photo_pickups(release_id=rid)] == [(cid, "credit")]
    label, _ = service.undo()
    assert label == "set photo credits (2)"
    assert service.photo_credits() == CREDITS
    assert service.photo_pickups(clipping_id=cid) == []


def test_a_release_imported_after_photo_clippings_finds_them(service, tmp_path):
    day = rf.DAY if hasattr(rf, "DAY") else None
    import datetime as dt

    day = dt.date(2026, 3, 10)
    cid = _clipping(service, ["도내 스타트업 현장을 찾은 지사의 모습."], day,
                    [PhotoDraft(caption="현장", credit="연합뉴스",
                                data=rf.jpeg(rf.photo(1).resize((400, 300)), 70))])
    [outcome] = service.import_releases([rf.write_hwpx(tmp_path / "r.hwpx")])
    [pp] = service.photo_pickups(release_id=outcome.clipping_id)
    assert (pp.clipping_id, pp.how, pp.position) == (cid, "image", 0)
    assert service.pickups(outcome.clipping_id) == []  # a photo alone is not a text pickup


def test_a_deleted_releases_photo_file_stays_for_undo(service, tmp_path):
    [outcome] = service.import_releases([rf.write_docx(tmp_path / "r.docx")])
    rid = outcome.clipping_id
    path = service.release_photo_file(rid, 0)
    assert path.is_file()
    assert service.check_leftovers().orphans == []  # the release's files are referenced
    service.delete_releases([rid])
    assert path.is_file()  # the undo journal still names it
    service.undo()
    assert service.release_photo_file(rid, 0) == path and path.is_file()

"""Photos of browser-saved pages and MHTML archives are stored with their image bytes.

Pages saved with "Save Page, Complete" keep the photo in their `_files` folder while the
markup still names the lazy-loading or original address; MHTML archives keep the photo
under the image proxy's address that wraps the original. Photos the importer has to leave
out (caps, missing files) are named in the import outcome, never dropped silently.
"""

from __future__ import annotations

import base64
import io
import shutil
from pathlib import Path

from PIL import Image

from tests.conftest import DATA

PHOTOS = DATA / "photos"


def _import(service, path: Path):
    [outcome] = service.import_paths([path])
    assert outcome.status == "imported", outcome.reason
    return outcome, service.get(outcome.clipping_id)


def _stored(service, photo) -> bytes:
    assert photo.image, f"photo {photo.src} has no image"
    return (service.root / photo.image).read_bytes()


def test_naver_save_stores_the_local_copy_of_each_lazy_photo(service):
    outcome, clip = _import(service, PHOTOS / "naver_saved.html")
    files = PHOTOS / "naver_saved_files"
    assert len(clip.photos) == 2
    names = ["NISI20240509_0001541234_web_20240509101512_20240509101520123.jpg",
             "NISI20240509_0001541235_web_20240509101513_20240509101520456.jpg"]
    for photo, name in zip(clip.photos, names, strict=True):
        assert _stored(service, photo) == (files / name).read_bytes()
        # The address kept is the photo's own on the web, not the saved copy's.
        assert photo.src.startswith("https://imgnews.pstatic.net/image/003/2024/05/09/")
    assert outcome.reason == ""
    assert clip.outlet == "뉴시스"


def test_daum_save_stores_the_local_copy_behind_data_org_src(service):
    _, clip = _import(service, PHOTOS / "daum_saved.html")
    files = PHOTOS / "daum_saved_files"
    assert [p.src for p in clip.photos] == [
        "https://t1.daumcdn.net/news/202405/09/yonhap/20240509143012345abcd.jpg",
        "https://t1.daumcdn.net/news/202405/09/yonhap/20240509143012346efgh.jpg"]
    assert _stored(service, clip.photos[0]) == (files / "20240509143012345abcd.jpg").read_bytes()
    assert _stored(service, clip.photos[1]) == (files / "20240509143012346efgh.jpg").read_bytes()


def test_noscript_copy_srcset_and_placeholder_in_a_wordpress_save(service):
    """The local copy may be in a <noscript> twin or a srcset entry; a saved 1x1
    placeholder is not the photo."""
    outcome, clip = _import(service, PHOTOS / "jeju_weekly_saved.html")
    files = PHOTOS / "jeju_weekly_saved_files"
    assert len(clip.photos) == 3
    expected = ["ferry-terminal-1024x683.jpg", "udo-pier-768x512.jpg", "udo-market-800x533.jpg"]
    for photo, name in zip(clip.photos, expected, strict=True):
        assert _stored(service, photo) == (files / name).read_bytes(), name
    assert outcome.reason == ""


def test_saved_page_never_reads_outside_its_folder(service, tmp_path):
    page_dir = tmp_path / "saved"
    shutil.copytree(PHOTOS / "naver_saved_files", page_dir / "naver_saved_files")
    secret = tmp_path / "secret.jpg"
    secret.write_bytes((PHOTOS / "daum_saved_files" / "relate_thumb.jpg").read_bytes())
    html = (PHOTOS / "naver_saved.html").read_text(encoding="utf-8").replace(
        "./naver_saved_files/NISI20240509_0001541234_web_20240509101512_20240509101520123.jpg",
        "../secret.jpg")
    (page_dir / "naver_saved.html").write_text(html, encoding="utf-8")
    outcome, clip = _import(service, page_dir / "naver_saved.html")
    assert clip.photos[0].image is None
    assert clip.photos[1].image is not None
    assert "../secret.jpg" in outcome.reason  # named, not silently lost


def test_missing_files_photo_is_named_in_the_outcome(service, tmp_path):
    shutil.copy(PHOTOS / "daum_saved.html", tmp_path / "daum_saved.html")
    shutil.copytree(PHOTOS / "daum_saved_files", tmp_path / "daum_saved_files")
    (tmp_path / "daum_saved_files" / "20240509143012346efgh.jpg").unlink()
    outcome, clip = _import(service, tmp_path / "daum_saved.html")
    assert clip.photos[0].image is not None and clip.photos[1].image is None
    assert "photo 2" in outcome.reason
    assert "daum_saved_files/20240509143012346efgh.jpg" in outcome.reason


def test_daum_mhtml_parts_under_the_thumbnail_proxy_are_matched(service):
    outcome, clip = _import(service, PHOTOS / "daum_proxy.mhtml")
    assert len(clip.photos) == 2
    colours = [Image.open(io.BytesIO(_stored(service, p))).convert("RGB").getpixel((5, 5))
               for p in clip.photos]
    assert colours[0][0] > 150 and colours[1][1] > 150  # each photo got its own part
    assert outcome.reason == ""


def test_next_js_mhtml_parts_under_the_image_optimiser_are_matched(service):
    _, clip = _import(service, PHOTOS / "ledger_next.mhtml")
    assert len(clip.photos) == 2
    colours = [Image.open(io.BytesIO(_stored(service, p))).convert("RGB").getpixel((5, 5))
               for p in clip.photos]
    assert colours[0][2] > 150 and colours[1][0] > 150 and colours[1][1] > 150


def _jpeg(colour) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(buf, "JPEG")
    return buf.getvalue()


def test_images_beyond_the_per_page_cap_are_named(service, tmp_path):
    thumbs = "".join(f'<li><img src="https://cdn.example.com/thumbs/t{n}.jpg" width="90" '
                     f'height="90" alt=""></li>' for n in range(650))
    page = tmp_path / "gallery.html"
    page.write_text(
        "<html><head><title>Gallery night</title></head><body><article><h1>Gallery night</h1>"
        "<p>" + "The city's gallery opened its doors for a whole night of shows. " * 5 + "</p>"
        f"<ul class='strip'>{thumbs}</ul>"
        "<figure><img src='https://cdn.example.com/photos/last.jpg'><figcaption>The last "
        "photo of the night, after the crowds left the hall.</figcaption></figure>"
        "</article></body></html>", encoding="utf-8")
    outcome, clip = _import(service, page)
    assert "51 images after the page's first 600 were not examined" in outcome.reason
    assert "https://cdn.example.com/photos/last.jpg" in outcome.reason
    # Photos past the per-clipping file cap keep their captions and are named too.
    assert len(clip.photos) == 600
    assert "photos 41 to 600 stored without their images (over 40 photos per clipping), " \
        "from https://cdn.example.com/thumbs/t40.jpg" in outcome.reason


def test_mhtml_parts_beyond_the_cap_are_named(service, tmp_path):
    boundary = "----cap-test----"
    page = ("<html><head><meta charset='utf-8'><title>Harbor</title></head><body><article>"
            "<h1>Harbor festival draws crowds</h1><figure><img src='https://cdn.example.com/late.jpg'>"
            "<figcaption>Boats in the harbor at dusk on the festival's first night.</figcaption>"
            "</figure><p>" + "The harbor festival drew thousands of visitors this weekend. " * 6
            + "</p></article></body></html>")
    out = ["Snapshot-Content-Location: https://news.example.com/harbor", "MIME-Version: 1.0",
           f'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"', "",
           f"--{boundary}", "Content-Type: text/html", "Content-Transfer-Encoding: base64",
           "Content-Location: https://news.example.com/harbor", "",
           base64.encodebytes(page.encode()).decode()]
    for n in range(2005):
        out += [f"--{boundary}", "Content-Type: text/css",
                f"Content-Location: https://news.example.com/css/{n}.css", "", "a{}"]
    out += [f"--{boundary}", "Content-Type: image/jpeg", "Content-Transfer-Encoding: base64",
            "Content-Location: https://cdn.example.com/late.jpg", "",
            base64.encodebytes(_jpeg((1, 2, 3))).decode(), f"--{boundary}--"]
    archive = tmp_path / "harbor.mhtml"
    archive.write_bytes("\r\n".join(out).encode())
    outcome, clip = _import(service, archive)
    assert clip.photos[0].image is None
    assert "7 parts after the archive's first 2000 were not read; photos among them: " \
        "https://cdn.example.com/late.jpg" in outcome.reason

"""Single-file saved pages (.mhtml): the page part, its charset, and its photo parts."""

from __future__ import annotations

import base64
import io
from pathlib import Path

from PIL import Image

from tests.conftest import DATA

MHTML = DATA / "html" / "hani_saved.mhtml"


def _jpeg(colour=(10, 20, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (50, 40), colour).save(buf, "JPEG")
    return buf.getvalue()


def _mhtml(page_html: str, parts: list[tuple[str, str, bytes]], page_charset: str = "utf-8",
           declare: bool = False) -> bytes:
    """An MHTML archive as browsers write it: (location, content type, bytes) parts."""
    boundary = "----MultipartBoundary--test----"
    ctype = f"text/html; charset={page_charset}" if declare else "text/html"
    out = [
        "From: <Saved by Blink>",
        "Snapshot-Content-Location: https://news.example.com/story/1",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"',
        "",
        f"--{boundary}",
        f"Content-Type: {ctype}",
        "Content-Transfer-Encoding: base64",
        "Content-Location: https://news.example.com/story/1",
        "",
        base64.encodebytes(page_html.encode(page_charset)).decode(),
    ]
    for location, content_type, data in parts:
        out += [f"--{boundary}", f"Content-Type: {content_type}",
                "Content-Transfer-Encoding: base64", f"Content-Location: {location}", "",
                base64.encodebytes(data).decode()]
    out.append(f"--{boundary}--")
    return "\r\n".join(out).encode("ascii")


_STORY = """<html><head><meta charset="{charset}"><title>갯벌 이야기</title></head><body>
<article><h1>갯벌에 돌아온 새들</h1>
<figure><img src="{src}"><figcaption>갯벌에서 먹이를 찾는 새들. [신안군 제공]</figcaption></figure>
<p>전남 신안군 갯벌에 올해 가을 저어새 수백 마리가 찾아왔다고 군이 밝혔다.
복원을 시작한 지 10년 만이다.</p>
<p>군은 양식장으로 쓰이던 갯벌을 원래 모습으로 되돌렸고, 새들의 먹이가 되는 생물도 늘었다.</p>
</article></body></html>"""


def test_mhtml_fixture_imports_with_photo(service):
    [outcome] = service.import_paths([MHTML])
    assert outcome.status == "imported", outcome.reason
    clip = service.get(outcome.clipping_id)
    assert clip.source_kind == "mhtml"
    assert clip.source_name == "hani_saved.mhtml"
    # The page part declares no charset; its <meta> says EUC-KR, and that is what decodes it.
    assert clip.title == "갯벌 복원 10년, 돌아온 저어새"
    assert clip.outlet == "한겨레"
    assert clip.published.isoformat() == "2023-11-20"
    assert clip.byline == "정다은 기자"
    assert clip.url == "https://www.hani.co.kr/arti/society/environment/1116789.html"
    [photo] = clip.photos
    assert photo.caption == "전남 신안군 갯벌에서 저어새 무리가 먹이를 찾고 있다."
    assert photo.credit == "신안군"
    assert photo.src == "https://img.hani.co.kr/imgdb/original/2023/1120/spoonbill.jpg"
    assert photo.image and (photo.width, photo.height) == (80, 60)
    body = clip.body_text()
    assert body.startswith("전남 신안군이 10년 동안") and "daeun@" not in body
    assert "저어새 무리가 먹이를" not in body


def test_part_without_charset_uses_the_pages_meta(service, tmp_path):
    archive = _mhtml(_STORY.format(charset="euc-kr", src="https://img.example.com/a.jpg"),
                     [("https://img.example.com/a.jpg", "image/jpeg", _jpeg())],
                     page_charset="euc-kr", declare=False)
    path = tmp_path / "story.mht"
    path.write_bytes(archive)
    [outcome] = service.import_paths([path])
    assert outcome.status == "imported", outcome.reason
    clip = service.get(outcome.clipping_id)
    assert clip.title == "갯벌에 돌아온 새들"
    assert clip.photos[0].credit == "신안군" and clip.photos[0].image


def test_part_names_cannot_escape_the_library(service, tmp_path):
    """A part called ../../x is only a name: nothing is written outside the library."""
    work = tmp_path / "deep" / "er"
    work.mkdir(parents=True)
    archive = _mhtml(_STORY.format(charset="utf-8", src="../../escaped.jpg"),
                     [("../../escaped.jpg", "image/jpeg", _jpeg((200, 0, 0))),
                      ("../../../../x", "application/octet-stream", b"not a photo")])
    path = work / "evil.mhtml"
    path.write_bytes(archive)
    before = {p for p in tmp_path.rglob("*")}
    [outcome] = service.import_paths([path])
    assert outcome.status == "imported", outcome.reason
    clip = service.get(outcome.clipping_id)
    [photo] = clip.photos
    # The photo is stored under media/ by its content hash, inside the library.
    stored = (service.root / photo.image).resolve()
    assert stored.is_relative_to(service.root.resolve())
    assert photo.image.startswith("media/")
    created = {p for p in tmp_path.rglob("*")} - before
    assert all(Path(p).resolve().is_relative_to(service.root.resolve()) for p in created)
    assert not any(p.name in ("escaped.jpg", "x") for p in created)


def test_archive_without_a_page(service, tmp_path):
    archive = _mhtml("", [])
    # Drop the page part: a multipart archive with only a photo in it.
    text = archive.decode("ascii").replace("Content-Type: text/html", "Content-Type: image/png")
    path = tmp_path / "photos-only.mhtml"
    path.write_text(text, encoding="ascii")
    [outcome] = service.import_paths([path])
    assert outcome.status == "failed"
    assert outcome.reason == "no HTML page inside this MHTML archive"


def test_not_mime_at_all(service, tmp_path):
    path = tmp_path / "plain.mhtml"
    path.write_text("just some words, not an archive", encoding="utf-8")
    [outcome] = service.import_paths([path])
    assert outcome.status == "failed"
    assert "not an MHTML archive" in outcome.reason
    assert service.count() == 0

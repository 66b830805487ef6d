"""Damaged and hostile bundles: every record is imported whole or reported failed with
nothing stored, never a traceback; a failed record imports once the bundle is mended."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.export_samples import make_photo

PHOTO = make_photo(320, 200, seed=7)


def record(n: int, **extra: object) -> dict:
    """A clipping record as a bundle holds it (the fields `clipper export bundle` writes)."""
    data = {
        "title": f"Harbor council story number {n}",
        "outlet": "The Harbour Times", "byline": "Jane Doe", "published": "2024-05-09",
        "url": f"https://news.example.com/story/{n}", "language": "en", "section": "",
        "body": [{"kind": "paragraph",
                  "text": f"Paragraph of story {n}: the council voted to rebuild the seawall."}],
        "photos": [], "source_keywords": [], "source": {"kind": "url", "name": ""},
        "tags": ["harbor"], "theme_states": [], "annotations": [],
    }
    data.update(extra)
    return data


def write_bundle(path: Path, records: list, manifest_text: str | None = None,
                 members: dict[str, bytes] | None = None) -> Path:
    manifest = {"format": "clipper-bundle", "version": 1, "tags": [], "themes": [],
                "clippings": records}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("clipper-bundle.json", manifest_text or json.dumps(manifest))
        for name, data in (members or {}).items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_STORED)
    return path


def patch_member(path: Path, member: str, *, flags: int | None = None,
                 method: int | None = None) -> None:
    """Rewrite a member's flag bits or compression method in both of its ZIP headers."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        local = zf.getinfo(member).header_offset
    name = member.encode()
    central = raw.index(b"PK\x01\x02" + bytes(24)[:0])
    while True:
        central = raw.index(b"PK\x01\x02", central)
        name_len = struct.unpack_from("<H", raw, central + 28)[0]
        if raw[central + 46: central + 46 + name_len] == name:
            break
        central += 4
    for header, at in ((local, 6), (central, 8)):
        if flags is not None:
            struct.pack_into("<H", raw, header + at, flags)
        if method is not None:
            struct.pack_into("<H", raw, header + at + 2, method)
    path.write_bytes(bytes(raw))


def with_photo(path: Path, damage: str) -> Path:
    member = "photos/harbor.jpg"
    write_bundle(path, [record(1, photos=[{"caption": "The harbor", "credit": "AP",
                                           "src": "harbor.jpg", "file": member}]), record(2)],
                 members={member: PHOTO})
    if damage == "crc":
        raw = bytearray(path.read_bytes())
        at = raw.index(PHOTO) + 500
        raw[at] ^= 0xFF
        path.write_bytes(bytes(raw))
    elif damage == "encrypted":
        patch_member(path, member, flags=0x1)
    elif damage == "method":
        patch_member(path, member, method=77)
    return path


@pytest.mark.parametrize(("damage", "reason"), [
    ("crc", "photos/harbor.jpg is damaged in the bundle (Bad CRC-32"),
    ("encrypted", "photos/harbor.jpg is encrypted"),
    ("method", "photos/harbor.jpg uses a compression method Clipper cannot read (77)"),
])
def test_unreadable_photo_member_is_a_warning_and_the_text_is_kept(service, tmp_path, damage,
                                                                  reason):
    outcomes = service.import_paths([with_photo(tmp_path / "b.zip", damage)])
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert f"photo 1: {reason}" in outcomes[0].reason
    clip = service.get(outcomes[0].clipping_id)
    assert [(p.caption, p.image) for p in clip.photos] == [("The harbor", None)]


@pytest.mark.parametrize(("damage", "reason"), [
    ("crc", "clipper-bundle.json is damaged in the bundle (Bad CRC-32"),
    ("encrypted", "clipper-bundle.json is encrypted"),
    ("method", "clipper-bundle.json uses a compression method Clipper cannot read (77)"),
])
def test_unreadable_manifest_fails_the_bundle_with_a_reason(service, tmp_path, damage, reason):
    path = write_bundle(tmp_path / "b.zip", [record(1)])
    if damage == "crc":
        raw = bytearray(path.read_bytes())
        raw[raw.index(b'"clippings"') + 3] ^= 0x01
        path.write_bytes(bytes(raw))
    else:
        patch_member(path, "clipper-bundle.json",
                     **({"flags": 1} if damage == "encrypted" else {"method": 77}))
    [outcome] = service.import_paths([path])
    assert outcome.status == "failed"
    assert reason in outcome.reason
    assert service.count() == 0


def test_deeply_nested_manifest_fails_with_a_reason(service, tmp_path):
    text = ('{"format": "clipper-bundle", "version": 1, "clippings": '
            + "[" * 200_000 + "]" * 200_000 + "}")
    [outcome] = service.import_paths([write_bundle(tmp_path / "deep.zip", [], text)])
    assert outcome.status == "failed"
    assert "nested too deeply" in outcome.reason


def test_deeply_nested_record_field_fails_that_record_only(service, tmp_path):
    deep: object = "x"
    for _ in range(900):
        deep = [deep]
    text = json.dumps({"format": "clipper-bundle", "version": 1,
                       "clippings": [record(1, title=deep), record(2)]})
    outcomes = service.import_paths([write_bundle(tmp_path / "deep.zip", [], text)])
    assert [o.status for o in outcomes] == ["failed", "imported"]
    assert service.count() == 1


@pytest.mark.parametrize(("bad", "reason"), [
    ({"annotations": [{"target": "body", "start": 10**30, "end": 10**30 + 4,
                       "quote": "vote", "orphaned": True}]},
     "annotation 1: offset out of range"),
    ({"annotations": [{"start": -5, "end": 3, "quote": "Par"}]},
     "annotation 1: offset out of range"),
    ({"tags": ["harbor", "bad\ud800tag"]}, "tag 2: not a tag name"),
    ({"tags": ["x" * 300]}, "tag 1: tag name longer than 200 characters"),
    ({"tags": [{"name": "harbor"}]}, "tag 1: not a tag name"),
])
def test_bad_record_is_failed_with_nothing_stored_and_imports_once_mended(
        service, tmp_path, bad, reason):
    outcomes = service.import_paths([write_bundle(tmp_path / "bad.zip",
                                                  [record(1, **bad), record(2)])])
    assert [o.status for o in outcomes] == ["failed", "imported"]
    assert reason in outcomes[0].reason
    assert service.count() == 1
    assert service.library.db.execute("SELECT count(*) FROM clipping_tags").fetchone()[0] == 1
    # Nothing of the failed record stayed behind: the mended bundle imports it anew.
    mended = service.import_paths([write_bundle(tmp_path / "mended.zip", [record(1)])])
    assert [o.status for o in mended] == ["imported"]
    assert service.get(mended[0].clipping_id).tags == ["harbor"]


@pytest.mark.parametrize("address", [
    "javascript:alert(document.domain)", "file:///etc/passwd", "data:text/html,<b>x</b>",
    "JavaScript:alert(1)", "http:///no-host",
])
def test_bundle_url_other_than_http_is_dropped_with_a_warning(service, tmp_path, address):
    [outcome] = service.import_paths([write_bundle(tmp_path / "u.zip",
                                                   [record(1, url=address)])])
    assert outcome.status == "imported"
    assert "address dropped: only http and https addresses are kept" in outcome.reason
    assert service.get(outcome.clipping_id).url is None


def test_cli_reports_every_damaged_record_without_a_traceback(tmp_path):
    """A real `clipper import` process on a bundle mixing good and damaged records."""
    bundle = write_bundle(tmp_path / "mixed.zip", [
        record(1),
        record(2, annotations=[{"start": 10**30, "end": 10**30, "quote": "x",
                                "orphaned": True}]),
        record(3, tags=["ok", "bad\ud800"]),
        "not a record",
        record(5, url="javascript:alert(1)"),
        record(6, published=12),
    ])
    root = Path(__file__).resolve().parents[1]
    run = subprocess.run(
        [sys.executable, "-m", "clipper", "--library", str(tmp_path / "lib"), "import",
         str(bundle)], capture_output=True, text=True, cwd=root, timeout=120)
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    # One line per record, in order (an outlet met for the first time is noted after).
    assert [line.split()[0] for line in lines[:6]] == [
        "imported", "failed", "failed", "failed", "imported", "failed"]
    assert lines[-1] == "2 imported, 0 duplicate, 4 failed"


def test_bad_theme_record_is_reported_and_the_rest_imports(service, tmp_path):
    text = json.dumps({"format": "clipper-bundle", "version": 1, "clippings": [
        record(1, theme_states=[{"theme": "Harbor", "state": "manual"},
                                {"theme": "Bad\ud800", "state": "manual"}])],
        "themes": [{"name": "Harbor", "date_from": "2024-05-01", "key_messages": ["Rebuild"]},
                   {"name": "Bad\ud800", "date_from": {"y": 2024}}, "not a theme"]})
    outcomes = service.import_paths([write_bundle(tmp_path / "t.zip", [], text)])
    assert [(o.item.rsplit("/", 1)[-1], o.status) for o in outcomes] == [
        ("t.zip theme 2", "failed"), ("t.zip theme 3", "failed"),
        ("t.zip#1 (Harbor council story number 1)", "imported")]
    assert "date_from is not a date" in outcomes[0].reason
    assert service.get(outcomes[2].clipping_id).themes == ["Harbor"]

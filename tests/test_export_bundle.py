"""ZIP bundles: a lossless round trip into another library, and hostile bundles refused."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from clipper.services import LibraryService
from tests.export_samples import add_tag, annotate, fill_library, make_photo, sample_draft


@pytest.fixture
def sample(service):
    sample = fill_library(service.library, 12)
    # a rule suggestion and a rejection must travel too
    service.library.db.execute("UPDATE clipping_themes SET state = 'suggested' "
                               "WHERE clipping_id = ? AND theme_id = 2", [sample.ids[3]])
    service.library.db.conn.commit()
    return sample


def comparable(service: LibraryService, clipping_id: int) -> dict:
    """A clipping's whole JSON form without what is local to a library (ids, file paths)."""
    data = service.get(clipping_id).to_json()
    data.pop("id")
    for photo in data["photos"]:
        photo["has_image"] = photo.pop("image") is not None
    for a in data["annotations"]:
        a.pop("id")
    return data


def theme_rows(service: LibraryService) -> list[tuple]:
    return service.library.db.execute(
        "SELECT name, description, colour, date_from, date_to, key_messages, rule, created_at "
        "FROM themes ORDER BY name").fetchall()


def theme_states(service: LibraryService) -> set[tuple]:
    return set(service.library.db.execute(
        "SELECT c.url, t.name, ct.state FROM clipping_themes ct JOIN themes t "
        "ON t.id = ct.theme_id JOIN clippings c ON c.id = ct.clipping_id").fetchall())


def test_round_trip_into_an_empty_library(service, sample, tmp_path, run_cli):
    bundle = tmp_path / "trip.zip"
    result = service.export_bundle(service.export_set(theme="미국 순방 US trip"), bundle)
    assert result.clippings == 12 and result.photos > 0 and not result.warnings
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
    assert "clipper-bundle.json" in names
    assert all(n.startswith(("photos/", "originals/", "clipper-bundle.json")) for n in names)

    other = tmp_path / "other-library"
    from clipper.cli import main

    assert main(["--library", str(other), "import", str(bundle)]) == 0
    with LibraryService(other) as copy:
        assert copy.count() == 12
        originals = {service.get(i).url: i for i in sample.ids}
        for cid in copy.clipping_ids():
            mine = comparable(copy, cid)
            theirs = comparable(service, originals[copy.get(cid).url])
            assert mine == theirs
        assert theme_rows(copy) == theme_rows(service)
        assert theme_states(copy) == theme_states(service)
        tags = "SELECT name FROM tags ORDER BY name"
        assert copy.library.db.execute(tags).fetchall() == \
            service.library.db.execute(tags).fetchall()
        # the photo files themselves came across, byte for byte
        for cid in copy.clipping_ids():
            for photo in copy.get(cid).photos:
                theirs = next(p for p in service.get(originals[copy.get(cid).url]).photos
                              if p.position == photo.position)
                assert (copy.root / photo.image).read_bytes() == \
                    (service.root / theirs.image).read_bytes()


def test_importing_twice_merges_without_doubling(service, sample, tmp_path):
    bundle = tmp_path / "all.zip"
    service.export_bundle(sample.ids, bundle)
    other = tmp_path / "other"
    with LibraryService(other) as copy:
        first = copy.import_paths([bundle])
        assert [o.status for o in first] == ["imported"] * 12
        annotations = copy.library.db.execute("SELECT count(*) FROM annotations").fetchone()[0]
        again = copy.import_paths([bundle])
        assert [o.status for o in again] == ["duplicate"] * 12
        assert "merged" in again[0].reason
        assert copy.count() == 12
        assert copy.library.db.execute(
            "SELECT count(*) FROM annotations").fetchone()[0] == annotations


def test_duplicate_gets_the_bundles_tags_and_highlights(service, sample, tmp_path):
    cid = sample.ids[3]
    add_tag(service.library, cid, "from-colleague")
    quote = service.get(cid).body[-1].text[:15]
    annotate(service.library, cid, quote, note="colleague's note")
    bundle = tmp_path / "one.zip"
    service.export_bundle([cid], bundle)
    with LibraryService(tmp_path / "mine") as mine:
        draft = sample_draft(3)  # the same article, imported on its own
        mine_id = mine.library.add(draft)[0]
        outcomes = mine.import_bundle(bundle)
        assert outcomes[0].status == "duplicate" and outcomes[0].clipping_id == mine_id
        merged = mine.get(mine_id)
        assert "from-colleague" in merged.tags
        note = next(a for a in merged.annotations if a.note == "colleague's note")
        assert merged.body_text()[note.start:note.end] == quote


def test_changes_are_announced(service, sample, tmp_path):
    bundle = tmp_path / "b.zip"
    service.export_bundle(sample.ids[:2], bundle)
    seen = []
    with LibraryService(tmp_path / "x") as copy:
        copy.subscribe(seen.append)
        copy.import_bundle(bundle)
    assert len(seen) == 1 and len(seen[0].clippings_added) == 2 and seen[0].tags


def write_zip(path: Path, manifest: object, members: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("clipper-bundle.json", json.dumps(manifest))
        for name, data in (members or {}).items():
            zf.writestr(name, data)
    return path


def record(**extra) -> dict:
    base = {"title": "Hostile", "body": [{"kind": "paragraph", "text": "A safe body text."}],
            "photos": [], "tags": [], "annotations": []}
    base.update(extra)
    return base


def test_member_paths_cannot_escape_the_library(service, tmp_path):
    photo = make_photo(64, 48, 1)
    manifest = {"format": "clipper-bundle", "version": 1, "clippings": [record(photos=[
        {"caption": "escape", "file": "../../evil.jpg"},
        {"caption": "absolute", "file": "/tmp/evil.jpg"},
        {"caption": "fine", "file": "photos/ok.jpg"},
    ])]}
    bundle = write_zip(tmp_path / "evil.zip", manifest,
                       {"../../evil.jpg": photo, "/tmp/evil.jpg": photo, "photos/ok.jpg": photo})
    outcomes = service.import_bundle(bundle)
    assert outcomes[0].status == "imported"
    assert "bad file name" in outcomes[0].reason
    photos = service.get(outcomes[0].clipping_id).photos
    assert [p.image is not None for p in photos] == [False, False, True]
    assert photos[2].image.startswith("media/")
    assert not (tmp_path / "evil.jpg").exists() and not (service.root.parent / "evil.jpg").exists()


def test_oversized_members_are_refused(service, tmp_path, monkeypatch):
    from clipper.store import media

    monkeypatch.setattr(media, "MAX_IMAGE_BYTES", 10_000)  # a small limit, same code path
    big = b"\0" * 50_000  # compresses to almost nothing: a little zip bomb
    manifest = {"format": "clipper-bundle", "version": 1,
                "clippings": [record(photos=[{"caption": "bomb", "file": "photos/big.jpg"}])]}
    outcomes = service.import_bundle(write_zip(tmp_path / "bomb.zip", manifest,
                                               {"photos/big.jpg": big}))
    assert outcomes[0].status == "imported"
    assert "over the limit" in outcomes[0].reason
    assert service.get(outcomes[0].clipping_id).photos[0].image is None


@pytest.mark.parametrize(("content", "reason"), [
    (b"not a zip at all", "not a readable ZIP"),
    (None, "not a Clipper bundle"),
])
def test_not_a_bundle(service, tmp_path, content, reason):
    path = tmp_path / "thing.zip"
    if content is None:
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("readme.txt", "hello")
    else:
        path.write_bytes(content)
    outcomes = service.import_paths([path])
    assert [o.status for o in outcomes] == ["failed"]
    assert reason in outcomes[0].reason


def test_bad_records_fail_alone(service, tmp_path):
    manifest = {"format": "clipper-bundle", "version": 1, "clippings": [
        "not a record",
        record(title="Bad date", published="yesterday"),
        record(title="Bad highlight", annotations=[{"start": "x", "quote": "safe"}]),
        record(title="Good one"),
    ]}
    outcomes = service.import_bundle(write_zip(tmp_path / "mixed.zip", manifest))
    assert [o.status for o in outcomes] == ["failed", "failed", "failed", "imported"]
    assert "Bad date" in outcomes[1].item and "bad clipping record" in outcomes[1].reason
    assert service.count() == 1  # nothing half-stored for the failures


def test_newer_version_is_refused(service, tmp_path):
    path = write_zip(tmp_path / "new.zip", {"format": "clipper-bundle", "version": 99,
                                            "clippings": []})
    outcomes = service.import_bundle(path)
    assert outcomes[0].status == "failed" and "newer" in outcomes[0].reason


def test_cli_export_zip_and_import(run_cli, service, sample, tmp_path):
    out = tmp_path / "tagged.zip"
    status, stdout, _ = run_cli("export", "--tag", "보도자료", "-o", out)
    assert status == 0 and "wrote" in stdout
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("clipper-bundle.json"))
    assert len(manifest["clippings"]) == len(service.export_set(tag="보도자료").ids) == 3

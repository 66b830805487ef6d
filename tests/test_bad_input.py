"""Bad input: one clear line naming the item, exit status 1, the rest of the batch imported."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from tests.conftest import DATA


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(DATA / "text" / "ap-style.txt", folder / "a-good.txt")
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-blank.txt").write_text("   \n\n \u00a0\n", encoding="utf-8")
    (folder / "d-binary.txt").write_bytes(os.urandom(4096).replace(b"\x00", b"\x01") + b"\x00" * 64)
    (folder / "e-menu-only.txt").write_text("메뉴\n로그인\n검색\nclose\n뉴스\n", encoding="utf-8")
    with open(folder / "f-huge.txt", "wb") as fh:  # sparse: 50 MB without writing them
        fh.truncate(50 * 1024 * 1024)
    # Valid in no encoding we try: bytes no UTF-8, CP949 or single-byte code page reads.
    (folder / "g-garbage.txt").write_bytes(b"\x81 \xff \x80 " * 2000)
    shutil.copy(DATA / "text" / "yonhap-style.txt", folder / "h-good.txt")
    return folder


def test_bad_items_fail_clearly_and_the_batch_goes_on(batch, run_cli, run_cli_json):
    status, out, err = run_cli("import", batch)
    assert status == 1
    assert "2 imported, 0 duplicate, 6 failed" in out
    by_name = {
        name: line
        for line in out.splitlines()
        for name in os.listdir(batch)
        if f"{os.sep}{name}" in line
    }
    assert by_name["a-good.txt"].startswith("imported")
    assert by_name["h-good.txt"].startswith("imported")
    assert "empty" in by_name["b-empty.txt"]
    assert "empty" in by_name["c-blank.txt"]
    assert "binary" in by_name["d-binary.txt"]
    assert "no article" in by_name["e-menu-only.txt"]
    assert "50 MB" in by_name["f-huge.txt"] and "limit" in by_name["f-huge.txt"]
    assert "not valid text in any encoding" in by_name["g-garbage.txt"]
    assert len(run_cli_json("list")) == 2


def test_json_report_of_a_batch(batch, run_cli):
    status, out, _ = run_cli("import", batch / "a-good.txt", batch / "b-empty.txt",
                             batch / "missing.txt", "--json")
    assert status == 1
    report = json.loads(out)
    assert [r["status"] for r in report] == ["imported", "failed", "failed"]
    assert report[0]["id"] == 1 and report[0]["title"]
    assert "no such file" in report[2]["reason"]


def test_unsupported_file_type_named(tmp_path, run_cli):
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04 whatever")
    status, out, _ = run_cli("import", path)
    assert status == 1
    assert "report.docx" in out and "unsupported file type .docx" in out
    # PDFs are print since issue 16: a broken one is named with its own reason
    path = tmp_path / "photo.pdf"
    path.write_bytes(b"%PDF-1.4 whatever")
    status, out, _ = run_cli("import", path)
    assert status == 1
    assert "photo.pdf" in out and "not a readable PDF" in out


def test_failed_store_leaves_nothing_half_written(service, tmp_path, monkeypatch):
    """A failure inside the transaction rolls back rows and removes new photo files."""
    import io

    from PIL import Image

    from clipper.domain import ArticleDraft, Block, PhotoDraft

    buf = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(buf, "PNG")
    draft = ArticleDraft(
        title="t", body=[Block("paragraph", "A paragraph long enough to be an article.")],
        photos=[PhotoDraft(caption="c", credit="x", data=buf.getvalue())],
        source_keywords=["k"],
    )
    library = service.library
    original_insert_all = type(library.db["source_keywords"]).insert_all

    def exploding_insert_all(table, *args, **kwargs):
        if table.name == "source_keywords":
            raise OSError("disk full")
        return original_insert_all(table, *args, **kwargs)

    monkeypatch.setattr(type(library.db["source_keywords"]), "insert_all", exploding_insert_all)
    from clipper.errors import LibraryError

    with pytest.raises(LibraryError):  # an OSError, worded for the user
        library.add(draft)
    monkeypatch.undo()
    for table in ("clippings", "blocks", "photos", "source_keywords"):
        assert library.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert not list((library.root / "media").rglob("*.png"))
    # and the same draft stores fine afterwards
    clipping_id, warnings = library.add(draft)
    assert warnings == [] and library.get(clipping_id).photos[0].width == 40

"""Issue 12's smaller import and search edges, through the CLI on real files: UTF-16
without its mark, a damaged byte in UTF-8, an ASCII page declaring UTF-16, a folder with
nothing to import, `search '*'`, and a huge one-line text that still indexes fast."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from clipper.search import analysis
from tests.conftest import DATA

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (DATA / "text" / "yonhap-style.txt").read_text(encoding="utf-8")
TITLE = "경기도, 판교 스타트업 100곳과 해외 진출 협의체 출범"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_is_text(tmp_path, run_cli, run_cli_json, codec):
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode(codec))
    status, out, err = run_cli("import", str(path))
    assert status == 0, out + err
    assert run_cli_json("show", "1")["title"] == TITLE


def test_binary_with_nuls_is_still_refused(tmp_path, run_cli):
    path = tmp_path / "photo.txt"
    path.write_bytes((DATA / "html" / "ap_story_files" / "ap-harbor.jpg").read_bytes())
    status, out, _ = run_cli("import", str(path))
    assert status == 1 and "binary file, not text" in out


def test_one_damaged_byte_in_utf8_is_replaced_with_a_warning(tmp_path, run_cli, run_cli_json):
    data = ARTICLE.encode("utf-8")
    cut = data.rindex("다.".encode())  # a character boundary inside the body
    path = tmp_path / "article.txt"
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    status, out, err = run_cli("import", str(path))
    assert status == 0, out + err
    assert "warning: text not valid UTF-8 in 1 place(s), shown as �" in out
    clip = run_cli_json("show", "1")
    assert clip["title"] == TITLE
    assert sum(b["text"].count("\ufffd") for b in clip["body"]) == 1


def test_legacy_korean_text_is_not_mistaken_for_damaged_utf8(tmp_path, run_cli, run_cli_json):
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode("cp949"))
    status, out, _ = run_cli("import", str(path))
    assert status == 0 and "warning" not in out
    assert run_cli_json("show", "1")["title"] == TITLE


@pytest.mark.parametrize("where", ["meta", "meta-http-equiv"])
def test_ascii_page_declaring_utf16_reads_as_utf8(tmp_path, run_cli, run_cli_json, where):
    meta = ('<meta charset="utf-16">' if where == "meta" else
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-16LE">')
    body = "".join(f"<p>Paragraph {n} of the story: the council voted to rebuild the seawall "
                   "that the winter storms broke, after a long public debate.</p>"
                   for n in range(5))
    page = (f"<!DOCTYPE html><html><head>{meta}<title>Harbor town votes to rebuild its "
            f"seawall</title></head><body><article><h1>Harbor town votes to rebuild its "
            f"seawall</h1>{body}</article></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("ascii"))
    status, out, err = run_cli("import", str(path))
    assert status == 0, out + err
    assert run_cli_json("show", "1")["title"] == "Harbor town votes to rebuild its seawall"


def test_folder_with_nothing_importable_fails(tmp_path):
    folder = tmp_path / "photos only"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "notes.docx").write_bytes(b"PK")
    run = subprocess.run([sys.executable, "-m", "clipper", "--library", str(tmp_path / "lib"),
                          "import", str(folder)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 1
    # Images are print since issue 16: the broken one is named; the folder has nothing
    # else to import and is not reported twice.
    assert f"failed     {folder / 'sub' / 'a.jpg'}: not a readable image" in run.stdout
    assert "0 imported, 0 duplicate, 1 failed" in run.stdout
    (folder / "sub" / "a.jpg").unlink()
    run = subprocess.run([sys.executable, "-m", "clipper", "--library", str(tmp_path / "lib"),
                          "import", str(folder)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 1
    assert f"failed     {folder}: nothing to import in this folder (no .mhtml" in run.stdout


def test_search_star_lists_every_clipping(tmp_path, run_cli, run_cli_json):
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(
            f"Harbor story {n}\n\nParagraph {n}: the council voted on Tuesday to rebuild the "
            "seawall that winter storms broke, after a long public debate.\n",
            encoding="utf-8")
    assert run_cli("import", str(tmp_path))[0] == 0
    hits = run_cli_json("search", "*", "--json")
    assert sorted(h["id"] for h in hits) == [1, 2, 3]
    status, out, err = run_cli("search", "*")
    assert status == 0 and "cannot be read" not in out + err


def test_a_huge_one_line_text_is_analysed_only_up_to_the_cap():
    words = "seawall council harbor vote " * 200_000  # 5.6 MB on one line
    doc = {"title": ["Huge"], "body": [words + " zanzibar"], "tag": ["harbor/budget"]}
    tokens = analysis.analyse_document(doc)
    assert len(tokens["body"]) <= analysis.MAX_FIELD_CHARS["body"] // 4
    assert "zanzibar" not in tokens["body"]  # beyond the cap: stored, not searchable
    assert tokens["tag"] and tokens["title"] == ["huge"]

"""`clipper release`, `clipper pickup`, `clipper credits` end to end (issue 18)."""

from __future__ import annotations

import csv
import json

from tests import release_files as rf
from tests import release_set as rs


def test_release_import_list_show_pickup_delete_and_undo(run_cli, tmp_path):
    release = rs.RELEASES[0]
    path = tmp_path / "r.txt"
    path.write_text(rs.release_text(release), "utf-8")
    bad = tmp_path / "scan.pdf"
    rf.write_pdf(bad, text=False)
    status, out, err = run_cli("release", "import", path, bad)
    assert status == 1  # an item failed
    assert "imported   release #1" in out and "needs OCR" in out
    assert out.strip().splitlines()[-1] == "1 imported, 0 duplicate, 1 failed"

    article = tmp_path / "a.txt"
    article.write_text("스타트업 300곳 지원\n연합뉴스\n" + release.issued.isoformat() + "\n\n"
                       + "\n\n".join(release.paragraphs), "utf-8")
    assert run_cli("import", article)[0] == 0

    status, out, _ = run_cli("release", "list")
    assert status == 0 and "1 pickup(s)" in out and release.title in out
    status, out, _ = run_cli("release", "list", "--json", "--query", "스타트업")
    [row] = json.loads(out)
    assert (row["id"], row["pickups"], row["near_verbatim"]) == (1, 1, 1)
    assert json.loads(run_cli("release", "list", "--json", "--query", "없는말")[1]) == []

    status, out, _ = run_cli("release", "show", "1")
    assert "issued: 2026-03-02" in out and "1 pickup(s):" in out and "near-verbatim" in out
    shown = json.loads(run_cli("release", "show", "1", "--json")[1])
    assert shown["pickups"][0]["clipping_id"] == 1 and shown["department"] == release.department
    status, out, _ = run_cli("release", "show", "1", "--clipping", "1")
    assert status == 0 and out.startswith("= 1.00")

    status, out, _ = run_cli("pickup", "--json")
    table = json.loads(out)
    assert table["rows"][0]["outlets"] == 1 and table["total"]["pickups"] == 1
    status, out, _ = run_cli("pickup")
    assert "합계" in out and "near-verbatim 100%" in out
    target = tmp_path / "out" / "pickup.csv"
    status, out, _ = run_cli("pickup", "--since", "2026-03-01", "--csv", target)
    assert status == 0 and "wrote 1 release(s)" in out
    assert list(csv.reader(target.open(encoding="utf-8-sig")))[1][1] == release.title
    pickups = json.loads(run_cli("pickup", "--release", "1", "--json")[1])
    assert pickups[0]["outlet"] == "연합뉴스" and pickups[0]["kind"] == "near-verbatim"
    status, out, _ = run_cli("pickup", "--rematch")
    assert "matched again: 1 pickup(s)" in out

    assert run_cli("release", "delete", "1")[0] == 0
    assert json.loads(run_cli("release", "list", "--json")[1]) == []
    assert run_cli("undo")[0] == 0
    assert json.loads(run_cli("release", "list", "--json")[1])[0]["pickups"] == 1


def test_unknown_ids_and_bad_dates_get_one_line(run_cli):
    status, _out, err = run_cli("release", "show", "9")
    assert status == 2 and err.strip() == "clipper: no release with id 9"
    status, _out, err = run_cli("release", "delete", "9")
    assert status == 2 and "no release with id 9" in err
    status, _out, err = run_cli("pickup", "--release", "9")
    assert status == 2 and "no release with id 9" in err
    status, _out, err = run_cli("pickup", "--since", "2026-04-01", "--until", "2026-03-01")
    assert status == 2 and "--since is after --until" in err


def test_credits_list_and_set(run_cli):
    status, out, _ = run_cli("credits", "list")
    assert out.splitlines() == ["경기도 제공", "ⓒ경기도", "경기도청 제공", "Gyeonggi Province"]
    status, out, _ = run_cli("credits", "set", "경기도 제공", "Gyeonggi Province via AP")
    assert status == 0 and "2 photo credit(s) set" in out
    assert json.loads(run_cli("credits", "list", "--json")[1]) == [
        "경기도 제공", "Gyeonggi Province via AP"]
    assert run_cli("undo")[0] == 0
    assert len(json.loads(run_cli("credits", "list", "--json")[1])) == 4

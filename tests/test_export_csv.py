"""CSV export: one row per clipping, columns a spreadsheet can use."""

from __future__ import annotations

import csv

from clipper.export.csv import COLUMNS
from tests.export_samples import fill_library, sample_draft


def read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel then reads the Korean as UTF-8
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_rows_and_columns(service, tmp_path):
    sample = fill_library(service.library, 6)
    path = tmp_path / "out.csv"
    assert service.export_csv(sample.ids, path) == 6
    rows = read(path)
    assert list(rows[0]) == COLUMNS
    assert [int(r["id"]) for r in rows] == sample.ids
    first = service.get(sample.ids[0])
    row = rows[0]
    assert row["title"] == first.title and row["outlet"] == first.outlet
    assert row["published"] == first.published.isoformat()
    assert row["tags"] == "; ".join(first.tags)
    assert row["themes"] == "; ".join(first.themes)  # membership only, not 'rejected'
    assert "Rejected only" not in {t for r in rows for t in r["themes"].split("; ")}
    assert int(row["photos"]) == len(first.photos)
    assert int(row["highlights"]) == len(first.annotations)
    assert sample.notes[0] in row["notes"]
    assert row["lead"] and row["lead"][:10] in first.body_text()
    assert int(row["characters"]) == len(first.body_text())


def test_formula_like_cells_are_defused(service, tmp_path):
    draft = sample_draft(1)
    draft.title = '=HYPERLINK("http://evil.example","click")'
    draft.byline = "-2+3"
    cid = service.library.add(draft)[0]
    path = tmp_path / "f.csv"
    service.export_csv([cid], path)
    row = read(path)[0]
    assert row["title"] == "'" + draft.title
    assert row["byline"] == "'-2+3"


def test_cli_export_csv(run_cli, service, tmp_path):
    sample = fill_library(service.library, 4)
    path = tmp_path / "c.csv"
    status, out, _ = run_cli("export", "--ids", ",".join(map(str, sample.ids[:3])), "-o", path)
    assert status == 0 and "3 rows" in out
    assert len(read(path)) == 3

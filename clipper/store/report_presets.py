"""Report preset rows (name, layout JSON) and the day's clipping ids for the daily report.
Plain queries for organise/report_presets.py and export/daily.py's caller."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from clipper.store.library import now_iso


def find_id(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM report_presets WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def get(db: Database, name: str) -> tuple[str, str] | None:
    """(name as stored, settings JSON) of a preset."""
    row = db.execute("SELECT name, settings FROM report_presets WHERE name = ?",
                     [name]).fetchone()
    return (row[0], row[1]) if row else None


def all_presets(db: Database) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in db.execute(
        "SELECT name, settings FROM report_presets ORDER BY name COLLATE NOCASE")]


def upsert(db: Database, name: str, settings: str) -> None:
    db.execute(
        "INSERT INTO report_presets (name, settings, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET settings = excluded.settings, "
        "updated_at = excluded.updated_at", [name, settings, now_iso()])


def delete(db: Database, name: str) -> None:
    db.execute("DELETE FROM report_presets WHERE name = ?", [name])


def day_ids(db: Database, day: dt.date, imported_from: str, imported_to: str) -> list[int]:
    """Clippings of a day: published that day, or imported in [imported_from,
    imported_to) (UTC ISO times: the morning, in the office's time) when published the
    day before or undated (last night's online items, copies without a date)."""
    before = (day - dt.timedelta(days=1)).isoformat()
    return [r[0] for r in db.execute(
        "SELECT id FROM clippings WHERE published = ? OR (imported_at >= ? AND "
        "imported_at < ? AND (published IS NULL OR published = ?)) ORDER BY id",
        [day.isoformat(), imported_from, imported_to, before])]

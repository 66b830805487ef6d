"""The desk's starting data, written once by migration m0007_desk: the outlet registry's
seed (clipper/data/outlets.json), the default outlet categories and tones, and the
outlets older clippings already name."""

from __future__ import annotations

from sqlite_utils import Database

from clipper.domain import DEFAULT_OUTLET_WEIGHT, DEFAULT_TONES, OUTLET_CATEGORIES
from clipper.seed import seed_outlets


def seed(db: Database) -> None:
    from clipper.store.library import now_iso

    now = now_iso()
    for position, name in enumerate(OUTLET_CATEGORIES):
        db.execute("INSERT OR IGNORE INTO outlet_categories (name, position) VALUES (?, ?)",
                   [name, position])
    for name, group, key in DEFAULT_TONES:
        db.execute("INSERT OR IGNORE INTO tones (name, grp, key) VALUES (?, ?, ?)",
                   [name, group, key])
    for entry in seed_outlets():
        cursor = db.execute(
            "INSERT OR IGNORE INTO outlets (name, category, weight, naver_oid, daum_id, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [entry["name"], entry.get("category"), entry.get("weight", DEFAULT_OUTLET_WEIGHT),
             entry.get("naver_oid"), entry.get("daum_id"), now])
        if not cursor.rowcount:
            continue
        outlet_id = cursor.lastrowid
        for alias in entry.get("aliases", ()):
            db.execute("INSERT OR IGNORE INTO outlet_aliases (alias, outlet_id) VALUES (?, ?)",
                       [alias, outlet_id])
        for domain in entry.get("domains", ()):
            db.execute("INSERT OR IGNORE INTO outlet_domains (domain, outlet_id) VALUES (?, ?)",
                       [domain, outlet_id])
    # Outlets older clippings name: an alias becomes the display name, anything else
    # is registered as it is, uncategorised, for the user to sort.
    names = [r[0] for r in db.execute(
        "SELECT DISTINCT outlet FROM clippings WHERE outlet != ''")]
    for name in names:
        row = db.execute(
            "SELECT o.name FROM outlet_aliases a JOIN outlets o ON o.id = a.outlet_id "
            "WHERE a.alias = ? AND NOT EXISTS (SELECT 1 FROM outlets WHERE name = ?)",
            [name, name]).fetchone()
        if row:
            db.execute("UPDATE clippings SET outlet = ? WHERE outlet = ?", [row[0], name])
            continue
        db.execute("INSERT OR IGNORE INTO outlets (name, category, weight, created_at) "
                   "VALUES (?, NULL, ?, ?)", [name, DEFAULT_OUTLET_WEIGHT, now])

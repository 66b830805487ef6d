"""The outlet registry's rows: outlets, their aliases and web domains, the categories."""

from __future__ import annotations

from collections import defaultdict

from sqlite_utils import Database

from clipper.domain import DEFAULT_OUTLET_WEIGHT, Outlet


def all_outlets(db: Database) -> list[Outlet]:
    """Every outlet, in the office's order: weight, then name."""
    aliases: dict[int, list[str]] = defaultdict(list)
    for outlet_id, alias in db.execute(
            "SELECT outlet_id, alias FROM outlet_aliases ORDER BY rowid"):
        aliases[outlet_id].append(alias)
    domains: dict[int, list[str]] = defaultdict(list)
    for outlet_id, domain in db.execute(
            "SELECT outlet_id, domain FROM outlet_domains ORDER BY rowid"):
        domains[outlet_id].append(domain)
    return [
        Outlet(id=r[0], name=r[1], category=r[2], weight=r[3],
               aliases=tuple(aliases[r[0]]), domains=tuple(domains[r[0]]),
               naver_oid=r[4], daum_id=r[5])
        for r in db.execute(
            "SELECT id, name, category, weight, naver_oid, daum_id FROM outlets "
            "ORDER BY weight, name")
    ]


def outlet(db: Database, outlet_id: int) -> Outlet | None:
    return next((o for o in all_outlets(db) if o.id == outlet_id), None)


def outlet_id_named(db: Database, name: str) -> int | None:
    """The outlet whose display name or alias is `name` (ASCII case ignored)."""
    row = db.execute("SELECT id FROM outlets WHERE name = ?", [name]).fetchone()
    if row is None:
        row = db.execute("SELECT outlet_id FROM outlet_aliases WHERE alias = ?",
                         [name]).fetchone()
    return row[0] if row else None


def categories(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM outlet_categories ORDER BY position")]


def clipping_counts(db: Database) -> dict[str, int]:
    """How many clippings carry each outlet name."""
    return {r[0]: r[1] for r in db.execute(
        "SELECT outlet, count(*) FROM clippings WHERE outlet != '' GROUP BY outlet")}


# ---- writes (callers hold a transaction and an undo step) --------------------------------

def insert(db: Database, name: str, category: str | None = None,
           weight: int = DEFAULT_OUTLET_WEIGHT) -> int:
    from clipper.store.library import now_iso

    cursor = db.execute(
        "INSERT INTO outlets (name, category, weight, created_at) VALUES (?, ?, ?, ?)",
        [name, category, weight, now_iso()])
    return int(cursor.lastrowid)


def ensure(db: Database, name: str) -> None:
    """Register an outlet seen for the first time (uncategorised); known names: nothing."""
    if name and outlet_id_named(db, name) is None:
        insert(db, name)


def update(db: Database, outlet_id: int, **values: object) -> None:
    sets = ", ".join(f"{column} = ?" for column in values)
    db.execute(f"UPDATE outlets SET {sets} WHERE id = ?", [*values.values(), outlet_id])


def set_aliases(db: Database, outlet_id: int, aliases: list[str]) -> None:
    db.execute("DELETE FROM outlet_aliases WHERE outlet_id = ?", [outlet_id])
    for alias in aliases:
        db.execute("INSERT INTO outlet_aliases (alias, outlet_id) VALUES (?, ?)",
                   [alias, outlet_id])


def add_alias(db: Database, outlet_id: int, alias: str) -> None:
    db.execute("INSERT OR IGNORE INTO outlet_aliases (alias, outlet_id) VALUES (?, ?)",
               [alias, outlet_id])


def set_domains(db: Database, outlet_id: int, domains: list[str]) -> None:
    db.execute("DELETE FROM outlet_domains WHERE outlet_id = ?", [outlet_id])
    for domain in domains:
        db.execute("INSERT INTO outlet_domains (domain, outlet_id) VALUES (?, ?)",
                   [domain, outlet_id])


def alias_owner(db: Database, alias: str) -> str | None:
    """The display name of the outlet an alias (or display name) belongs to."""
    row = db.execute("SELECT name FROM outlets WHERE name = ?", [alias]).fetchone()
    if row is None:
        row = db.execute("SELECT o.name FROM outlet_aliases a JOIN outlets o "
                         "ON o.id = a.outlet_id WHERE a.alias = ?", [alias]).fetchone()
    return row[0] if row else None


def domain_owner(db: Database, domain: str) -> str | None:
    row = db.execute("SELECT o.name FROM outlet_domains d JOIN outlets o "
                     "ON o.id = d.outlet_id WHERE d.domain = ?", [domain]).fetchone()
    return row[0] if row else None


def rename_clippings(db: Database, old: str, new: str) -> list[int]:
    """Point every clipping of outlet `old` at `new`; the ids changed."""
    ids = [r[0] for r in db.execute("SELECT id FROM clippings WHERE outlet = ?", [old])]
    db.execute("UPDATE clippings SET outlet = ? WHERE outlet = ?", [new, old])
    return ids


def move_names(db: Database, source_id: int, target_id: int) -> None:
    """A merged outlet's aliases and domains go to the outlet it was merged into."""
    db.execute("UPDATE outlet_aliases SET outlet_id = ? WHERE outlet_id = ?",
               [target_id, source_id])
    db.execute("UPDATE outlet_domains SET outlet_id = ? WHERE outlet_id = ?",
               [target_id, source_id])


def delete(db: Database, outlet_id: int) -> None:
    db.execute("DELETE FROM outlets WHERE id = ?", [outlet_id])


def set_categories(db: Database, names: list[str]) -> None:
    db.execute("DELETE FROM outlet_categories")
    for position, name in enumerate(names):
        db.execute("INSERT INTO outlet_categories (name, position) VALUES (?, ?)",
                   [name, position])

"""Response (대응) rows: what the office does about a critical or wrong report."""

from __future__ import annotations

from sqlite_utils import Database

from clipper.domain import Response
from clipper.store.clippings import chunks
from clipper.store.library import now_iso, parse_stored_date

_COLUMNS = "clipping_id, kind, due, note, link, closed"


def _response(row: tuple) -> Response:
    return Response(clipping_id=row[0], kind=row[1], due=parse_stored_date(row[2]),
                    note=row[3], link=row[4], closed=bool(row[5]))


def responses(db: Database, ids: list[int]) -> dict[int, Response]:
    """The response records of those of `ids` that have one."""
    found: dict[int, Response] = {}
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
                f"SELECT {_COLUMNS} FROM responses WHERE clipping_id IN ({marks})", chunk):
            found[row[0]] = _response(row)
    return found


def open_responses(db: Database) -> list[Response]:
    """Every record not closed, soonest due first (no due date last)."""
    return [_response(r) for r in db.execute(
        f"SELECT {_COLUMNS} FROM responses WHERE closed = 0 "
        "ORDER BY due IS NULL, due, clipping_id")]


def save(db: Database, response: Response) -> None:
    db.execute(
        "INSERT INTO responses (clipping_id, kind, due, note, link, closed, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (clipping_id) DO UPDATE SET "
        "kind = excluded.kind, due = excluded.due, note = excluded.note, "
        "link = excluded.link, closed = excluded.closed, updated_at = excluded.updated_at",
        [response.clipping_id, response.kind,
         response.due.isoformat() if response.due else None, response.note, response.link,
         int(response.closed), now_iso()])


def delete(db: Database, clipping_id: int) -> None:
    db.execute("DELETE FROM responses WHERE clipping_id = ?", [clipping_id])

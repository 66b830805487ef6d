"""A library folder: its SQLite database (the source of truth) and its media files.

Every public method is one short transaction. Several processes may use one library
at once (the app, `clipper import`, `clipper watch`): a transaction that writes takes
SQLite's write lock when it begins (BEGIN IMMEDIATE), so a writer waits its turn (up
to BUSY_TIMEOUT) instead of failing when another one committed meanwhile. Reads may
run anywhere with their own `Library` object.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from clipper.domain import (
    Annotation,
    ArticleDraft,
    Block,
    Clipping,
    ClippingSummary,
    Photo,
)
from clipper.errors import (
    DamagedLibrary,
    DiskFull,
    LibraryError,
    LibraryUnusable,
    ReadOnlyLibrary,
    disk_nearly_full,
    from_exception,
    is_io_error,
)
from clipper.store import media
from clipper.store import outlets as outlet_rows
from clipper.store.keys import body_key, url_key
from clipper.store.migrations import apply_migrations

DB_NAME = "clipper.sqlite"
EDITABLE_FIELDS = ("title", "outlet", "byline", "published", "url", "section", "language")
# How long a writer waits for another process's transaction. Ours last milliseconds;
# a long wait means another program holds the database.
BUSY_TIMEOUT = 60.0
_SQLITE_HEADER = b"SQLite format 3\x00"
_MAX_ID = 2**63 - 1  # SQLite's INTEGER range: a bigger id cannot name a clipping

__all__ = ["DB_NAME", "DuplicateError", "Library", "LibraryError", "open_library"]


class DuplicateError(LibraryError):
    def __init__(self, existing_id: int, why: str):
        super().__init__(f"duplicate of clipping {existing_id} ({why})")
        self.existing_id = existing_id
        self.why = why


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def open_library(folder: Path | str) -> Library:
    """Open (creating if needed) the library in `folder` and bring its schema up to date.

    Raises a LibraryError subclass (clipper.errors) with a message naming the library
    and what to do: damaged, made by a newer Clipper, not a folder, cannot be created.
    A library this process may not write opens read-only (`Library.read_only`).
    """
    return Library(Path(folder))


class ClipperDatabase(Database):
    """sqlite-utils' Database whose outermost `atomic()` is BEGIN IMMEDIATE.

    A deferred BEGIN that reads and then writes fails at once ("database is locked",
    SQLITE_BUSY_SNAPSHOT) when another process committed in between, whatever the
    busy timeout; taking the write lock first makes it wait instead.
    """

    @contextmanager
    def atomic(self) -> Iterator[ClipperDatabase]:
        if self.conn.in_transaction:  # nested: a savepoint, as sqlite-utils does
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.rollback()
            raise


class Library:
    def __init__(self, root: Path):
        self.root = _library_folder(root)
        path = self.root / DB_NAME
        conn: sqlite3.Connection | None = None
        try:
            if not os.path.lexists(path):
                _create_database(path)
            _check_database_file(path)
            self.read_only = not (os.access(self.root, os.W_OK) and os.access(path, os.W_OK))
            self.disk_full = False
            conn = _connect(path, self.read_only)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError as exc:
                if not (is_io_error(exc) and disk_nearly_full(self.root)):
                    raise
                # A full disk: SQLite cannot make its -shm file even to read. The
                # library can still be read as an immutable file; changes are refused
                # with "free some space" until there is room again.
                conn.close()
                conn = _connect(path, read_only=True, immutable=True)
                self.read_only = self.disk_full = True
            self.db = ClipperDatabase(conn, execute_plugins=False)
            self.db.execute("PRAGMA foreign_keys = ON")
            apply_migrations(self.db, read_only=self.read_only)
            if not self.read_only:
                _use_wal(self.db)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, (sqlite3.Error, OSError)):
                raise from_exception(exc, self.root) from exc
            message = str(exc)
            if isinstance(exc, LibraryError) and not message.startswith("library "):
                sep = " " if message.startswith(("is ", "was ")) else ": "
                raise type(exc)(f"library {self.root}{sep}{message}") from exc
            raise

    def close(self) -> None:
        self.db.conn.close()

    def require_writable(self) -> None:
        """Refuse a change up front on a library opened read-only."""
        if self.disk_full:
            raise DiskFull(f"library {self.root}: the disk is full; free some space and "
                           "try again (reading, listing and searching work meanwhile)")
        if self.read_only:
            raise ReadOnlyLibrary(
                f"library {self.root} is read-only: this command changes it and needs "
                "write access (reading, listing and searching work)"
            )

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        with self.db.atomic():
            yield self.db

    # ---- adding -------------------------------------------------------------

    def find_duplicate(self, draft: ArticleDraft) -> tuple[int, str] | None:
        """The id of a stored clipping with the same URL or the same normalised body."""
        key = url_key(draft.url)
        if key:
            row = self.db.execute(
                "SELECT id FROM clippings WHERE url_key = ? LIMIT 1", [key]
            ).fetchone()
            if row:
                return row[0], "same URL"
        row = self.db.execute(
            "SELECT id FROM clippings WHERE body_key = ? LIMIT 1", [body_key(draft.body_text())]
        ).fetchone()
        if row:
            return row[0], "same text"
        return None

    def add(self, draft: ArticleDraft, original: bytes | None = None,
            original_suffix: str = "") -> tuple[int, list[str]]:
        """Store a draft as one transaction; return its id and warnings about its photos.

        Photo files are written first (content-addressed, so harmless if shared) and
        removed again if the database transaction fails, so nothing half-written stays.
        """
        duplicate = self.find_duplicate(draft)
        if duplicate:
            raise DuplicateError(*duplicate)
        warnings: list[str] = []
        created: list[Path] = []
        files: list[tuple[Path, bytes]] = []  # every file the new rows will refer to
        photo_rows: list[dict[str, Any]] = []
        try:
            for position, photo in enumerate(draft.photos):
                row: dict[str, Any] = {
                    "position": position,
                    "caption": photo.caption,
                    "credit": photo.credit,
                    "image": None,
                    "src": photo.src,
                    "width": None,
                    "height": None,
                    "after_block": _photo_place(photo.after_block, len(draft.body)),
                }
                if photo.data is not None:
                    try:
                        stored = media.store_image(self.root, photo.data)
                    except media.MediaError as exc:
                        warnings.append(f"photo {position + 1} ({photo.src or 'no name'}): {exc}")
                    else:
                        if stored.created:
                            created.append(self.root / stored.path)
                        files.append((self.root / stored.path, photo.data))
                        row.update(image=stored.path, width=stored.width, height=stored.height)
                photo_rows.append(row)
            original_rel = None
            if original is not None:
                original_rel, was_created = self._store_original(original, original_suffix)
                if was_created:
                    created.append(self.root / original_rel)
                files.append((self.root / original_rel, original))
            with self.transaction() as db:
                # Under the write lock: a delete or `check --fix` in another process
                # may have removed a file we found already stored. Written again here,
                # so a commit never refers to a missing file.
                for target, data in files:
                    if not target.exists():
                        media.write_atomically(target, data)
                        created.append(target)
                now = now_iso()
                clipping_id = db["clippings"].insert(
                    {
                        "title": draft.title,
                        "outlet": draft.outlet,
                        "byline": draft.byline,
                        "published": draft.published.isoformat() if draft.published else None,
                        "url": draft.url,
                        "url_key": url_key(draft.url),
                        "language": draft.language,
                        "section": draft.section,
                        "body_key": body_key(draft.body_text()),
                        "source_kind": draft.source_kind,
                        "source_name": draft.source_name,
                        "original": original_rel,
                        "imported_at": now,
                        "updated_at": now,
                        "edition": draft.edition,
                        "page": draft.page,
                        "position": draft.position,
                    }
                ).last_pk
                # An outlet seen for the first time joins the registry, uncategorised.
                outlet_rows.ensure(db, draft.outlet)
                self._write_blocks(clipping_id, draft.body)
                for row in photo_rows:
                    db["photos"].insert({"clipping_id": clipping_id, **row})
                db["source_keywords"].insert_all(
                    {"clipping_id": clipping_id, "position": i, "keyword": k}
                    for i, k in enumerate(draft.source_keywords)
                )
        except BaseException as exc:
            for path in created:
                path.unlink(missing_ok=True)
            if isinstance(exc, (sqlite3.Error, OSError)):
                # Disk full, read-only, locked too long: a message for this item, and
                # the rest of a batch goes on.
                raise from_exception(exc, self.root) from exc
            raise
        return int(clipping_id), warnings

    def _store_original(self, data: bytes, suffix: str) -> tuple[str, bool]:
        import hashlib

        digest = hashlib.sha256(data).hexdigest()
        safe_suffix = "".join(c for c in suffix.lower() if c.isalnum() or c == ".")[:8]
        rel = f"originals/{digest[:2]}/{digest}{safe_suffix}"
        target = self.root / rel
        if target.exists():
            return rel, False
        media.write_atomically(target, data)
        return rel, True

    def _write_blocks(self, clipping_id: int, blocks: Iterable[Block]) -> None:
        self.db.execute("DELETE FROM blocks WHERE clipping_id = ?", [clipping_id])
        self.db["blocks"].insert_all(
            {"clipping_id": clipping_id, "position": i, "kind": b.kind, "text": b.text}
            for i, b in enumerate(blocks)
        )

    # ---- reading ------------------------------------------------------------

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM clippings").fetchone()[0]

    def exists(self, clipping_id: int) -> bool:
        if not _storable(clipping_id):
            return False
        return bool(
            self.db.execute("SELECT 1 FROM clippings WHERE id = ?", [clipping_id]).fetchone()
        )

    def ids(self, order: str = "published") -> list[int]:
        """All clipping ids, newest first by publication date (undated last)."""
        if order == "page":
            return ids_by_page(self.db, "1", [])
        sql = f"SELECT id FROM clippings ORDER BY {_order_sql(order)}"
        return [row[0] for row in self.db.execute(sql)]

    def get(self, clipping_id: int) -> Clipping | None:
        if not _storable(clipping_id):
            return None
        row = self.db.execute(
            "SELECT * FROM clippings WHERE id = ?", [clipping_id]
        ).fetchone()
        if row is None:
            return None
        cols = [d[0] for d in self.db.execute("SELECT * FROM clippings LIMIT 0").description]
        return self._clipping_from_row(dict(zip(cols, row, strict=True)))

    def _clipping_from_row(self, row: dict[str, Any]) -> Clipping:
        cid = row["id"]
        db = self.db
        body = [
            Block(kind, text)
            for kind, text in db.execute(
                "SELECT kind, text FROM blocks WHERE clipping_id = ? ORDER BY position", [cid]
            )
        ]
        photos = [
            Photo(caption=r[0], credit=r[1], image=r[2], src=r[3], width=r[4], height=r[5],
                  position=r[6], after_block=r[7])
            for r in db.execute(
                "SELECT caption, credit, image, src, width, height, position, after_block "
                "FROM photos "
                "WHERE clipping_id = ? ORDER BY position",
                [cid],
            )
        ]
        keywords = [
            r[0]
            for r in db.execute(
                "SELECT keyword FROM source_keywords WHERE clipping_id = ? ORDER BY position",
                [cid],
            )
        ]
        return Clipping(
            id=cid,
            title=row["title"],
            outlet=row["outlet"],
            byline=row["byline"],
            published=parse_stored_date(row["published"]),
            url=row["url"],
            language=row["language"],
            body=body,
            photos=photos,
            source_keywords=keywords,
            tags=self.tags_of(cid),
            themes=self.themes_of(cid),
            annotations=self.annotations_of(cid),
            source_kind=row["source_kind"],
            source_name=row["source_name"],
            imported_at=row["imported_at"],
            section=row["section"],
            edition=row.get("edition"),
            page=row.get("page"),
            position=row.get("position"),
            tone=self._tone_name(row.get("tone_id")),
            cuts=self._cuts_of(cid),
        )

    def _cuts_of(self, clipping_id: int) -> list:
        from clipper.store import print_pages  # print (issue 16)

        return print_pages.cuts_of(self.db, clipping_id)

    def _tone_name(self, tone_id: int | None) -> str | None:
        if tone_id is None:
            return None
        row = self.db.execute("SELECT name FROM tones WHERE id = ?", [tone_id]).fetchone()
        return row[0] if row else None

    def tags_of(self, clipping_id: int) -> list[str]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT t.name FROM tags t JOIN clipping_tags ct ON ct.tag_id = t.id "
                "WHERE ct.clipping_id = ? ORDER BY t.name COLLATE NOCASE",
                [clipping_id],
            )
        ]

    def themes_of(self, clipping_id: int) -> list[str]:
        """Themes the clipping belongs to (manual or accepted; not suggested or rejected)."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT t.name FROM themes t JOIN clipping_themes ct ON ct.theme_id = t.id "
                "WHERE ct.clipping_id = ? AND ct.state IN ('manual', 'accepted') "
                "ORDER BY t.name COLLATE NOCASE",
                [clipping_id],
            )
        ]

    def annotations_of(self, clipping_id: int) -> list[Annotation]:
        rows = self.db.execute(
            'SELECT id, clipping_id, quote, prefix, suffix, start, "end", target, colour, '
            "note, orphaned, created_at FROM annotations WHERE clipping_id = ? ORDER BY id",
            [clipping_id],
        )
        return [
            Annotation(
                id=r[0], clipping_id=r[1], quote=r[2], prefix=r[3], suffix=r[4], start=r[5],
                end=r[6], target=r[7], colour=r[8], note=r[9], orphaned=bool(r[10]),
                created_at=r[11],
            )
            for r in rows
        ]

    def summaries(self, ids: list[int]) -> list[ClippingSummary]:
        """Summary rows for `ids`, in the order given (for lazy list models)."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"""
            SELECT c.id, c.title, c.outlet, c.published, c.language,
                   (SELECT count(*) FROM photos p WHERE p.clipping_id = c.id),
                   (SELECT json_group_array(name) FROM (
                        SELECT t.name AS name FROM tags t
                        JOIN clipping_tags ct ON ct.tag_id = t.id
                        WHERE ct.clipping_id = c.id ORDER BY t.name COLLATE NOCASE)),
                   c.edition, c.page, c.position,
                   (SELECT name FROM tones WHERE id = c.tone_id)
            FROM clippings c WHERE c.id IN ({marks})
            """,
            ids,
        ).fetchall()
        by_id = {
            r[0]: ClippingSummary(
                id=r[0], title=r[1], outlet=r[2], published=parse_stored_date(r[3]), language=r[4],
                # Most clippings have no tag: '[]' is not worth a JSON parse (10k rows).
                photo_count=r[5], tags=json.loads(r[6]) if r[6] and r[6] != "[]" else [],
                edition=r[7], page=r[8], position=r[9], tone=r[10],
            )
            for r in rows
        }
        from clipper.store import print_pages  # print (issue 16): which rows have a cut

        for clipping_id in print_pages.with_cuts(self.db, list(by_id)):
            by_id[clipping_id].has_cut = True
        return [by_id[i] for i in ids if i in by_id]

    # ---- changing -----------------------------------------------------------

    def update_fields(self, clipping_id: int, **fields: Any) -> None:
        """Correct metadata that extraction got wrong (title, outlet, byline, date, URL)."""
        unknown = set(fields) - set(EDITABLE_FIELDS)
        if unknown:
            raise LibraryError(f"cannot edit {', '.join(sorted(unknown))}")
        if not self.exists(clipping_id):
            raise LibraryError(f"no clipping with id {clipping_id}")
        values = dict(fields)
        if "published" in values and isinstance(values["published"], dt.date):
            values["published"] = values["published"].isoformat()
        if "url" in values:
            values["url_key"] = url_key(values["url"])
        values["updated_at"] = now_iso()
        with self.transaction() as db:
            db["clippings"].update(clipping_id, values)
            if values.get("outlet"):  # a corrected outlet joins the registry too
                outlet_rows.ensure(db, str(values["outlet"]))

    def replace_body(self, clipping_id: int, blocks: list[Block]) -> None:
        if not self.exists(clipping_id):
            raise LibraryError(f"no clipping with id {clipping_id}")
        with self.transaction() as db:
            self._write_blocks(clipping_id, blocks)
            # A photo placed after a block that is gone goes after the last one left.
            db.execute("UPDATE photos SET after_block = ? WHERE clipping_id = ? "
                       "AND after_block > ?", [len(blocks), clipping_id, len(blocks)])
            db["clippings"].update(
                clipping_id,
                {"body_key": body_key("\n".join(b.text for b in blocks)), "updated_at": now_iso()},
            )

    def delete(self, clipping_id: int) -> None:
        """Delete a clipping; its photo files go too unless another clipping uses them."""
        if not self.exists(clipping_id):
            raise LibraryError(f"no clipping with id {clipping_id}")
        images = [
            r[0]
            for r in self.db.execute(
                "SELECT image FROM photos WHERE clipping_id = ? AND image IS NOT NULL",
                [clipping_id],
            )
        ]
        original = self.db.execute(
            "SELECT original FROM clippings WHERE id = ?", [clipping_id]
        ).fetchone()[0]
        images += [r[0] for r in self.db.execute(  # print cuts (issue 16)
            "SELECT image FROM clipping_cuts WHERE clipping_id = ?", [clipping_id])]
        with self.transaction() as db:
            db.execute("DELETE FROM clippings WHERE id = ?", [clipping_id])
        # Files go after the commit: a crash in between leaves an orphan file (which
        # `clipper check` reports), never a clipping whose photo is missing.
        self.remove_unused_files(images + ([original] if original else []))

    def remove_unused_files(self, rels: Iterable[str]) -> list[str]:
        """Delete those of `rels` (media or original paths) no row refers to.

        Done holding the write lock, so no other process commits a new reference to
        one of them meanwhile (`add` re-checks its files under the same lock).
        """
        removed: list[str] = []
        with self.transaction() as db:
            for rel in dict.fromkeys(rels):
                if media.is_referenced(db, rel):
                    continue
                try:
                    path = media.resolve_inside(self.root, rel)
                except media.MediaError:
                    continue
                path.unlink(missing_ok=True)
                removed.append(rel)
        return removed


# ---- opening --------------------------------------------------------------------


def _photo_place(after_block: int | None, blocks: int) -> int | None:
    """A photo's place as stored: within the body (an importer's count past the last block
    means "at the end"), None when unknown or not a count."""
    if after_block is None or isinstance(after_block, bool) or not isinstance(after_block, int):
        return None
    return min(max(after_block, 0), blocks)


def _library_folder(folder: Path) -> Path:
    root = folder.expanduser().resolve()
    if root.exists() and not root.is_dir():
        raise LibraryUnusable(
            f"library {root} is a file, not a folder; choose a folder for the library"
        )
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryUnusable(
            f"library {root}: cannot create the folder ({exc.strerror or exc}); "
            "choose a folder you may write to"
        ) from exc
    return root


def _create_database(path: Path) -> None:
    """Make a new, fully migrated database at `path`, appearing there all at once.

    It is built under a temporary name and linked into place, so another process
    opening the same new library at the same moment sees either no database or a
    complete one (never an empty file, never a half-applied first migration).
    """
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        conn = sqlite3.connect(tmp, timeout=BUSY_TIMEOUT, isolation_level=None)
        try:
            db = ClipperDatabase(conn)
            conn.execute("PRAGMA journal_mode = WAL")
            apply_migrations(db)
        finally:
            conn.close()
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process created it first: use theirs
        except OSError:
            # A file system without hard links (FAT, some shares): a plain rename.
            if not os.path.lexists(path):
                os.replace(tmp, path)
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)


def _check_database_file(path: Path) -> None:
    """Refuse what SQLite would misread: a folder, an empty file, a truncated or
    foreign file (SQLite would silently make an empty library of an empty file)."""
    if path.is_dir():
        raise DamagedLibrary(
            f"{DB_NAME} is a folder, not a database; move it away or restore the file "
            "from a backup"
        )
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header:
        raise DamagedLibrary(
            f"{DB_NAME} is empty (0 bytes); restore it from a backup (or delete it to "
            "start a new, empty library)"
        )
    if not header.startswith(_SQLITE_HEADER):
        raise DamagedLibrary(
            f"{DB_NAME} is not a database (damaged or overwritten); restore it from a backup"
        )
    if len(header) < 100:
        raise DamagedLibrary(f"{DB_NAME} is truncated; restore it from a backup")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when its "version valid for" matches
    # the change counter (SQLite >= 3.7.0 keeps it so). With a write-ahead log (or a
    # rollback journal) present, the newest pages, the header's too, may be there
    # instead: a checkpoint stopped by a full disk leaves the file short but whole.
    journals = [Path(f"{path}-wal"), Path(f"{path}-journal")]
    if any(j.exists() and j.stat().st_size for j in journals):
        return
    if header[92:96] == header[24:28] and pages and page_size:
        expected = pages * page_size
        actual = path.stat().st_size
        if actual < expected:
            raise DamagedLibrary(
                f"{DB_NAME} is truncated ({actual} of {expected} bytes); restore it "
                "from a backup"
            )


def _connect(path: Path, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    options: dict[str, Any] = {"timeout": BUSY_TIMEOUT, "check_same_thread": False,
                               "isolation_level": "IMMEDIATE"}
    if immutable:
        return sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True, **options)
    if not read_only:
        return sqlite3.connect(path, **options)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, **options)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # A WAL database in a folder we cannot write and without its -shm file:
        # SQLite can read it only as an immutable file.
        conn.close()
    return sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True, **options)


def _use_wal(db: Database) -> None:
    # WAL lets readers (the app's list, a search) run beside a writer. It is recorded
    # in the file: set once, when the database is made, and checked on open.
    if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        db.execute("PRAGMA journal_mode = WAL")


def _storable(clipping_id: int) -> bool:
    return -_MAX_ID - 1 <= clipping_id <= _MAX_ID


def _order_sql(order: str) -> str:
    orders = {
        "published": "published IS NULL, published DESC, id DESC",
        "imported": "id DESC",
        "title": "title COLLATE NOCASE, id",
        "outlet": "outlet COLLATE NOCASE, published DESC, id",
        # as printed (A2 before A10): ids_by_page() re-sorts what this approximates
        "page": "page IS NULL, page COLLATE NOCASE, id",
        "tone": "tone_id IS NULL, (SELECT key FROM tones WHERE tones.id = tone_id), id",
    }
    if order not in orders:
        raise LibraryError(f"unknown order {order!r}; choose from {', '.join(orders)}")
    return orders[order]


def ids_by_page(db: Database, where: str, params: list[Any]) -> list[int]:
    """Ids of the clippings matching `where`, by page as printed (1 < 2 < 10 < A1 <
    A2 < A10; no page last), then edition, then newest first."""
    from clipper.domain import page_sort_key

    rows = db.execute(f"SELECT id, page, edition, published FROM clippings WHERE {where}",
                      params).fetchall()
    rows.sort(key=lambda r: (page_sort_key(r[1]), r[2] or "", _desc(r[3]), -r[0]))
    return [r[0] for r in rows]


def _desc(value: str | None) -> str:
    # newest first within a page: invert the ISO date's characters
    return "".join(chr(0x10FFFF - ord(c)) for c in (value or ""))


def parse_stored_date(value: str | None) -> dt.date | None:
    """A date column (YYYY-MM-DD, or longer ISO text) as a date; None if empty or bad."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None

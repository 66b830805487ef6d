"""The schema as a numbered list of migrations (sqlite-utils `Migrations`).

A library made by an old version opens in a new one: new migrations are appended, never
edited. Names are `mNNNN_what` so that their order reads from the name too.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from clipper.errors import NewerLibrary, ReadOnlyLibrary

migrations = Migrations("clipper")
MIGRATIONS_TABLE = Migrations.migrations_table


@migrations()
def m0001_initial(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE clippings (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            byline TEXT NOT NULL DEFAULT '',
            published TEXT,
            url TEXT,
            url_key TEXT,
            language TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '',
            body_key TEXT NOT NULL,
            source_kind TEXT NOT NULL,
            source_name TEXT NOT NULL DEFAULT '',
            original TEXT,
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX clippings_url_key ON clippings(url_key);
        CREATE INDEX clippings_body_key ON clippings(body_key);
        CREATE INDEX clippings_published ON clippings(published);
        CREATE INDEX clippings_outlet ON clippings(outlet);

        CREATE TABLE blocks (
            clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (clipping_id, position)
        );

        CREATE TABLE photos (
            clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            caption TEXT NOT NULL DEFAULT '',
            credit TEXT NOT NULL DEFAULT '',
            image TEXT,
            src TEXT,
            width INTEGER,
            height INTEGER,
            PRIMARY KEY (clipping_id, position)
        );
        CREATE INDEX photos_image ON photos(image);

        CREATE TABLE source_keywords (
            clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            keyword TEXT NOT NULL,
            PRIMARY KEY (clipping_id, position)
        );

        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
        );
        CREATE TABLE clipping_tags (
            clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (clipping_id, tag_id)
        );

        CREATE TABLE themes (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            description TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL DEFAULT '#4a7bd0',
            date_from TEXT,
            date_to TEXT,
            key_messages TEXT NOT NULL DEFAULT '[]',
            rule TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        -- state: 'manual' (user assigned), 'accepted' (rule match the user accepted),
        -- 'suggested' (rule match awaiting review), 'rejected' (never re-suggested).
        CREATE TABLE clipping_themes (
            clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
            theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
            state TEXT NOT NULL,
            PRIMARY KEY (clipping_id, theme_id)
        );

        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
            target TEXT NOT NULL DEFAULT 'body',
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL DEFAULT '#fff176',
            note TEXT NOT NULL DEFAULT '',
            orphaned INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX annotations_clipping ON annotations(clipping_id);
        """
    )


# Every write that changes what search indexes marks the clipping in `search_dirty`, in
# the same transaction as the write, whoever makes it. The index catches up from this
# journal and removes an entry only if its `seq` is unchanged, so a crash between the
# SQLite commit and the index commit (or a write from another process) is never lost.
_DIRTY_MARK = (
    "INSERT INTO search_dirty (clipping_id, seq) "
    "VALUES ({id}, (SELECT coalesce(max(seq), 0) + 1 FROM search_dirty)) "
    "ON CONFLICT (clipping_id) DO UPDATE SET seq = excluded.seq"
)


@migrations()
def m0002_search_journal(db: Database) -> None:
    db.execute(
        "CREATE TABLE search_dirty (clipping_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL)"
    )
    db.execute("CREATE INDEX search_dirty_seq ON search_dirty(seq)")
    for table, key in [
        ("clippings", "id"), ("blocks", "clipping_id"), ("photos", "clipping_id"),
        ("source_keywords", "clipping_id"), ("clipping_tags", "clipping_id"),
        ("clipping_themes", "clipping_id"), ("annotations", "clipping_id"),
    ]:
        for event, row in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")]:
            mark = _DIRTY_MARK.format(id=f"{row}.{key}")
            db.execute(
                f"CREATE TRIGGER search_dirty_{table}_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN {mark}; END"
            )
    # Renaming a tag or theme changes every clipping that carries it.
    for table, link, key in [("tags", "clipping_tags", "tag_id"),
                             ("themes", "clipping_themes", "theme_id")]:
        db.execute(
            f"CREATE TRIGGER search_dirty_{table}_update AFTER UPDATE OF name ON {table} "
            f"BEGIN INSERT INTO search_dirty (clipping_id, seq) "
            f"SELECT c.clipping_id, (SELECT coalesce(max(seq), 0) + 1 FROM search_dirty) "
            f"FROM {link} c WHERE c.{key} = NEW.id "
            f"ON CONFLICT (clipping_id) DO UPDATE SET seq = excluded.seq; END"
        )


@migrations()
def m0003_organise(db: Database) -> None:
    """Saved searches, the undo journal and near-duplicate story groups (issue 5)."""
    _run(
        db,
        """
        CREATE TABLE saved_searches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            query TEXT NOT NULL,
            created_at TEXT NOT NULL
        );

        -- One row per undoable change (tags, theme membership): payload is JSON that
        -- says how to put things back. Kept short; `undo` pops the newest.
        CREATE TABLE undo_journal (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL
        );

        -- MinHash signature of each clipping's normalised body (uint32 values as bytes),
        -- with the body_key it was computed from so an edited body is noticed.
        CREATE TABLE story_signatures (
            clipping_id INTEGER PRIMARY KEY REFERENCES clippings(id) ON DELETE CASCADE,
            body_key TEXT NOT NULL,
            signature BLOB,
            shingles INTEGER NOT NULL
        );
        -- LSH band keys: clippings sharing a key are candidate near-duplicates.
        CREATE TABLE story_bands (
            band_key INTEGER NOT NULL,
            clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
            PRIMARY KEY (band_key, clipping_id)
        ) WITHOUT ROWID;
        CREATE INDEX story_bands_clipping ON story_bands(clipping_id);
        -- Groups of two or more clippings telling one story; a clipping in no group
        -- is a story of its own.
        CREATE TABLE story_members (
            clipping_id INTEGER PRIMARY KEY REFERENCES clippings(id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL
        );
        CREATE INDEX story_members_story ON story_members(story_id);
        -- The user's word on a pair: 'apart' (split; never grouped again by detection).
        CREATE TABLE story_decisions (
            a INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
            b INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
            decision TEXT NOT NULL,
            PRIMARY KEY (a, b)
        );
        """
    )


@migrations()
def m0004_undo_rows(db: Database) -> None:
    """One undo for everything (issue 13): each journal entry keeps the rows it changed,
    before and after, so undo and redo replay them exactly. Entries of the older form
    (tag and theme lists) cannot be replayed that way and are dropped."""
    _run(
        db,
        """
        DELETE FROM undo_journal;
        ALTER TABLE undo_journal ADD COLUMN undone INTEGER NOT NULL DEFAULT 0;
        -- One row per changed row of a journaled table: op is insert, update or delete;
        -- old/new are the row as JSON (BLOBs as {"$b": hex}). Filled by TEMP triggers
        -- while a journal step is open (store/journal.py).
        CREATE TABLE undo_rows (
            seq INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL,
            tbl TEXT NOT NULL,
            op TEXT NOT NULL,
            old TEXT,
            new TEXT
        );
        CREATE INDEX undo_rows_entry ON undo_rows(entry_id);
        """
    )


@migrations()
def m0005_photo_place(db: Database) -> None:
    """Where each photo stood in the article (issue 13): the number of body blocks before
    it. Photos of older libraries get NULL, "unknown", and are shown on top as before."""
    db.execute("ALTER TABLE photos ADD COLUMN after_block INTEGER")


@migrations()
def m0006_feeds(db: Database) -> None:
    """Watched feeds (issue 17): what the user set (feeds, journaled so that adding,
    editing and removing one is undoable), how each check went (feed_state), and every
    entry ever seen (feed_entries), so an entry is fetched once, by one watcher."""
    _run(
        db,
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            filter TEXT NOT NULL DEFAULT '',
            tag TEXT NOT NULL DEFAULT '',
            theme TEXT NOT NULL DEFAULT '',
            interval_minutes INTEGER NOT NULL DEFAULT 15,
            paused INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        -- Written by every check, outside the undo journal: undoing an edit of a feed
        -- must not bring back an old ETag.
        CREATE TABLE feed_state (
            feed_id INTEGER PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            last_checked TEXT,
            last_error TEXT NOT NULL DEFAULT '',
            failures INTEGER NOT NULL DEFAULT 0,
            next_due TEXT,
            checking_until TEXT
        );
        -- An entry is claimed (one transaction) before its page is fetched: a second
        -- watcher finds the row and leaves it. Kept after a feed is removed, so that
        -- undoing the removal does not fetch everything again.
        CREATE TABLE feed_entries (
            feed_id INTEGER NOT NULL,
            entry_key TEXT NOT NULL,
            link TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            clipping_id INTEGER,
            unread INTEGER NOT NULL DEFAULT 0,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (feed_id, entry_key)
        );
        CREATE INDEX feed_entries_clipping ON feed_entries(clipping_id);
        """
    )


DESK_COLUMNS = ("edition", "page", "position", "tone_id")


@migrations()
def m0007_desk(db: Database) -> None:
    """The morning clipping desk (issue 15): the outlet registry (seeded), print
    placement, tone (논조) and the office's response to critical reports. Outlets that
    older clippings name are registered as they are, uncategorised, for the user to
    sort; an alias they were stored under becomes the registry's display name."""
    from clipper.store import desk_seed

    _run(
        db,
        """
        CREATE TABLE outlet_categories (
            name TEXT PRIMARY KEY,
            position INTEGER NOT NULL
        );
        -- name is what clippings.outlet holds (the display name).
        CREATE TABLE outlets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            category TEXT,
            weight INTEGER NOT NULL DEFAULT 1000,
            naver_oid TEXT UNIQUE,
            daum_id TEXT UNIQUE,
            created_at TEXT NOT NULL DEFAULT ''
        );
        -- One alias names one outlet (the primary key refuses a second).
        CREATE TABLE outlet_aliases (
            alias TEXT PRIMARY KEY COLLATE NOCASE,
            outlet_id INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE
        );
        CREATE INDEX outlet_aliases_outlet ON outlet_aliases(outlet_id);
        CREATE TABLE outlet_domains (
            domain TEXT PRIMARY KEY COLLATE NOCASE,
            outlet_id INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE
        );
        CREATE INDEX outlet_domains_outlet ON outlet_domains(outlet_id);
        CREATE TABLE tones (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            grp TEXT NOT NULL,
            key INTEGER NOT NULL
        );
        ALTER TABLE clippings ADD COLUMN edition TEXT;
        ALTER TABLE clippings ADD COLUMN page TEXT;
        ALTER TABLE clippings ADD COLUMN position TEXT;
        ALTER TABLE clippings ADD COLUMN tone_id INTEGER REFERENCES tones(id);
        CREATE INDEX clippings_tone ON clippings(tone_id);
        CREATE TABLE responses (
            clipping_id INTEGER PRIMARY KEY REFERENCES clippings(id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'none',
            due TEXT,
            note TEXT NOT NULL DEFAULT '',
            link TEXT NOT NULL DEFAULT '',
            closed INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL DEFAULT ''
        );
        """
    )
    # Tone and placement are not searched: setting them on 1,000 clippings (or undoing
    # that, which rewrites whole rows) must not send 1,000 clippings back through the
    # Korean analyser. The update trigger now fires when a column search reads changed
    # (every column the table had before this migration); a later migration adding a
    # searched column to clippings must add it here too.
    searched = [r[1] for r in db.execute("PRAGMA table_info(clippings)")
                if r[1] not in DESK_COLUMNS]
    db.execute("DROP TRIGGER IF EXISTS search_dirty_clippings_update")
    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in searched)
    db.execute(
        "CREATE TRIGGER search_dirty_clippings_update AFTER UPDATE ON clippings "
        f"WHEN {changed} BEGIN {_DIRTY_MARK.format(id='NEW.id')}; END")
    desk_seed.seed(db)


@migrations()
def m0008_report_presets(db: Database) -> None:
    """Named layouts of the daily clipping report (issue 15): sections, index columns,
    photos, one clipping per page. `settings` is the layout as JSON (export/daily.py)."""
    _run(
        db,
        """
        CREATE TABLE report_presets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            settings TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
    )


@migrations()
def m0009_print(db: Database) -> None:
    """Print and e-paper clippings (issue 16): pages of PDFs and scans waiting to be cut
    (the original file kept once under originals/, a lossless PNG per page under media/),
    the words on each page with their boxes (text layer or OCR), and the rectangles a
    clipping was cut from, each with its lossless crop."""
    _run(
        db,
        """
        CREATE TABLE print_pages (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            original TEXT NOT NULL,
            page_number INTEGER NOT NULL,
            image TEXT NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            dpi INTEGER NOT NULL,
            text_source TEXT NOT NULL DEFAULT 'none',
            ocr_state TEXT NOT NULL DEFAULT 'pending',
            error TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            published TEXT,
            page TEXT,
            edition TEXT,
            vertical INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL
        );
        CREATE INDEX print_pages_original ON print_pages(original, page_number);
        -- The words of a page as one JSON array of [text, x0, y0, x1, y1, block, line,
        -- conf]: a page holds thousands, always read and written whole.
        CREATE TABLE print_words (
            page_id INTEGER PRIMARY KEY REFERENCES print_pages(id) ON DELETE CASCADE,
            words TEXT NOT NULL
        );
        CREATE TABLE clipping_cuts (
            clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            page_id INTEGER REFERENCES print_pages(id) ON DELETE SET NULL,
            x0 INTEGER NOT NULL,
            y0 INTEGER NOT NULL,
            x1 INTEGER NOT NULL,
            y1 INTEGER NOT NULL,
            image TEXT NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            PRIMARY KEY (clipping_id, position)
        );
        CREATE INDEX clipping_cuts_page ON clipping_cuts(page_id);
        CREATE INDEX clipping_cuts_image ON clipping_cuts(image)
        """,
    )


@migrations()
def m0010_releases(db: Database) -> None:
    """The office's own press releases and their pickup (issue 18). `signature` holds
    the sampled shingle hashes the matcher indexes (releases/passages.py), so that
    undo gives it back with the release; pickups and photo pickups are what the
    matcher found (kept across undo with their release); `photo_hashes` caches the
    perceptual hash of a stored image (keyed by its content-addressed path), and
    `pickup_checked` what each clipping was last matched as."""
    from clipper.domain import DEFAULT_PHOTO_CREDITS

    _run(
        db,
        """
        CREATE TABLE releases (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            issued TEXT,
            department TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            source_kind TEXT NOT NULL DEFAULT '',
            source_name TEXT NOT NULL DEFAULT '',
            original TEXT,
            body_key TEXT NOT NULL,
            signature BLOB,
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX releases_issued ON releases(issued);
        CREATE INDEX releases_body_key ON releases(body_key);
        CREATE TABLE release_blocks (
            release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (release_id, position)
        );
        CREATE TABLE release_photos (
            release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            caption TEXT NOT NULL DEFAULT '',
            credit TEXT NOT NULL DEFAULT '',
            image TEXT,
            width INTEGER,
            height INTEGER,
            after_block INTEGER,
            phash TEXT,
            PRIMARY KEY (release_id, position)
        );
        CREATE INDEX release_photos_image ON release_photos(image);
        CREATE TABLE pickups (
            release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
            clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
            share REAL NOT NULL,
            coverage REAL NOT NULL,
            kind TEXT NOT NULL,
            passages INTEGER NOT NULL DEFAULT 0,
            matched_at TEXT NOT NULL,
            PRIMARY KEY (release_id, clipping_id)
        );
        CREATE INDEX pickups_clipping ON pickups(clipping_id);
        CREATE TABLE photo_pickups (
            release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
            clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            how TEXT NOT NULL,
            distance INTEGER,
            PRIMARY KEY (release_id, clipping_id, position)
        );
        CREATE INDEX photo_pickups_clipping ON photo_pickups(clipping_id);
        CREATE TABLE photo_credits (
            position INTEGER PRIMARY KEY,
            credit TEXT NOT NULL
        );
        CREATE TABLE photo_hashes (
            image TEXT PRIMARY KEY,
            phash TEXT NOT NULL
        );
        -- What each clipping was matched as (text, date, photos): a change that leaves
        -- these alone (a tag, a tone) does not send it through the matcher again. Its
        -- sampled shingle hashes let a new release find its candidates without
        -- reading every clipping's text.
        CREATE TABLE pickup_checked (
            clipping_id INTEGER PRIMARY KEY REFERENCES clippings(id) ON DELETE CASCADE,
            match_key TEXT NOT NULL,
            signature BLOB
        )
        """,
    )
    for position, credit in enumerate(DEFAULT_PHOTO_CREDITS):
        db.execute("INSERT INTO photo_credits (position, credit) VALUES (?, ?)",
                   [position, credit])

def _run(db: Database, script: str) -> None:
    # executescript() would COMMIT first and break the migration's transaction, so
    # statements run one by one inside it.
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


def known_migrations() -> list[str]:
    # sqlite-utils keeps the registered migrations in a private list; there is no
    # public way to ask which names this version knows.
    return [m.name for m in migrations._migrations]


def applied_migrations(db: Database) -> list[str]:
    if not db[MIGRATIONS_TABLE].exists():
        return []
    return [row[0] for row in db.execute(
        f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
        [migrations.name],
    )]


def apply_migrations(db: Database, read_only: bool = False) -> None:
    """Bring the schema up to date; refuse a library made by a newer Clipper.

    The whole upgrade is one transaction that takes the write lock first (the
    database's `atomic()` is BEGIN IMMEDIATE), so processes opening a library at the
    same moment apply each migration once, one after the other: the second one
    waits, then finds nothing left to do.
    """
    known = known_migrations()
    applied = applied_migrations(db)
    _refuse_newer(applied, known)
    if set(known) <= set(applied):
        return
    if read_only:
        raise ReadOnlyLibrary(
            "is read-only and was made by an older Clipper: open it once with write "
            "access to upgrade it"
        )
    with db.atomic():
        applied = applied_migrations(db)  # again, now that we hold the write lock
        _refuse_newer(applied, known)
        db.execute(
            f"CREATE TABLE IF NOT EXISTS [{MIGRATIONS_TABLE}] (id INTEGER PRIMARY KEY, "
            "migration_set TEXT, name TEXT, applied_at TEXT)"
        )
        db.execute(
            f"CREATE UNIQUE INDEX IF NOT EXISTS [idx_{MIGRATIONS_TABLE}_migration_set_name] "
            f"ON [{MIGRATIONS_TABLE}] (migration_set, name)"
        )
        for migration in migrations.pending(db):
            migration.fn(db)
            db.execute(
                f"INSERT INTO [{MIGRATIONS_TABLE}] (migration_set, name, applied_at) "
                "VALUES (?, ?, ?)",
                [migrations.name, migration.name, str(dt.datetime.now(dt.UTC))],
            )


def _refuse_newer(applied: list[str], known: list[str]) -> None:
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise NewerLibrary(
            f"was made by a newer Clipper (it has {', '.join(unknown)}); update Clipper "
            "to open it"
        )

"""The schema as a numbered list of migrations (sqlite-utils `Migrations`).

A library made by an old version opens in a new one: new migrations are appended, never
edited. Names are `mNNNN_what` so that their order reads from the name too.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("clipper")


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


def _run(db: Database, script: str) -> None:
    # executescript() would COMMIT first and break the migration's transaction, so
    # statements run one by one inside it.
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


def apply_migrations(db: Database) -> None:
    migrations.apply(db)

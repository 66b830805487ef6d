"""Adding, editing and removing feeds: each one transaction and one undoable step."""

from __future__ import annotations

from clipper.organise.journal import step
from clipper.organise.tags import normalise_tag
from clipper.store import feeds as rows
from clipper.store import themes as theme_rows
from clipper.store.library import Library, LibraryError

DEFAULT_INTERVAL = 15  # minutes
MIN_INTERVAL = 1
MAX_INTERVAL = 7 * 24 * 60


def clean_fields(library: Library, fields: dict[str, object]) -> dict[str, object]:
    """The fields as stored, or LibraryError naming the one that is wrong."""
    from clipper.importers.url import is_web_address

    clean: dict[str, object] = {}
    for name, value in fields.items():
        if name == "url":
            url = str(value or "").strip()
            if not is_web_address(url):
                raise LibraryError(f"not a feed address: {url[:80]!r} (an http or https "
                                   "address of an RSS or Atom feed)")
            clean["url"] = url
        elif name in ("title", "filter"):
            clean[name] = " ".join(str(value or "").split())[:500]
        elif name == "tag":
            clean["tag"] = normalise_tag(str(value)) if str(value or "").strip() else ""
        elif name == "theme":
            theme = str(value or "").strip()
            if theme:
                row = theme_rows.theme_row(library.db, theme)
                if row is None:
                    raise LibraryError(f"no theme named {theme!r}; create it first")
                theme = row["name"]
            clean["theme"] = theme
        elif name == "interval_minutes":
            try:
                minutes = int(value)  # type: ignore[call-overload]
            except (TypeError, ValueError) as exc:
                raise LibraryError(f"not a number of minutes: {value!r}") from exc
            if not MIN_INTERVAL <= minutes <= MAX_INTERVAL:
                raise LibraryError(f"check every {MIN_INTERVAL} to {MAX_INTERVAL} minutes, "
                                   f"not {minutes}")
            clean["interval_minutes"] = minutes
        elif name == "paused":
            clean["paused"] = int(bool(value))
        else:
            raise LibraryError(f"a feed has no setting {name!r}")
    return clean


def require_feed(library: Library, feed: int | str) -> rows.FeedRow:
    """A feed by id or by address; LibraryError when there is none."""
    found = None
    if isinstance(feed, int) or str(feed).isdigit():
        found = rows.get_feed(library, int(feed))
    if found is None:
        found = rows.feed_by_url(library, str(feed).strip())
    if found is None:
        raise LibraryError(f"no feed {feed!r} (give its number from `clipper feed list`, "
                           "or its address)")
    return found


def add_feed(library: Library, url: str, **fields: object) -> rows.FeedRow:
    clean = clean_fields(library, {"url": url, **fields})
    if rows.feed_by_url(library, str(clean["url"])) is not None:
        raise LibraryError(f"the feed {clean['url']} is already watched")
    clean.setdefault("interval_minutes", DEFAULT_INTERVAL)
    shown = clean.get("title") or clean["url"]
    with step(library, "add_feed", f"add feed {shown}", url=clean["url"]), \
            library.transaction() as db:
        feed_id = rows.insert_feed(db, clean)
    found = rows.get_feed(library, feed_id)
    assert found is not None
    return found


def edit_feed(library: Library, feed: int | str, **fields: object) -> rows.FeedRow:
    current = require_feed(library, feed)
    clean = clean_fields(library, fields)
    if "url" in clean and clean["url"] != current.url and rows.feed_by_url(
            library, str(clean["url"])) is not None:
        raise LibraryError(f"the feed {clean['url']} is already watched")
    if clean:
        verb = {"paused": "pause" if clean.get("paused") else "resume"}.get(
            next(iter(clean)) if len(clean) == 1 else "", "edit")
        with step(library, f"{verb}_feed", f"{verb} feed {current.title or current.url}",
                  feed=current.id), library.transaction() as db:
            rows.update_feed(db, current.id, clean)
    found = rows.get_feed(library, current.id)
    assert found is not None
    return found


def remove_feed(library: Library, feed: int | str) -> rows.FeedRow:
    """Stop watching a feed. Its clippings stay; the entries it saw are kept, so that
    undoing the removal does not fetch them again."""
    current = require_feed(library, feed)
    with step(library, "remove_feed", f"remove feed {current.title or current.url}",
              feed=current.id), library.transaction() as db:
        rows.delete_feed(db, current.id)
    return current

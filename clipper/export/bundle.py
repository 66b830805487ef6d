"""ZIP bundles: a set of clippings with their photos, originals, tags, themes and
highlights, which another Clipper library imports without loss.

Layout of a bundle::

    clipper-bundle.json     format, version, themes, tags, clippings (see `_clipping_json`)
    photos/<sha256>.<ext>   photo files, once each (they are content-addressed)
    originals/<sha256>.<x>  the files the clippings were imported from

Importing reads only the members the JSON names, each through a size-limited read, and
stores photos through the library's media module (Pillow's decompression-bomb guard,
content-addressed names): no member name ever becomes a path on disk, so nothing in a
bundle can write outside the library folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clipper import __version__
from clipper.domain import ArticleDraft, Block, Clipping, ImportOutcome, PhotoDraft
from clipper.store import media
from clipper.store.leftovers import export_temp
from clipper.store.library import DuplicateError, Library, LibraryError, now_iso

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

MANIFEST = "clipper-bundle.json"
FORMAT = "clipper-bundle"
VERSION = 1
MAX_MANIFEST_BYTES = 256 * 1024 * 1024
MAX_ORIGINAL_BYTES = 80 * 1024 * 1024  # as the importer's limit for one saved page
MAX_MEMBERS = 200_000
_MEMBER = re.compile(r"^(photos|originals)/[A-Za-z0-9][A-Za-z0-9._-]{0,200}$")
_STATES = ("manual", "accepted", "suggested", "rejected")


class BundleError(LibraryError):
    """A bundle that cannot be read at all (not a ZIP, no manifest, wrong format)."""


@dataclass
class BundleResult:
    path: Path
    clippings: int
    photos: int
    originals: int
    bytes: int
    warnings: list[str] = field(default_factory=list)


# ---- export ------------------------------------------------------------------------------


def _clipping_json(library: Library, c: Clipping) -> dict[str, Any]:
    data = c.to_json()
    row = library.db.execute(
        "SELECT original, updated_at FROM clippings WHERE id = ?", [c.id]
    ).fetchone()
    data["updated_at"] = row[1]
    data["original"] = row[0]
    # Every theme decision travels, not only membership, so a rejected rule match stays
    # rejected in the other library.
    data["theme_states"] = [
        {"theme": r[0], "state": r[1]}
        for r in library.db.execute(
            "SELECT t.name, ct.state FROM clipping_themes ct JOIN themes t ON t.id = ct.theme_id "
            "WHERE ct.clipping_id = ? ORDER BY t.name COLLATE NOCASE",
            [c.id],
        )
    ]
    return data


def write_bundle(library: Library, ids: Sequence[int], path: Path | str,
                 progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> BundleResult:
    """Write the clippings `ids` to a ZIP bundle at `path` (atomically)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = export_temp(path.parent, ".bundle-", ".zip")
    os.close(fd)
    clippings: list[dict[str, Any]] = []
    theme_names: set[str] = set()
    tags: set[str] = set()
    written: set[str] = set()
    warnings: list[str] = []
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for n, cid in enumerate(ids):
                if cancelled is not None and cancelled():
                    raise LibraryError("export cancelled")
                if progress is not None:
                    progress(n, len(ids), f"clipping {cid}")
                clipping = library.get(cid)
                if clipping is None:
                    warnings.append(f"clipping {cid} no longer exists; left out")
                    continue
                data = _clipping_json(library, clipping)
                for photo in data["photos"]:
                    photo["file"] = None
                    if photo["image"]:
                        member = f"photos/{Path(photo['image']).name}"
                        if _add_file(library, zf, photo["image"], member, written, warnings,
                                     zipfile.ZIP_STORED):
                            photo["file"] = member
                    del photo["image"]
                original = data.pop("original")
                data["original"] = None
                if original:
                    member = f"originals/{Path(original).name}"
                    if _add_file(library, zf, original, member, written, warnings,
                                 zipfile.ZIP_DEFLATED):
                        data["original"] = {"file": member, "suffix": Path(original).suffix}
                theme_names.update(s["theme"] for s in data["theme_states"])
                tags.update(data["tags"])
                clippings.append(data)
            photos = sum(1 for m in written if m.startswith("photos/"))
            originals = sum(1 for m in written if m.startswith("originals/"))
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "app": f"clipper {__version__}",
                "exported_at": now_iso(),
                "tags": sorted(tags, key=str.casefold),
                "themes": _themes_json(library, theme_names),
                "clippings": clippings,
            }
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(len(ids), len(ids), "done")
    return BundleResult(path, len(clippings), photos, originals, path.stat().st_size, warnings)


def _add_file(library: Library, zf: zipfile.ZipFile, rel: str, member: str, written: set[str],
              warnings: list[str], compression: int) -> bool:
    if member in written:
        return True
    try:
        source = media.resolve_inside(library.root, rel)
        data = source.read_bytes()
    except (media.MediaError, OSError) as exc:
        warnings.append(f"cannot read {rel}: {exc}")
        return False
    zf.writestr(zipfile.ZipInfo(member, date_time=(2000, 1, 1, 0, 0, 0)), data,
                compress_type=compression)
    written.add(member)
    return True


def _themes_json(library: Library, names: set[str]) -> list[dict[str, Any]]:
    themes = []
    for r in library.db.execute(
        "SELECT name, description, colour, date_from, date_to, key_messages, rule, created_at "
        "FROM themes ORDER BY name COLLATE NOCASE"
    ):
        if r[0] not in names:
            continue
        try:
            messages = json.loads(r[5] or "[]")
        except ValueError:
            messages = []
        themes.append({
            "name": r[0], "description": r[1], "colour": r[2], "date_from": r[3],
            "date_to": r[4], "key_messages": messages, "rule": r[6], "created_at": r[7],
        })
    return themes


# ---- import ------------------------------------------------------------------------------


class _Reader:
    """Size-limited reads of the members a manifest names."""

    def __init__(self, zf: zipfile.ZipFile):
        self.zf = zf
        self.names = {info.filename: info for info in zf.infolist()}

    def read(self, member: object, limit: int) -> bytes:
        if not isinstance(member, str) or not _MEMBER.match(member) or ".." in member:
            raise ValueError(f"bad file name in bundle: {member!r}")
        info = self.names.get(member)
        if info is None:
            raise ValueError(f"{member} is named in the bundle but missing from it")
        if info.file_size > limit:
            raise ValueError(f"{member} is {info.file_size // (1024 * 1024)} MB, over the limit")
        with self.zf.open(info) as fh:
            data = fh.read(limit + 1)  # the header's size may lie; the read does not
        if len(data) > limit:
            raise ValueError(f"{member} is over the size limit")
        return data


def read_manifest(zf: zipfile.ZipFile, name: str) -> dict[str, Any]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleError(f"{name}: {len(infos)} files in the ZIP, more than a bundle holds")
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError:
        raise BundleError(f"{name}: not a Clipper bundle (no {MANIFEST} inside)") from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise BundleError(f"{name}: the bundle's {MANIFEST} is too large")
    with zf.open(info) as fh:
        raw = fh.read(MAX_MANIFEST_BYTES + 1)
    if len(raw) > MAX_MANIFEST_BYTES:
        raise BundleError(f"{name}: the bundle's {MANIFEST} is too large")
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError(f"{name}: {MANIFEST} is not valid JSON ({exc})") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(f"{name}: not a Clipper bundle")
    version = manifest.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise BundleError(
            f"{name}: bundle version {version!r} is newer than this Clipper reads ({VERSION})")
    if not isinstance(manifest.get("clippings"), list):
        raise BundleError(f"{name}: the bundle lists no clippings")
    return manifest


def import_bundle(library: Library, path: Path | str, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> list[ImportOutcome]:
    """Import every clipping of a bundle; one outcome each, as the import pipeline gives.

    A clipping the library already has (same URL or text) is reported as a duplicate, and
    the bundle's tags, themes and highlights are merged into the one already there.
    """
    path = Path(path)
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        return [ImportOutcome(str(path), "failed", reason="no such file or folder")]
    except (zipfile.BadZipFile, OSError) as exc:
        return [ImportOutcome(str(path), "failed", reason=f"not a readable ZIP file ({exc})")]
    with zf:
        try:
            manifest = read_manifest(zf, name)
        except BundleError as exc:
            return [ImportOutcome(str(path), "failed", reason=str(exc).removeprefix(f"{name}: "))]
        reader = _Reader(zf)
        themes = _ensure_themes(library, manifest.get("themes"))
        entries = manifest["clippings"]
        outcomes: list[ImportOutcome] = []
        for n, entry in enumerate(entries):
            if cancelled is not None and cancelled():
                break
            label = _label(path, n, entry)
            if progress is not None:
                progress(n, len(entries), label)
            outcomes.append(_import_one(library, reader, entry, label, themes))
        if progress is not None:
            progress(len(outcomes), len(entries), "")
    return outcomes


def _label(path: Path, n: int, entry: object) -> str:
    title = entry.get("title") if isinstance(entry, dict) else None
    return f"{path}#{n + 1}" + (f" ({str(title)[:60]})" if title else "")


def _import_one(library: Library, reader: _Reader, entry: object, label: str,
                themes: dict[str, int]) -> ImportOutcome:
    try:
        if not isinstance(entry, dict):
            raise ValueError("not a clipping record")
        draft, warnings = _draft(reader, entry)
        organisation = _organisation(entry)  # checked before anything is stored
        original = entry.get("original")
        data = suffix = None
        if isinstance(original, dict) and original.get("file"):
            try:
                data = reader.read(original["file"], MAX_ORIGINAL_BYTES)
                suffix = str(original.get("suffix") or "")
            except ValueError as exc:
                warnings.append(f"original not restored: {exc}")
        try:
            clipping_id, photo_warnings = library.add(draft, original=data,
                                                      original_suffix=suffix or "")
            duplicate = None
        except DuplicateError as exc:
            clipping_id, photo_warnings, duplicate = exc.existing_id, [], exc
        warnings += photo_warnings
        _restore_organisation(library, clipping_id, organisation, themes, new=duplicate is None)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        return ImportOutcome(label, "failed", reason=f"bad clipping record: {exc}")
    except media.MediaError as exc:
        return ImportOutcome(label, "failed", reason=str(exc))
    if duplicate is not None:
        return ImportOutcome(label, "duplicate", clipping_id,
                             f"{duplicate}; tags, themes and highlights merged into it",
                             title=draft.title)
    return ImportOutcome(label, "imported", clipping_id, "; ".join(warnings), title=draft.title)


def _text(entry: dict[str, Any], key: str) -> str:
    value = entry.get(key)
    return "" if value is None else str(value)


def _draft(reader: _Reader, entry: dict[str, Any]) -> tuple[ArticleDraft, list[str]]:
    warnings: list[str] = []
    body = []
    for block in entry.get("body") or []:
        kind = block.get("kind")
        body.append(Block("subheading" if kind == "subheading" else "paragraph",
                          str(block.get("text", ""))))
    photos = []
    for n, photo in enumerate(entry.get("photos") or []):
        data = None
        if photo.get("file"):
            try:
                data = reader.read(photo["file"], media.MAX_IMAGE_BYTES)
            except ValueError as exc:
                warnings.append(f"photo {n + 1}: {exc}")
        photos.append(PhotoDraft(caption=_text(photo, "caption"), credit=_text(photo, "credit"),
                                 src=photo.get("src"), data=data))
    published = entry.get("published")
    source = entry.get("source") or {}
    return ArticleDraft(
        title=_text(entry, "title"), outlet=_text(entry, "outlet"),
        byline=_text(entry, "byline"),
        published=dt.date.fromisoformat(published[:10]) if published else None,
        url=entry.get("url") or None, language=_text(entry, "language"),
        body=body, photos=photos,
        source_keywords=[str(k) for k in entry.get("source_keywords") or []],
        source_kind=str(source.get("kind") or "bundle"),  # type: ignore[arg-type]
        source_name=str(source.get("name") or ""),
        section=_text(entry, "section"),
    ), warnings


def _ensure_themes(library: Library, themes: object) -> dict[str, int]:
    """Theme ids by name, creating the bundle's themes this library lacks (an existing
    theme of the same name keeps its own description, colour and rule)."""
    ids: dict[str, int] = {}
    if not isinstance(themes, list):
        return ids
    with library.transaction() as db:
        for t in themes:
            if not isinstance(t, dict) or not str(t.get("name") or "").strip():
                continue
            name = str(t["name"])
            row = db.execute("SELECT id FROM themes WHERE name = ? COLLATE NOCASE",
                             [name]).fetchone()
            if row is None:
                messages = t.get("key_messages")
                theme_id = db["themes"].insert({
                    "name": name, "description": str(t.get("description") or ""),
                    "colour": str(t.get("colour") or "#4a7bd0"),
                    "date_from": t.get("date_from"), "date_to": t.get("date_to"),
                    "key_messages": json.dumps(messages if isinstance(messages, list) else [],
                                               ensure_ascii=False),
                    "rule": str(t.get("rule") or ""),
                    "created_at": str(t.get("created_at") or now_iso()),
                }).last_pk
            else:
                theme_id = row[0]
            ids[name.casefold()] = int(theme_id)
    return ids


@dataclass
class _Organisation:
    imported_at: str
    updated_at: str
    tags: list[str]
    theme_states: list[tuple[str, str]]  # (theme name, state)
    annotations: list[dict[str, Any]]


def _organisation(entry: dict[str, Any]) -> _Organisation:
    """A clipping record's tags, theme decisions and highlights, validated."""
    states = entry.get("theme_states")
    if isinstance(states, list):
        theme_states = [(str(s["theme"]), str(s["state"])) for s in states]
    else:  # a hand-made bundle: membership only
        theme_states = [(str(t), "manual") for t in entry.get("themes") or []]
    annotations = []
    for a in entry.get("annotations") or []:
        annotations.append({
            "target": str(a.get("target") or "body"),
            "start": int(a.get("start") or 0), "end": int(a.get("end") or 0),
            "quote": str(a.get("quote") or ""), "prefix": str(a.get("prefix") or ""),
            "suffix": str(a.get("suffix") or ""), "colour": str(a.get("colour") or "#fff176"),
            "note": str(a.get("note") or ""), "orphaned": bool(a.get("orphaned")),
            "created_at": str(a.get("created_at") or now_iso()),
        })
    return _Organisation(
        imported_at=str(entry.get("imported_at") or now_iso()),
        updated_at=str(entry.get("updated_at") or now_iso()),
        tags=[str(t).strip() for t in entry.get("tags") or [] if str(t).strip()],
        theme_states=[(t, s) for t, s in theme_states if s in _STATES],
        annotations=annotations,
    )


def _restore_organisation(library: Library, clipping_id: int, org: _Organisation,
                          themes: dict[str, int], new: bool) -> None:
    """Tags, theme decisions and highlights of one clipping, in one transaction."""
    body_text = "\n".join(
        r[0] for r in library.db.execute(
            "SELECT text FROM blocks WHERE clipping_id = ? ORDER BY position", [clipping_id])
    )
    captions = {
        f"photo:{r[0]}": r[1] for r in library.db.execute(
            "SELECT position, caption FROM photos WHERE clipping_id = ?", [clipping_id])
    }
    with library.transaction() as db:
        if new:
            db.execute("UPDATE clippings SET imported_at = ?, updated_at = ? WHERE id = ?",
                       [org.imported_at, org.updated_at, clipping_id])
        for tag in org.tags:
            db.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", [tag])
            tag_id = db.execute("SELECT id FROM tags WHERE name = ? COLLATE NOCASE",
                                [tag]).fetchone()[0]
            db.execute("INSERT OR IGNORE INTO clipping_tags VALUES (?, ?)", [clipping_id, tag_id])
        for theme, state in org.theme_states:
            theme_id = themes.get(theme.casefold())
            if theme_id is None:
                continue
            # OR IGNORE: this library's own decision on a clipping it already had wins.
            db.execute("INSERT OR IGNORE INTO clipping_themes VALUES (?, ?, ?)",
                       [clipping_id, theme_id, state])
        existing = {
            (r[0], r[1], r[2]) for r in db.execute(
                "SELECT target, quote, note FROM annotations WHERE clipping_id = ?",
                [clipping_id])
        }
        for a in org.annotations:
            if (a["target"], a["quote"], a["note"]) in existing:
                continue
            text = body_text if a["target"] == "body" else captions.get(a["target"], "")
            if not a["orphaned"] and text[a["start"] : a["end"]] != a["quote"]:
                # The other library's text differs a little (a duplicate): anchor by quote.
                at = text.find(a["quote"]) if a["quote"] else -1
                if at == -1:
                    a["orphaned"] = True
                else:
                    a["start"], a["end"] = at, at + len(a["quote"])
            db["annotations"].insert({"clipping_id": clipping_id, **a,
                                      "orphaned": int(a["orphaned"])})
            existing.add((a["target"], a["quote"], a["note"]))

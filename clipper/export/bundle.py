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

A bundle may be damaged or hand-made. Each record is checked whole (text fields are
text, tags are tag names, highlight offsets are in range, addresses are http(s)) before
anything is stored, and then stored in one transaction: imported whole or reported failed
with nothing left behind, so that importing the mended bundle later brings it in.
"""

from __future__ import annotations

import datetime as dt
import json
import lzma
import os
import re
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clipper import __version__
from clipper.domain import (
    EDITIONS,
    THEME_STATES,
    ArticleDraft,
    Block,
    Clipping,
    ImportOutcome,
    PhotoDraft,
)
from clipper.importers.url import is_web_address
from clipper.organise.tags import normalise_tag
from clipper.progress import Cancelled, OperationCancelled, Progress
from clipper.store import annotations as annotation_rows
from clipper.store import clippings as clipping_rows
from clipper.store import media
from clipper.store import tags as tag_rows
from clipper.store import themes as theme_rows
from clipper.store import tones as tone_rows
from clipper.store.leftovers import export_temp
from clipper.store.library import DuplicateError, Library, LibraryError, now_iso

MANIFEST = "clipper-bundle.json"
FORMAT = "clipper-bundle"
VERSION = 1
MAX_MANIFEST_BYTES = 256 * 1024 * 1024
MAX_ORIGINAL_BYTES = 80 * 1024 * 1024  # as the importer's limit for one saved page
MAX_MEMBERS = 200_000
_MEMBER = re.compile(r"^(photos|originals)/[A-Za-z0-9][A-Za-z0-9._-]{0,200}$")
MAX_OFFSET = 1 << 40  # far beyond any article's length, well inside SQLite's integers
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
# What zipfile and its decompressors raise on a damaged member.
_DAMAGE = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, RuntimeError,
           NotImplementedError, ValueError)
_SURROGATE = re.compile("[\ud800-\udfff]")


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
    data["original"], data["updated_at"] = clipping_rows.original_and_updated(library.db, c.id)
    # Every theme decision travels, not only membership, so a rejected rule match stays
    # rejected in the other library.
    data["theme_states"] = [
        {"theme": theme, "state": state}
        for theme, state in theme_rows.states_of(library.db, c.id)
    ]
    return data


def _cuts_as_photos(library: Library, zf: zipfile.ZipFile, data: dict[str, Any],
                    written: set[str], warnings: list[str]) -> None:
    """A print clipping's cut images (issue 16) travel as photos after its own: a bundle
    has no record of cuts yet, and its importer would otherwise drop the image that is
    the clipping. The other library shows them as the clipping's photos (lossless, the
    same files); their page boxes stay behind, with the pages."""
    for cut in data.pop("cuts", None) or []:
        member = f"photos/{Path(cut['image']).name}"
        if _add_file(library, zf, cut["image"], member, written, warnings,
                     zipfile.ZIP_STORED):
            data["photos"].append({"caption": "", "credit": "", "src": None,
                                   "width": cut["width"], "height": cut["height"],
                                   "after_block": 0, "file": member})


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
                    raise OperationCancelled("export cancelled")
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
                _cuts_as_photos(library, zf, data, written, warnings)
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
    for r in theme_rows.all_rows(library.db):
        if r["name"] not in names:
            continue
        try:
            messages = json.loads(r["key_messages"] or "[]")
        except ValueError:
            messages = []
        themes.append({
            "name": r["name"], "description": r["description"], "colour": r["colour"],
            "date_from": r["date_from"], "date_to": r["date_to"], "key_messages": messages,
            "rule": r["rule"], "created_at": r["created_at"],
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
        data = read_member(self.zf, info, limit)
        if len(data) > limit:
            raise ValueError(f"{member} is over the size limit")
        return data


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Up to `limit` + 1 bytes of a member (the header's size may lie; the read does not);
    ValueError naming the member when it is encrypted, damaged or oddly compressed."""
    if info.flag_bits & 0x1:
        raise ValueError(f"{info.filename} is encrypted (password-protected bundles "
                         "cannot be read)")
    if info.compress_type not in _METHODS:
        raise ValueError(f"{info.filename} uses a compression method Clipper cannot read "
                         f"({info.compress_type})")
    try:
        with zf.open(info) as fh:
            return fh.read(limit + 1)
    except _DAMAGE as exc:
        raise ValueError(f"{info.filename} is damaged in the bundle ({exc})") from exc


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
    try:
        raw = read_member(zf, info, MAX_MANIFEST_BYTES)
    except ValueError as exc:
        raise BundleError(f"{name}: {MANIFEST} is damaged in the bundle "
                          f"({exc.__cause__ or exc})") from exc
    if len(raw) > MAX_MANIFEST_BYTES:
        raise BundleError(f"{name}: the bundle's {MANIFEST} is too large")
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError(f"{name}: {MANIFEST} is not valid JSON ({exc})") from exc
    except RecursionError:
        raise BundleError(f"{name}: {MANIFEST} is nested too deeply to read") from None
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
    except _DAMAGE as exc:
        return [ImportOutcome(str(path), "failed", reason=f"not a readable ZIP file ({exc})")]
    with zf:
        try:
            manifest = read_manifest(zf, name)
        except BundleError as exc:
            return [ImportOutcome(str(path), "failed", reason=str(exc).removeprefix(f"{name}: "))]
        reader = _Reader(zf)
        themes, outcomes = _ensure_themes(library, manifest.get("themes"), path)
        entries = manifest["clippings"]
        done = 0
        for n, entry in enumerate(entries):
            if cancelled is not None and cancelled():
                break
            label = _label(path, n, entry)
            if progress is not None:
                progress(n, len(entries), label)
            outcomes.append(_import_one(library, reader, entry, label, themes))
            done += 1
        if progress is not None:
            progress(done, len(entries), "")
    return outcomes


def _label(path: Path, n: int, entry: object) -> str:
    title = entry.get("title") if isinstance(entry, dict) else None
    return f"{path}#{n + 1}" + (f" ({title[:60]})" if isinstance(title, str) and title else "")


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
                suffix = _text(original, "suffix")
            except ValueError as exc:
                warnings.append(f"original not restored: {exc}")
        # One transaction for the clipping and its organisation: all or nothing.
        with library.transaction():
            try:
                clipping_id, photo_warnings = library.add(draft, original=data,
                                                          original_suffix=suffix or "")
                duplicate = None
            except DuplicateError as exc:
                clipping_id, photo_warnings, duplicate = exc.existing_id, [], exc
            _restore_organisation(library, clipping_id, organisation, themes,
                                  new=duplicate is None)
        warnings += photo_warnings
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
        return ImportOutcome(label, "failed", reason=f"bad clipping record: {exc}")
    except RecursionError:
        return ImportOutcome(label, "failed", reason="bad clipping record: nested too deeply")
    except media.MediaError as exc:
        return ImportOutcome(label, "failed", reason=str(exc))
    if duplicate is not None:
        return ImportOutcome(label, "duplicate", clipping_id,
                             f"{duplicate}; tags, themes and highlights merged into it",
                             title=draft.title)
    return ImportOutcome(label, "imported", clipping_id, "; ".join(warnings), title=draft.title)


def _text(entry: dict[str, Any], key: str) -> str:
    """A text field: a string (or a number), with any lone surrogate (which JSON allows
    and SQLite cannot store) replaced; anything else makes the record bad."""
    value = entry.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"{key} is not text")
    return _SURROGATE.sub("\ufffd", str(value))


def _record(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{what} is not a record")
    return value


def _list(entry: dict[str, Any], key: str) -> list[Any]:
    value = entry.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"{key} is not a list")
    return value


def _date(entry: dict[str, Any], key: str) -> dt.date | None:
    value = entry.get(key)
    if not value:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise ValueError(f"{key} is not a date: {str(value)[:40]!r}")


def _web_url(entry: dict[str, Any], warnings: list[str]) -> str | None:
    """The record's address if it is http(s); anything else (javascript:, file:) would
    become a live link in a report, so it is dropped with a warning."""
    url = _text(entry, "url").strip()
    if url and not is_web_address(url):
        warnings.append(f"address dropped: only http and https addresses are kept "
                        f"({url[:60]!r})")
        return None
    return url or None


def _offset(annotation: dict[str, Any], key: str, n: int) -> int:
    value = annotation.get(key) or 0
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_OFFSET:
        raise ValueError(f"annotation {n}: offset out of range ({str(value)[:40]})")
    return value


def _photo_place(photo: dict[str, Any], n: int, warnings: list[str]) -> int | None:
    """A photo's place in the body; a bundle made before photos had one (no key) or a
    damaged value gives None, "unknown" (the photo is shown above the body): the photo
    itself is still good, so this never refuses the clipping."""
    value = photo.get("after_block")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        warnings.append(f"photo {n}: its place in the body is not a count "
                        f"({str(value)[:40]}); shown above the body")
        return None
    return value  # past the body's end: the library puts it after the last block


def _tag(value: object, n: int) -> str:
    if not isinstance(value, str) or _SURROGATE.search(value):
        raise ValueError(f"tag {n}: not a tag name: {str(value)[:60]!r}")
    try:
        return normalise_tag(value)
    except LibraryError as exc:
        raise ValueError(f"tag {n}: {exc}") from None


def _draft(reader: _Reader, entry: dict[str, Any]) -> tuple[ArticleDraft, list[str]]:
    warnings: list[str] = []
    body = []
    for n, raw in enumerate(_list(entry, "body"), 1):
        block = _record(raw, f"body block {n}")
        kind = block.get("kind")
        body.append(Block("subheading" if kind == "subheading" else "paragraph",
                          _text(block, "text")))
    photos = []
    for n, raw in enumerate(_list(entry, "photos"), 1):
        photo = _record(raw, f"photo {n}")
        data = None
        if photo.get("file"):
            try:
                data = reader.read(photo["file"], media.MAX_IMAGE_BYTES)
            except ValueError as exc:
                warnings.append(f"photo {n}: {exc}")
        photos.append(PhotoDraft(caption=_text(photo, "caption"), credit=_text(photo, "credit"),
                                 src=_text(photo, "src") or None, data=data,
                                 after_block=_photo_place(photo, n, warnings)))
    source = _record(entry.get("source") or {}, "source")
    draft = ArticleDraft(
        title=_text(entry, "title"), outlet=_text(entry, "outlet"),
        byline=_text(entry, "byline"), published=_date(entry, "published"),
        url=_web_url(entry, warnings), language=_text(entry, "language"),
        body=body, photos=photos,
        source_keywords=[_text({"keyword": k}, "keyword") for k in _list(entry, "source_keywords")],
        source_kind=_text(source, "kind") or "bundle",  # type: ignore[arg-type]
        source_name=_text(source, "name"),
        section=_text(entry, "section"),
        # print placement (issue 15): kept when it reads as one; an odd value is dropped
        edition=_placement(entry, "edition", 10, EDITIONS),
        page=_placement(entry, "page", 20), position=_placement(entry, "position", 40),
    )
    return draft, warnings


def _placement(entry: dict[str, Any], key: str, limit: int,
               allowed: tuple[str, ...] | None = None) -> str | None:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > limit:
        return None
    value = " ".join(value.split())
    return value if allowed is None or value in allowed else None


def _ensure_themes(library: Library, themes: object,
                   path: Path) -> tuple[dict[str, int], list[ImportOutcome]]:
    """Theme ids by name, creating the bundle's themes this library lacks (an existing
    theme of the same name keeps its own description, colour and rule); and a failed
    outcome for each theme record that cannot be read."""
    ids: dict[str, int] = {}
    failed: list[ImportOutcome] = []
    if not isinstance(themes, list):
        return ids, failed
    for n, raw in enumerate(themes, 1):
        try:
            row = _theme_row(raw)
        except (ValueError, TypeError, RecursionError) as exc:
            failed.append(ImportOutcome(f"{path} theme {n}", "failed",
                                        reason=f"bad theme record: {exc}"))
            continue
        if row is None:
            continue
        with library.transaction() as db:
            found = theme_rows.theme_id(db, row["name"])  # ASCII case ignored (NOCASE)
            theme_id = found if found is not None else theme_rows.insert(db, row)
        ids[row["name"].casefold()] = int(theme_id)
    return ids, failed


def _theme_row(raw: object) -> dict[str, Any] | None:
    """A theme record as a `themes` row, every value checked; None for a nameless one."""
    t = _record(raw, "theme")
    name = _text(t, "name").strip()
    if not name:
        return None
    messages = [_text({"message": m}, "message") for m in _list(t, "key_messages")]
    dates = {key: _date(t, key) for key in ("date_from", "date_to")}
    return {
        "name": name, "description": _text(t, "description"),
        "colour": _text(t, "colour") or "#4a7bd0",
        **{key: d.isoformat() if d else None for key, d in dates.items()},
        "key_messages": json.dumps(messages, ensure_ascii=False),
        "rule": _text(t, "rule"), "created_at": _text(t, "created_at") or now_iso(),
    }


@dataclass
class _Organisation:
    imported_at: str
    updated_at: str
    tags: list[str]
    theme_states: list[tuple[str, str]]  # (theme name, state)
    annotations: list[dict[str, Any]]
    tone: str = ""  # the tone's name; set where this library has a tone of that name


def _organisation(entry: dict[str, Any]) -> _Organisation:
    """A clipping record's tags, theme decisions and highlights, validated."""
    states = entry.get("theme_states")
    if isinstance(states, list):
        theme_states = []
        for n, raw in enumerate(states, 1):
            state = _record(raw, f"theme decision {n}")
            theme_states.append((_text(state, "theme"), _text(state, "state")))
    else:  # a hand-made bundle: membership only
        theme_states = [(_text({"theme": t}, "theme"), "manual") for t in _list(entry, "themes")]
    annotations = []
    for n, raw in enumerate(_list(entry, "annotations"), 1):
        a = _record(raw, f"annotation {n}")
        start, end = _offset(a, "start", n), _offset(a, "end", n)
        if end < start:
            raise ValueError(f"annotation {n}: offset out of range (ends before it starts)")
        annotations.append({
            "target": _text(a, "target") or "body", "start": start, "end": end,
            "quote": _text(a, "quote"), "prefix": _text(a, "prefix"),
            "suffix": _text(a, "suffix"), "colour": _text(a, "colour") or "#fff176",
            "note": _text(a, "note"), "orphaned": bool(a.get("orphaned")),
            "created_at": _text(a, "created_at") or now_iso(),
        })
    tags = []
    for n, raw in enumerate(_list(entry, "tags"), 1):
        if isinstance(raw, str) and not raw.strip():
            continue  # an empty tag is no tag
        tags.append(_tag(raw, n))
    return _Organisation(
        imported_at=_text(entry, "imported_at") or now_iso(),
        updated_at=_text(entry, "updated_at") or now_iso(),
        tags=tags,
        theme_states=[(t, s) for t, s in theme_states if s in THEME_STATES],
        annotations=annotations,
        tone=_text(entry, "tone") if isinstance(entry.get("tone"), str) else "",
    )


def _restore_organisation(library: Library, clipping_id: int, org: _Organisation,
                          themes: dict[str, int], new: bool) -> None:
    """Tags, theme decisions and highlights of one clipping, in one transaction."""
    body_text = annotation_rows.body_text(library.db, clipping_id)
    captions = {f"photo:{position}": caption for position, caption
                in annotation_rows.captions(library.db, clipping_id).items()}
    with library.transaction() as db:
        if new:
            clipping_rows.set_times(db, clipping_id, org.imported_at, org.updated_at)
            tone_id = tone_rows.tone_id(db, org.tone) if org.tone else None
            if tone_id is not None:
                tone_rows.set_tone(db, [clipping_id], tone_id)
        for tag in org.tags:
            tag_id, _created = tag_rows.ensure_tag(db, tag)
            tag_rows.link_one(db, clipping_id, tag_id)
        for theme, state in org.theme_states:
            theme_id = themes.get(theme.casefold())
            if theme_id is None:
                continue
            # If new only: this library's own decision on a clipping it already had wins.
            theme_rows.add_state_if_new(db, clipping_id, theme_id, state)
        existing = annotation_rows.keys(db, clipping_id)
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
            annotation_rows.insert_row(db, {"clipping_id": clipping_id, **a,
                                            "orphaned": int(a["orphaned"])})
            existing.add((a["target"], a["quote"], a["note"]))

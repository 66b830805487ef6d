"""Named layouts of the daily clipping report (sections, index columns, photos, one
clipping per page), kept in the library so the office's desk shares them. Saving and
deleting one is an undoable step like any other edit."""

from __future__ import annotations

import json

from clipper.domain import Changes
from clipper.export.daily import DailyLayout
from clipper.organise.journal import step
from clipper.store import report_presets as rows
from clipper.store.library import Library, LibraryError


def _clean(name: str) -> str:
    clean = " ".join(str(name).split())
    if not clean:
        raise LibraryError("a report preset needs a name")
    return clean


def _layout(name: str, settings: str) -> DailyLayout:
    try:
        return DailyLayout.from_json(json.loads(settings))
    except (ValueError, LibraryError) as exc:
        raise LibraryError(f"report preset {name!r} is damaged: {exc}") from exc


def save_preset(library: Library, name: str, layout: DailyLayout) -> Changes:
    """Save `layout` under `name` (replacing a preset of that name)."""
    name = _clean(name)
    layout.check()
    settings = json.dumps(layout.to_json(), ensure_ascii=False, sort_keys=True)
    with step(library, "save_report_preset", f"save report preset {name}", name=name), \
            library.transaction() as db:
        rows.upsert(db, name, settings)
    return Changes()


def get_preset(library: Library, name: str) -> DailyLayout:
    found = rows.get(library.db, _clean(name))
    if found is None:
        known = [n for n, _ in rows.all_presets(library.db)]
        hint = f"; presets: {', '.join(known)}" if known else "; the library has no presets"
        raise LibraryError(f"no report preset named {name!r}{hint}")
    return _layout(*found)


def list_presets(library: Library) -> list[tuple[str, DailyLayout | None]]:
    """Every preset by name; a damaged one (edited by hand) comes with None."""
    out: list[tuple[str, DailyLayout | None]] = []
    for name, settings in rows.all_presets(library.db):
        try:
            out.append((name, _layout(name, settings)))
        except LibraryError:
            out.append((name, None))
    return out


def delete_preset(library: Library, name: str) -> Changes:
    found = rows.get(library.db, _clean(name))
    if found is None:
        raise LibraryError(f"no report preset named {name!r}")
    with step(library, "delete_report_preset", f"delete report preset {found[0]}",
              name=found[0]), library.transaction() as db:
        rows.delete(db, found[0])
    return Changes()

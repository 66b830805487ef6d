"""The outlet registry, edited: an outlet's category, weight (the office's order),
aliases, web domains and portal press codes; two outlets merged into one (its clippings
move along); the list of categories. Each change is one undoable step.

An alias names one outlet: an alias that already names another outlet (as its display
name or one of its aliases) is refused, naming both, rather than silently moved."""

from __future__ import annotations

import re
from collections.abc import Iterable

from clipper.domain import Changes, Outlet
from clipper.organise.journal import step
from clipper.store import outlets as rows
from clipper.store.library import Library, LibraryError

MAX_NAME = 80
MAX_CATEGORY = 40
_SPACES = re.compile(r"\s+")
_DOMAIN = re.compile(r"^[a-z0-9.-]+\.[a-z]{2,}$")
UNSET = object()


def _clean(value: object, what: str, limit: int = MAX_NAME) -> str:
    text = _SPACES.sub(" ", str(value)).strip()
    if not text:
        raise LibraryError(f"not {what}: {value!r}")
    if len(text) > limit:
        raise LibraryError(f"{what} longer than {limit} characters: {text[:20]}...")
    return text


def find_outlet(library: Library, name: str) -> Outlet:
    """An outlet by its display name or an alias; LibraryError naming it otherwise."""
    outlet_id = rows.outlet_id_named(library.db, str(name).strip())
    found = rows.outlet(library.db, outlet_id) if outlet_id is not None else None
    if found is None:
        raise LibraryError(f"no outlet named {name!r}")
    return found


def uncategorised(library: Library) -> list[Outlet]:
    """Outlets added on first sight that still wait for a category."""
    return [o for o in rows.all_outlets(library.db) if o.category is None]


def edit_outlet(library: Library, name: str, *, new_name: object = UNSET,
                category: object = UNSET, weight: object = UNSET, aliases: object = UNSET,
                domains: object = UNSET, naver_oid: object = UNSET,
                daum_id: object = UNSET) -> Changes:
    """Change what is given; a new display name is carried to every clipping of the
    outlet (the old name stays as an alias, so imports still find it)."""
    outlet = find_outlet(library, name)
    db = library.db
    values: dict[str, object] = {}
    renamed_to: str | None = None
    alias_list = list(outlet.aliases)
    if new_name is not UNSET:
        renamed_to = _clean(new_name, "an outlet name")
        if renamed_to == outlet.name:
            renamed_to = None
        else:
            owner = rows.alias_owner(db, renamed_to)
            if owner is not None and owner != outlet.name:
                raise LibraryError(f"{renamed_to!r} already names outlet {owner!r}; "
                                   "merge the two instead")
            values["name"] = renamed_to
            alias_list = [a for a in alias_list if a != renamed_to] + [outlet.name]
    if category is not UNSET:
        values["category"] = _category(library, category)
    if weight is not UNSET:
        try:
            values["weight"] = int(str(weight).strip())
        except ValueError as exc:
            raise LibraryError(f"an outlet's weight is a whole number, not {weight!r}") from exc
    if aliases is not UNSET:
        alias_list = _names(aliases, "an alias")
        if renamed_to:
            alias_list.append(outlet.name)
    for alias in alias_list:
        owner = rows.alias_owner(db, alias)
        if owner is not None and owner != outlet.name:
            raise LibraryError(f"alias {alias!r} already names outlet {owner!r}; an alias "
                               "can name one outlet only")
    domain_list = list(outlet.domains)
    if domains is not UNSET:
        domain_list = [_domain(d) for d in _names(domains, "a domain")]
        for domain in domain_list:
            owner = rows.domain_owner(db, domain)
            if owner is not None and owner != outlet.name:
                raise LibraryError(f"domain {domain!r} belongs to outlet {owner!r}")
    for column, value in (("naver_oid", naver_oid), ("daum_id", daum_id)):
        if value is not UNSET:
            code = str(value or "").strip() or None
            clash = next((o for o in rows.all_outlets(db)
                          if getattr(o, column) == code and o.id != outlet.id), None) if code \
                else None
            if clash:
                raise LibraryError(f"press code {code} already belongs to {clash.name!r}")
            values[column] = code
    alias_list = [a for a in dict.fromkeys(alias_list) if a != (renamed_to or outlet.name)]
    changed_names = alias_list != list(outlet.aliases)
    changed_domains = domain_list != list(outlet.domains)
    values = {k: v for k, v in values.items() if getattr(outlet, k) != v}
    if not values and not changed_names and not changed_domains:
        return Changes()
    moved: list[int] = []
    with step(library, "edit_outlet", f"edit outlet {outlet.name}", outlet=outlet.name), \
            library.transaction() as tx:
        if values:
            rows.update(tx, outlet.id, **values)
        if changed_names:
            rows.set_aliases(tx, outlet.id, alias_list)
        if changed_domains:
            rows.set_domains(tx, outlet.id, domain_list)
        if renamed_to:
            moved = rows.rename_clippings(tx, outlet.name, renamed_to)
    return Changes(clippings_changed=moved, desk=True)


def merge_outlets(library: Library, sources: Iterable[str], target: str) -> Changes:
    """Fold each source outlet into `target`: its clippings, aliases, domains and codes
    move there, and its display name becomes one of target's aliases."""
    into = find_outlet(library, target)
    olds = [find_outlet(library, s) for s in sources]
    olds = [o for o in {o.id: o for o in olds}.values() if o.id != into.id]
    if not olds:
        raise LibraryError("nothing to merge: name at least one other outlet")
    moved: list[int] = []
    label = f"merge outlet {', '.join(o.name for o in olds)} -> {into.name}"
    with step(library, "merge_outlets", label, sources=[o.name for o in olds],
              target=into.name), library.transaction() as db:
        for old in olds:
            moved += rows.rename_clippings(db, old.name, into.name)
            rows.move_names(db, old.id, into.id)
            codes = {k: getattr(old, k) for k in ("naver_oid", "daum_id")
                     if getattr(old, k) and not getattr(into, k)}
            rows.delete(db, old.id)
            if codes:
                rows.update(db, into.id, **codes)
            rows.add_alias(db, into.id, old.name)
    return Changes(clippings_changed=sorted(moved), desk=True)


def add_outlet(library: Library, name: str, category: object = None,
               weight: int | None = None) -> Changes:
    name = _clean(name, "an outlet name")
    owner = rows.alias_owner(library.db, name)
    if owner is not None:
        raise LibraryError(f"{name!r} already names outlet {owner!r}")
    cat = _category(library, category)
    with step(library, "add_outlet", f"add outlet {name}", outlet=name), \
            library.transaction() as db:
        rows.insert(db, name, cat, **({"weight": int(weight)} if weight is not None else {}))
    return Changes(desk=True)


def set_categories(library: Library, names: Iterable[str]) -> Changes:
    """Replace the list of categories (their order is the report's). A category still
    given to outlets cannot be dropped: those outlets are named."""
    clean = list(dict.fromkeys(_clean(n, "a category", MAX_CATEGORY) for n in names))
    in_use = {o.category for o in rows.all_outlets(library.db) if o.category}
    dropped = sorted(in_use - set(clean))
    if dropped:
        users = [o.name for o in rows.all_outlets(library.db) if o.category in dropped]
        raise LibraryError(f"category {', '.join(dropped)} is given to "
                           f"{', '.join(users[:5])}{' …' if len(users) > 5 else ''}; "
                           "give them another first")
    if clean == rows.categories(library.db):
        return Changes()
    with step(library, "set_categories", "edit outlet categories"), \
            library.transaction() as db:
        rows.set_categories(db, clean)
    return Changes(desk=True)


def _category(library: Library, value: object) -> str | None:
    if value is None or str(value).strip() in ("", "-"):
        return None
    text = _clean(value, "a category", MAX_CATEGORY)
    known = rows.categories(library.db)
    if text not in known:
        raise LibraryError(f"no category {text!r} (choose from {', '.join(known)}, or add "
                           "it to the list first)")
    return text


def _names(value: object, what: str) -> list[str]:
    items = value.split(",") if isinstance(value, str) else list(value)  # type: ignore[call-overload]
    return list(dict.fromkeys(_clean(v, what) for v in items if str(v).strip()))


def _domain(value: str) -> str:
    text = value.strip().lower()
    text = re.sub(r"^[a-z]+://", "", text).split("/")[0].removeprefix("www.")
    if not _DOMAIN.match(text):
        raise LibraryError(f"not a web domain: {value!r} (e.g. chosun.com)")
    return text

"""tag, annotate, annotations, annotation, theme, saved, duplicates, undo, redo, history."""

from __future__ import annotations

import argparse

from clipper.cli.output import column, parse_ids, print_json
from clipper.cli.selection import IDS_HELP, add_selection, selected_ids, sub_actions
from clipper.domain import Annotation, Theme
from clipper.services import LibraryService
from clipper.store.library import LibraryError


def register(subparsers: argparse._SubParsersAction) -> None:
    _register_tags(subparsers)
    _register_annotations(subparsers)
    _register_themes(subparsers)
    _register_saved(subparsers)
    _register_duplicates(subparsers)
    _register_undo(subparsers)


# ---- undo, redo, history ------------------------------------------------------------------

def _register_undo(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "undo", help="undo the last change (the app's Ctrl+Z does the same)",
        description="Undo the newest change, made here or in the app: tags, themes, reviews, "
        "highlights and notes, corrections, deletions, saved searches, story groups. The "
        "library is then exactly as it was before. Repeat to go further back (50 changes "
        "are kept); `clipper redo` makes it again.")
    p.add_argument("--list", action="store_true", help="list what can be undone, newest first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_undo)
    p = subparsers.add_parser(
        "redo", help="make the last undone change again (the app's Ctrl+Shift+Z)",
        description="Redo the change undone last. A new change after an undo ends what can "
        "be redone.")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_redo)
    p = subparsers.add_parser(
        "history", help="what can be undone and redone",
        description="The undo journal: what `clipper undo` would take back (newest first) "
        "and what `clipper redo` would make again.")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_history)


def _history_json(entries) -> list[dict]:
    return [{"id": e.id, "label": e.label, "kind": e.kind, "args": e.args,
             "created_at": e.created_at} for e in entries]


def _replayed(verb: str, label: str, changes, as_json: bool) -> int:
    if as_json:
        print_json({verb: label, "clippings_added": changes.clippings_added,
                    "clippings_changed": changes.clippings_changed,
                    "clippings_deleted": changes.clippings_deleted})
        return 0
    counts = [f"{len(ids)} clipping(s) {what}" for ids, what in (
        (changes.clippings_added, "back"), (changes.clippings_changed, "changed"),
        (changes.clippings_deleted, "removed")) if ids]
    print(f"{verb}: {label}" + (f" ({', '.join(counts)})" if counts else ""))
    return 0


def cmd_undo(service: LibraryService, args: argparse.Namespace) -> int:
    if args.list:
        history = service.undo_history()
        if getattr(args, "json", False):
            print_json(_history_json(history))
            return 0
        if not history:
            print("nothing to undo")
        for entry in history:
            print(f"{entry.id:>5}  {entry.created_at}  {entry.label}")
        return 0
    label, changes = service.undo()
    return _replayed("undone", label, changes, getattr(args, "json", False))


def cmd_redo(service: LibraryService, args: argparse.Namespace) -> int:
    label, changes = service.redo()
    return _replayed("redone", label, changes, args.json)


def cmd_history(service: LibraryService, args: argparse.Namespace) -> int:
    undo, redo = service.undo_history(), service.redo_history()
    if args.json:
        print_json({"undo": _history_json(undo), "redo": _history_json(redo)})
        return 0
    if not undo and not redo:
        print("nothing to undo or redo")
    for entry in reversed(redo):
        print(f"  redo {entry.id:>5}  {entry.created_at}  {entry.label}")
    for entry in undo:
        print(f"  undo {entry.id:>5}  {entry.created_at}  {entry.label}")
    return 0


# ---- tags -------------------------------------------------------------------------------

def _register_tags(subparsers: argparse._SubParsersAction) -> None:
    tag = subparsers.add_parser(
        "tag", help="add, remove, rename, merge and list tags",
        description="Tags: any number per clipping; `/` makes a hierarchy (trip/US). "
        "Renaming or merging a tag carries its children along. Every change can be undone "
        "with `clipper undo` (or `clipper tag undo`).")
    sub = sub_actions(tag, "tag_action")

    p = sub.add_parser("add", help="tag clippings (a selection or a search result)")
    p.add_argument("tags", nargs="+", metavar="TAG")
    add_selection(p)
    p.set_defaults(func=cmd_tag_add)

    p = sub.add_parser("remove", help="untag clippings (a selection or a search result)")
    p.add_argument("tags", nargs="+", metavar="TAG")
    add_selection(p)
    p.set_defaults(func=cmd_tag_remove)

    p = sub.add_parser("rename", help="rename a tag (and its children) everywhere")
    p.add_argument("old")
    p.add_argument("new")
    p.set_defaults(func=cmd_tag_rename)

    p = sub.add_parser("merge", help="merge tags into one (the last name given)",
                       description="Merge SOURCE tags (and their children) into TARGET, "
                       "which may exist already: `clipper tag merge US-trip trip/US`.")
    p.add_argument("names", nargs="+", metavar="SOURCE... TARGET")
    p.set_defaults(func=cmd_tag_merge)

    p = sub.add_parser("delete", help="delete a tag (and its children) from every clipping")
    p.add_argument("name")
    p.set_defaults(func=cmd_tag_delete)

    p = sub.add_parser("list", help="list tags with their counts, as a tree")
    p.add_argument("--json", action="store_true", help="print a JSON list of {name, count}")
    p.set_defaults(func=cmd_tag_list)

    p = sub.add_parser("promote", help="turn clippings' own source keywords into tags")
    p.add_argument("ids", nargs="*", metavar="ID", help=IDS_HELP)
    p.add_argument("--all", action="store_true", help="every clipping in the library")
    p.add_argument("--prefix", default="", help="put the tags under PREFIX/ (e.g. keyword)")
    p.set_defaults(func=cmd_tag_promote)

    p = sub.add_parser("undo", help="undo the last change (as `clipper undo`)")
    p.set_defaults(func=cmd_undo, list=False, json=False)


def cmd_tag_add(service: LibraryService, args: argparse.Namespace) -> int:
    ids = selected_ids(service, args)
    changes = service.add_tags(ids, args.tags)
    print(f"tagged {len(changes.clippings_changed)} of {len(ids)} clipping(s) with "
          f"{', '.join(args.tags)}")
    return 0


def cmd_tag_remove(service: LibraryService, args: argparse.Namespace) -> int:
    ids = selected_ids(service, args)
    changes = service.remove_tags(ids, args.tags)
    print(f"untagged {len(changes.clippings_changed)} of {len(ids)} clipping(s)")
    return 0


def cmd_tag_rename(service: LibraryService, args: argparse.Namespace) -> int:
    changes = service.rename_tag(args.old, args.new)
    print(f"renamed {args.old} -> {args.new} ({len(changes.clippings_changed)} clipping(s))")
    return 0


def cmd_tag_merge(service: LibraryService, args: argparse.Namespace) -> int:
    if len(args.names) < 2:
        print("clipper tag merge: give at least one source tag and the target tag")
        return 2
    *sources, target = args.names
    changes = service.merge_tags(sources, target)
    print(f"merged {', '.join(sources)} into {target} "
          f"({len(changes.clippings_changed)} clipping(s))")
    return 0


def cmd_tag_delete(service: LibraryService, args: argparse.Namespace) -> int:
    changes = service.delete_tag(args.name)
    print(f"deleted tag {args.name} from {len(changes.clippings_changed)} clipping(s)")
    return 0


def cmd_tag_list(service: LibraryService, args: argparse.Namespace) -> int:
    tags = service.list_tags()
    if args.json:
        print_json([t.to_json() for t in tags])
        return 0
    if not tags:
        print("no tags")
    for t in tags:
        depth = t.name.count("/")
        print(f"{'  ' * depth}{t.name.rsplit('/', 1)[-1]}  ({t.count})"
              + (f"  [{t.name}]" if depth else ""))
    return 0


def cmd_tag_promote(service: LibraryService, args: argparse.Namespace) -> int:
    if args.all == bool(args.ids):
        print("clipper tag promote: give clipping ids or --all")
        return 2
    ids = service.clipping_ids() if args.all else parse_ids(args.ids)
    changes = service.promote_keywords(ids, args.prefix)
    print(f"promoted source keywords to tags on {len(changes.clippings_changed)} clipping(s)")
    return 0


# ---- highlights and notes ---------------------------------------------------------------

def _register_annotations(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "annotate", help="highlight a passage of a clipping, with an optional note",
        description="Highlight the passage QUOTE in a clipping's body (or a photo's caption "
        "with --photo). The highlight remembers its text and context, so it is found again "
        "after the text is edited or re-imported; one that cannot be found is kept and "
        "flagged orphaned.")
    p.add_argument("id", type=int)
    p.add_argument("--quote", required=True, help="the exact text to highlight")
    p.add_argument("--note", default="", help="a note on the passage (searchable)")
    p.add_argument("--colour", "--color", dest="colour", default=None,
                   help="yellow (default), green, blue, pink, orange, purple, red or #rrggbb")
    p.add_argument("--occurrence", type=int, default=1,
                   help="which occurrence of QUOTE, when it appears several times (default 1)")
    p.add_argument("--photo", type=int, default=None, metavar="N",
                   help="highlight in photo N's caption (numbered from 1 as `clipper show` does)")
    p.add_argument("--json", action="store_true", help="print the new annotation as JSON")
    p.set_defaults(func=cmd_annotate)

    p = subparsers.add_parser("annotations", help="list a clipping's highlights and notes")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=cmd_annotations)

    ann = subparsers.add_parser("annotation", help="edit or delete a highlight")
    sub = sub_actions(ann, "annotation_action")
    p = sub.add_parser("edit", help="change a highlight's note or colour")
    p.add_argument("annotation_id", type=int, metavar="ANNOTATION_ID")
    p.add_argument("--note")
    p.add_argument("--colour", "--color", dest="colour")
    p.set_defaults(func=cmd_annotation_edit)
    p = sub.add_parser("delete", help="delete a highlight and its note")
    p.add_argument("annotation_id", type=int, metavar="ANNOTATION_ID")
    p.set_defaults(func=cmd_annotation_delete)


def _annotation_line(a: Annotation) -> str:
    where = "" if a.target == "body" else f" (photo {int(a.target.split(':')[1]) + 1} caption)"
    flag = "  [ORPHANED: text not found]" if a.orphaned else ""
    note = f"\n        note: {a.note}" if a.note else ""
    return f"{a.id:>5}  {a.colour}  {a.start}..{a.end}{where}  “{a.quote}”{flag}{note}"


def cmd_annotate(service: LibraryService, args: argparse.Namespace) -> int:
    target = "body" if args.photo is None else f"photo:{args.photo - 1}"
    if args.photo is not None and args.photo < 1:
        raise LibraryError("photos are numbered from 1")
    annotation = service.annotate(args.id, quote=args.quote, note=args.note,
                                  colour=args.colour, occurrence=args.occurrence, target=target)
    if args.json:
        print_json(annotation.to_json())
    else:
        print(f"annotation {annotation.id} on #{args.id}: {annotation.start}..{annotation.end}")
    return 0


def cmd_annotations(service: LibraryService, args: argparse.Namespace) -> int:
    found = service.annotations(args.id)
    if args.json:
        print_json([a.to_json() for a in found])
        return 0
    if not found:
        print(f"clipping {args.id} has no highlights")
    for a in found:
        print(_annotation_line(a))
    return 0


def cmd_annotation_edit(service: LibraryService, args: argparse.Namespace) -> int:
    if args.note is None and args.colour is None:
        print("clipper annotation edit: give --note and/or --colour")
        return 2
    service.edit_annotation(args.annotation_id, note=args.note, colour=args.colour)
    print(f"edited annotation {args.annotation_id}")
    return 0


def cmd_annotation_delete(service: LibraryService, args: argparse.Namespace) -> int:
    service.delete_annotation(args.annotation_id)
    print(f"deleted annotation {args.annotation_id}")
    return 0


# ---- themes -----------------------------------------------------------------------------

def _theme_fields(p: argparse.ArgumentParser, editing: bool) -> None:
    p.add_argument("--description")
    p.add_argument("--colour", "--color", dest="colour", help="#rrggbb or a colour name")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                   help="start of the campaign period" + (" ('' clears it)" if editing else ""))
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="end of the period")
    p.add_argument("--message", dest="key_messages", action="append", metavar="TEXT",
                   help="a key message (repeat for several)"
                   + ("; replaces the old list" if editing else ""))
    p.add_argument("--rule", metavar="QUERY",
                   help="a search query whose matches are suggested for the theme"
                   + (" ('' removes it)" if editing else ""))


def _register_themes(subparsers: argparse._SubParsersAction) -> None:
    theme = subparsers.add_parser(
        "theme", help="campaign themes: create, assign, review rule matches",
        description="Campaign themes: a name, description, colour, period, key messages and "
        "an optional rule (a search query). Rule matches are suggested for review; a manual "
        "assignment or a rejection is never overridden by a rule.")
    sub = sub_actions(theme, "theme_action")

    p = sub.add_parser("create", help="create a theme (its rule runs at once)")
    p.add_argument("name")
    _theme_fields(p, editing=False)
    p.set_defaults(func=cmd_theme_create)

    p = sub.add_parser("edit", help="change a theme's name, description, period, rule, ...")
    p.add_argument("name")
    p.add_argument("--name", dest="new_name", help="a new name")
    _theme_fields(p, editing=True)
    p.set_defaults(func=cmd_theme_edit)

    p = sub.add_parser("list", help="list themes with member and suggestion counts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_theme_list)

    p = sub.add_parser("show", help="show a theme and its clippings")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_theme_show)

    p = sub.add_parser("assign", help="put clippings in a theme by hand")
    p.add_argument("name")
    p.add_argument("ids", nargs="+", metavar="ID", help=IDS_HELP)
    p.set_defaults(func=cmd_theme_assign)

    p = sub.add_parser("unassign", help="take clippings out of a theme (the rule will not "
                       "suggest them again)")
    p.add_argument("name")
    p.add_argument("ids", nargs="+", metavar="ID", help=IDS_HELP)
    p.add_argument("--forget", action="store_true",
                   help="forget them instead of rejecting them: the rule may suggest them again")
    p.set_defaults(func=cmd_theme_unassign)

    p = sub.add_parser("review", help="list rule suggestions; accept or reject them",
                       description="Without options, list the theme's suggestions awaiting "
                       "review. --accept/--reject take ids or `all`.")
    p.add_argument("name")
    p.add_argument("--accept", nargs="+", metavar="ID", help="ids, or all")
    p.add_argument("--reject", nargs="+", metavar="ID", help="ids, or all")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_theme_review)

    p = sub.add_parser("apply", help="run a theme's rule (or every rule) now")
    p.add_argument("name", nargs="?")
    p.add_argument("--all", action="store_true", help="every theme that has a rule")
    p.set_defaults(func=cmd_theme_apply)

    p = sub.add_parser("delete", help="delete a theme (its clippings stay)")
    p.add_argument("name")
    p.set_defaults(func=cmd_theme_delete)


def _fields_from(args: argparse.Namespace) -> dict[str, object]:
    fields: dict[str, object] = {}
    for key in ("description", "colour", "date_from", "date_to", "key_messages", "rule"):
        value = getattr(args, key)
        if value is not None:
            fields[key] = value
    return fields


def _theme_line(t: Theme) -> str:
    period = ""
    if t.date_from or t.date_to:
        period = f"  {t.date_from or '…'}..{t.date_to or '…'}"
    pending = f", {t.suggested_count} to review" if t.suggested_count else ""
    return f"{t.name}  ({t.member_count} clipping(s){pending})  {t.colour}{period}"


def cmd_theme_create(service: LibraryService, args: argparse.Namespace) -> int:
    theme = service.create_theme(args.name, **_fields_from(args))
    print(f"created theme {theme.name}")
    if theme.suggested_count:
        print(f"its rule suggests {theme.suggested_count} clipping(s): "
              f"clipper theme review {_quote(theme.name)}")
    return 0


def cmd_theme_edit(service: LibraryService, args: argparse.Namespace) -> int:
    fields = _fields_from(args)
    if args.new_name is not None:
        fields["name"] = args.new_name
    if not fields:
        print("clipper theme edit: nothing to change")
        return 2
    service.edit_theme(args.name, **fields)
    print(f"edited theme {args.new_name or args.name}: {', '.join(fields)}")
    return 0


def cmd_theme_list(service: LibraryService, args: argparse.Namespace) -> int:
    themes = service.list_themes()
    if args.json:
        print_json([t.to_json() for t in themes])
        return 0
    if not themes:
        print("no themes")
    for t in themes:
        print(_theme_line(t))
    return 0


def cmd_theme_show(service: LibraryService, args: argparse.Namespace) -> int:
    theme = service.get_theme(args.name)
    members = service.theme_members(theme.name)
    suggested = service.theme_members(theme.name, ["suggested"])
    rejected = service.theme_members(theme.name, ["rejected"])
    if args.json:
        print_json({**theme.to_json(), "members": members, "suggested": suggested,
                    "rejected": rejected})
        return 0
    print(_theme_line(theme))
    if theme.description:
        print(f"  {theme.description}")
    for message in theme.key_messages:
        print(f"  * {message}")
    if theme.rule:
        print(f"  rule: {theme.rule}")
    states = service.theme_states(theme.name)
    for row in service.summaries(members):
        date = row.published.isoformat() if row.published else "----------"
        print(f"{row.id:>5}  {date}  {states[row.id]:<8}  {column(row.outlet, 16)}  {row.title}")
    if suggested:
        print(f"{len(suggested)} suggestion(s) to review: "
              f"clipper theme review {_quote(theme.name)}")
    return 0


def _quote(name: str) -> str:
    return f'"{name}"' if " " in name else name


def cmd_theme_assign(service: LibraryService, args: argparse.Namespace) -> int:
    ids = parse_ids(args.ids)
    service.assign_theme(args.name, ids)
    print(f"assigned {len(ids)} clipping(s) to {args.name}")
    return 0


def cmd_theme_unassign(service: LibraryService, args: argparse.Namespace) -> int:
    ids = parse_ids(args.ids)
    service.unassign_theme(args.name, ids, reject=not args.forget)
    print(f"removed {len(ids)} clipping(s) from {args.name}")
    return 0


def _ids_or_all(values: list[str] | None, pending: list[int]) -> list[int]:
    if not values:
        return []
    if [v.lower() for v in values] == ["all"]:
        return list(pending)
    return parse_ids(values)


def cmd_theme_review(service: LibraryService, args: argparse.Namespace) -> int:
    theme = service.get_theme(args.name)
    pending = service.theme_members(theme.name, ["suggested"])
    accept = _ids_or_all(args.accept, pending)
    reject = _ids_or_all(args.reject, pending)
    if accept or reject:
        overlap = set(accept) & set(reject)
        if overlap:
            raise LibraryError(f"clipping {', '.join(map(str, sorted(overlap)))} is both "
                               "accepted and rejected")
        service.review_theme(theme.name, accept, reject)
        print(f"{theme.name}: accepted {len(accept)}, rejected {len(reject)}")
        return 0
    rows = service.summaries(pending)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    if not rows:
        print(f"{theme.name}: nothing to review")
    for row in rows:
        date = row.published.isoformat() if row.published else "----------"
        print(f"{row.id:>5}  {date}  {column(row.outlet, 16)}  {row.title}")
    return 0


def cmd_theme_apply(service: LibraryService, args: argparse.Namespace) -> int:
    if args.all == bool(args.name):
        print("clipper theme apply: give a theme name or --all")
        return 2
    if args.all:
        results = service.apply_theme_rules()
    else:
        theme = service.get_theme(args.name)
        results = {theme.name: service.apply_theme_rule(theme.name)[0]}
    for name, new in results.items():
        waiting = service.get_theme(name).suggested_count
        print(f"{name}: {len(new)} new suggestion(s), {waiting} awaiting review")
    return 0


def cmd_theme_delete(service: LibraryService, args: argparse.Namespace) -> int:
    service.delete_theme(args.name)
    print(f"deleted theme {args.name}")
    return 0


# ---- saved searches ---------------------------------------------------------------------

def _register_saved(subparsers: argparse._SubParsersAction) -> None:
    saved = subparsers.add_parser(
        "saved", help="saved searches: named queries that act as live collections")
    sub = sub_actions(saved, "saved_action")
    p = sub.add_parser("add", help="save a search under a name")
    p.add_argument("name")
    p.add_argument("query")
    p.add_argument("--replace", action="store_true", help="replace a saved search of that name")
    p.set_defaults(func=cmd_saved_add)
    p = sub.add_parser("list", help="list saved searches with how many clippings each finds")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_saved_list)
    p = sub.add_parser("show", help="list the clippings a saved search finds now")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_saved_show)
    p = sub.add_parser("rename", help="rename a saved search")
    p.add_argument("name")
    p.add_argument("new_name")
    p.set_defaults(func=cmd_saved_rename)
    p = sub.add_parser("delete", help="delete a saved search")
    p.add_argument("name")
    p.set_defaults(func=cmd_saved_delete)


def cmd_saved_add(service: LibraryService, args: argparse.Namespace) -> int:
    saved = service.add_saved_search(args.name, args.query, args.replace)
    print(f"saved search {saved.name}: {saved.query}")
    return 0


def cmd_saved_list(service: LibraryService, args: argparse.Namespace) -> int:
    found = service.list_saved_searches(counts=True)
    if args.json:
        print_json([s.to_json() for s in found])
        return 0
    if not found:
        print("no saved searches")
    for s in found:
        print(f"{s.name}  ({s.count})  {s.query}")
    return 0


def cmd_saved_show(service: LibraryService, args: argparse.Namespace) -> int:
    rows = service.summaries(service.saved_search_ids(args.name))
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    for row in rows:
        date = row.published.isoformat() if row.published else "----------"
        print(f"{row.id:>5}  {date}  {column(row.outlet, 16)}  {row.title}")
    return 0


def cmd_saved_rename(service: LibraryService, args: argparse.Namespace) -> int:
    service.rename_saved_search(args.name, args.new_name)
    print(f"renamed saved search {args.name} -> {args.new_name}")
    return 0


def cmd_saved_delete(service: LibraryService, args: argparse.Namespace) -> int:
    service.delete_saved_search(args.name)
    print(f"deleted saved search {args.name}")
    return 0


# ---- near-duplicates --------------------------------------------------------------------

def _register_duplicates(subparsers: argparse._SubParsersAction) -> None:
    dup = subparsers.add_parser(
        "duplicates", help="syndicated copies grouped as stories; split or merge groups",
        description="Near-duplicates (the same agency story or press release in several "
        "outlets) are grouped at import: the earliest is the original, the rest pickups. "
        "Without an action, list the groups.")
    dup.add_argument("--json", action="store_true", help="print the groups as JSON")
    dup.set_defaults(func=cmd_duplicates)
    sub = dup.add_subparsers(dest="duplicates_action", metavar="ACTION")
    p = sub.add_parser("split", help="take clippings out of their group (for good)")
    p.add_argument("ids", nargs="+", metavar="ID", help=IDS_HELP)
    p.set_defaults(func=cmd_duplicates_split)
    p = sub.add_parser("merge", help="group clippings (and their groups) as one story")
    p.add_argument("ids", nargs="+", metavar="ID", help=IDS_HELP)
    p.set_defaults(func=cmd_duplicates_merge)
    p = sub.add_parser("detect", help="look for near-duplicates across the whole library")
    p.set_defaults(func=cmd_duplicates_detect)


def cmd_duplicates(service: LibraryService, args: argparse.Namespace) -> int:
    groups = service.duplicate_groups()
    if args.json:
        print_json([g.to_json() for g in groups])
        return 0
    if not groups:
        print("no near-duplicate groups")
    for n, group in enumerate(groups):
        if n:
            print()
        rows = {r.id: r for r in service.summaries(group.members)}
        for role, cid in [("original", group.original)] + [("  pickup", p) for p in group.pickups]:
            row = rows[cid]
            date = row.published.isoformat() if row.published else "----------"
            print(f"{role}  {cid:>5}  {date}  {column(row.outlet, 16)}  {row.title}")
    return 0


def cmd_duplicates_split(service: LibraryService, args: argparse.Namespace) -> int:
    ids = parse_ids(args.ids)
    service.split_story(ids)
    print(f"split {len(ids)} clipping(s) from their groups")
    return 0


def cmd_duplicates_merge(service: LibraryService, args: argparse.Namespace) -> int:
    group = service.merge_story(parse_ids(args.ids))
    print(f"grouped {len(group.members)} clippings; original #{group.original}")
    return 0


def cmd_duplicates_detect(service: LibraryService, args: argparse.Namespace) -> int:
    from clipper.cli.output import ProgressBar

    service.detect_duplicates(progress=ProgressBar("Comparing"))
    print(f"{len(service.duplicate_groups())} near-duplicate group(s)")
    return 0

"""The morning desk (issue 15): outlet, tone, place, response."""

from __future__ import annotations

import argparse

from clipper.cli.output import column, one_line, print_json
from clipper.cli.selection import IDS_HELP, add_selection, selected_ids, sub_actions
from clipper.domain import RESPONSE_KINDS
from clipper.services import LibraryService
from clipper.store.library import LibraryError


def register(subparsers: argparse._SubParsersAction) -> None:
    _register_outlet(subparsers)
    _register_tone(subparsers)
    _register_place(subparsers)
    _register_response(subparsers)


def _done(changes, what: str) -> int:
    n = len(changes.clippings_changed)
    print(f"{what}" + (f" ({n} clipping(s) changed)" if n else "") if not changes.empty
          else "nothing to change")
    return 0


# ---- outlet ------------------------------------------------------------------------------

def _register_outlet(subparsers: argparse._SubParsersAction) -> None:
    outlet = subparsers.add_parser(
        "outlet", help="the outlet registry: list, edit, merge, add, categories",
        description="The outlet registry: each outlet's display name, category, weight "
        "(the office's order, lower first), aliases, web domains and portal press codes. "
        "Imports name outlets through it; outlets seen for the first time are added "
        "uncategorised. Every change can be undone with `clipper undo`.")
    sub = sub_actions(outlet, "outlet_action")
    p = sub.add_parser("list", help="list outlets in the office's order, with counts")
    p.add_argument("--uncategorised", action="store_true",
                   help="only outlets still waiting for a category")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_outlet_list)

    p = sub.add_parser("edit", help="change an outlet's name, category, weight, aliases...",
                       description="Change what is given. A new name is carried to the "
                       "outlet's clippings; the old one stays as an alias. Lists are "
                       "comma-separated and replace the old list; an alias that already "
                       "names another outlet is refused.")
    p.add_argument("name", help="the outlet's display name or one of its aliases")
    p.add_argument("--name", dest="new_name", help="a new display name")
    p.add_argument("--category", help="one of `clipper outlet categories` ('-' for none)")
    p.add_argument("--weight", help="the office's order: lower sorts first")
    p.add_argument("--aliases", help="other names, comma-separated (연합,Yonhap,YNA)")
    p.add_argument("--domains", help="web domains, comma-separated (yna.co.kr)")
    p.add_argument("--naver-oid", help="Naver News press code (e.g. 001)")
    p.add_argument("--daum-id", help="Daum News press id")
    p.set_defaults(func=cmd_outlet_edit)

    p = sub.add_parser("merge", help="fold outlets into another; their clippings move",
                       description="Merge outlets: every clipping of SOURCE moves to "
                       "--into, and SOURCE's name, aliases and domains become --into's.")
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--into", required=True, metavar="TARGET")
    p.set_defaults(func=cmd_outlet_merge)

    p = sub.add_parser("add", help="add an outlet to the registry")
    p.add_argument("name")
    p.add_argument("--category")
    p.add_argument("--weight", type=int)
    p.set_defaults(func=cmd_outlet_add)

    p = sub.add_parser("categories", help="show or replace the list of outlet categories",
                       description="The categories outlets are grouped by, in report "
                       "order. --set replaces the list (a category still given to an "
                       "outlet cannot be dropped).")
    p.add_argument("--set", dest="names", help="the new list, comma-separated")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_outlet_categories)


def cmd_outlet_list(service: LibraryService, args: argparse.Namespace) -> int:
    outlets = service.outlets()
    if args.uncategorised:
        outlets = [o for o in outlets if o.category is None]
    counts = service.outlet_clipping_counts()
    if args.json:
        print_json([{**o.to_json(), "clippings": counts.get(o.name, 0)} for o in outlets])
        return 0
    for o in outlets:
        extra = ", ".join(o.aliases)
        print(f"{o.weight:>5}  {column(o.category or '(uncategorised)', 14)}  "
              f"{one_line(o.name)}  [{counts.get(o.name, 0)}]"
              + (f"  aka {one_line(extra)}" if extra else ""))
    if not outlets:
        print("no outlets")
    return 0


def cmd_outlet_edit(service: LibraryService, args: argparse.Namespace) -> int:
    fields = {k: v for k, v in {
        "new_name": args.new_name, "category": args.category, "weight": args.weight,
        "aliases": args.aliases, "domains": args.domains, "naver_oid": args.naver_oid,
        "daum_id": args.daum_id}.items() if v is not None}
    if not fields:
        raise LibraryError("nothing to change: give --name, --category, --weight, "
                           "--aliases, --domains, --naver-oid or --daum-id")
    return _done(service.edit_outlet(args.name, **fields), f"edited outlet {args.name}")


def cmd_outlet_merge(service: LibraryService, args: argparse.Namespace) -> int:
    return _done(service.merge_outlets(args.sources, args.into),
                 f"merged {', '.join(args.sources)} into {args.into}")


def cmd_outlet_add(service: LibraryService, args: argparse.Namespace) -> int:
    return _done(service.add_outlet(args.name, args.category, args.weight),
                 f"added outlet {args.name}")


def cmd_outlet_categories(service: LibraryService, args: argparse.Namespace) -> int:
    if args.names is not None:
        _done(service.set_outlet_categories(n for n in args.names.split(",") if n.strip()),
              "categories set")
    names = service.outlet_categories()
    if args.json:
        print_json(names)
    else:
        for name in names:
            print(one_line(name))
    return 0


# ---- tone -------------------------------------------------------------------------------

def _register_tone(subparsers: argparse._SubParsersAction) -> None:
    tone = subparsers.add_parser(
        "tone", help="tone (논조): set, list, add, edit, delete, suggest",
        description="Tone (논조): each clipping carries at most one of the office's tone "
        "classes (default 1 긍정, 2 단순(중립), 3 건전비판, 4 악의적비판, 5 오보). Every "
        "change can be undone with `clipper undo`.")
    sub = sub_actions(tone, "tone_action")
    p = sub.add_parser("set", help="give clippings a tone (its name or key; 'none' clears)")
    p.add_argument("tone", help="a tone's name or key 1-9, or 'none'")
    add_selection(p)
    p.set_defaults(func=cmd_tone_set)

    p = sub.add_parser("list", help="the tone classes with their keys, groups and counts")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_tone_list)

    p = sub.add_parser("add", help="add a tone class")
    p.add_argument("name")
    p.add_argument("--group", required=True, choices=("positive", "neutral", "negative"))
    p.add_argument("--key", type=int, help="its key 1-9 (default: the first free one)")
    p.set_defaults(func=cmd_tone_add)

    p = sub.add_parser("edit", help="rename a tone, or change its group or key",
                       description="Clippings carrying the tone keep it under its new name.")
    p.add_argument("name", help="the tone's name or key")
    p.add_argument("--name", dest="new_name")
    p.add_argument("--group", choices=("positive", "neutral", "negative"))
    p.add_argument("--key", type=int)
    p.set_defaults(func=cmd_tone_edit)

    p = sub.add_parser("delete", help="delete a tone class",
                       description="Refused while clippings carry the tone, unless --clear "
                       "takes it off them (undo gives it back).")
    p.add_argument("name", help="the tone's name or key")
    p.add_argument("--clear", action="store_true",
                   help="take the tone off the clippings that carry it")
    p.set_defaults(func=cmd_tone_delete)

    p = sub.add_parser("suggest", help="suggested tones learned from the office's labels",
                       description="Trains on the clippings that carry a tone (at least 30 "
                       "per tone) and suggests one for clippings without; prints how often "
                       "suggestions were right on held-back labels (cross-validated). "
                       "Nothing is set unless --accept.")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--ids", nargs="+", metavar="ID", help=IDS_HELP)
    group.add_argument("--query", metavar="QUERY", help="every clipping this search finds")
    p.add_argument("--accept", action="store_true", help="set the suggested tones (undoable)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_tone_suggest)


def cmd_tone_set(service: LibraryService, args: argparse.Namespace) -> int:
    tone = None if args.tone.strip().lower() in ("none", "-", "") else args.tone
    changes = service.set_tone(selected_ids(service, args), tone)
    return _done(changes, f"tone {tone or 'cleared'}")


def cmd_tone_list(service: LibraryService, args: argparse.Namespace) -> int:
    counts = service.tone_counts()
    tones = service.tones()
    if args.json:
        print_json([{**t.to_json(), "count": counts.get(t.name, 0)} for t in tones])
        return 0
    for t in tones:
        print(f"{t.key}  {one_line(t.name)}  ({t.group})  {counts.get(t.name, 0)}")
    return 0


def cmd_tone_add(service: LibraryService, args: argparse.Namespace) -> int:
    return _done(service.add_tone(args.name, args.group, args.key), f"added tone {args.name}")


def cmd_tone_edit(service: LibraryService, args: argparse.Namespace) -> int:
    fields = {k: v for k, v in {"new_name": args.new_name, "group": args.group,
                                "key": args.key}.items() if v is not None}
    if not fields:
        raise LibraryError("nothing to change: give --name, --group or --key")
    return _done(service.edit_tone(args.name, **fields), f"edited tone {args.name}")


def cmd_tone_delete(service: LibraryService, args: argparse.Namespace) -> int:
    return _done(service.delete_tone(args.name, clear=args.clear), f"deleted tone {args.name}")


def cmd_tone_suggest(service: LibraryService, args: argparse.Namespace) -> int:
    if args.ids is not None or args.query is not None:
        ids = selected_ids(service, args)
    else:
        ids = service.clipping_ids()
    model = service.tone_model()
    suggestions = service.tone_suggestions(ids)
    q = model.quality
    if args.json:
        print_json({"quality": q.to_json(),
                    "suggestions": [{"id": s.clipping_id, "tone": s.tone,
                                     "confidence": round(s.confidence, 3)}
                                    for s in suggestions.values()]})
    else:
        print(f"suggestions were right {q.accuracy:.0%} of the time on {q.labelled} labelled "
              f"clippings held back in turn ({q.folds}-fold); right group "
              f"(positive/neutral/negative) {q.group_accuracy:.0%}")
        for name, recall in q.per_tone.items():
            print(f"  {one_line(name)}: {recall:.0%} of {q.counts.get(name, 0)}")
        if q.left_out:
            print("  not suggested (too few labels): "
                  + ", ".join(f"{one_line(n)} {c}" for n, c in q.left_out.items()))
        for s in suggestions.values():
            print(f"{s.clipping_id:>6}  {one_line(s.tone)}  ({s.confidence:.0%})")
        if not suggestions:
            print("no clipping without a tone")
    if args.accept and suggestions:
        changes = service.accept_tone_suggestions(list(suggestions))
        if not args.json:
            _done(changes, "suggested tones set")
    return 0


# ---- place ------------------------------------------------------------------------------

def _register_place(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "place", help="set print placement: edition, page (면), position",
        description="Where the article stood: --edition (조간, 석간, 온라인, 방송), --page "
        "(1, A3, 경제 2) and --position (면톱, 사이드, 단신 ...). Only what is given "
        "changes; '' clears a field. Undo with `clipper undo`.")
    add_selection(p)
    p.add_argument("--edition")
    p.add_argument("--page")
    p.add_argument("--position")
    p.set_defaults(func=cmd_place)


def cmd_place(service: LibraryService, args: argparse.Namespace) -> int:
    fields = {k: (v or None) for k, v in {"edition": args.edition, "page": args.page,
                                          "position": args.position}.items() if v is not None}
    if not fields:
        raise LibraryError("nothing to change: give --edition, --page or --position")
    return _done(service.set_placement(selected_ids(service, args), **fields), "placement set")


# ---- response ---------------------------------------------------------------------------

def _register_response(subparsers: argparse._SubParsersAction) -> None:
    response = subparsers.add_parser(
        "response", help="response (대응) to critical reports: set, list, clear",
        description="The office's response to a critical or wrong report: kind ("
        + ", ".join(RESPONSE_KINDS) + "), due date, note, a link to the office's own "
        "document, and whether it is closed. Undo with `clipper undo`.")
    sub = sub_actions(response, "response_action")
    p = sub.add_parser("set", help="create or change a clipping's response record")
    p.add_argument("id", type=int, help="the clipping's id")
    p.add_argument("--kind", help="; ".join(RESPONSE_KINDS))
    p.add_argument("--due", help="YYYY-MM-DD ('' for none)")
    p.add_argument("--note")
    p.add_argument("--link", help="the office's own document (a path or web address)")
    state = p.add_mutually_exclusive_group()
    state.add_argument("--closed", action="store_true", default=None, help="mark it done")
    state.add_argument("--open", dest="closed", action="store_false", default=None,
                       help="open it again")
    p.set_defaults(func=cmd_response_set)

    p = sub.add_parser("list", help="responses still open, soonest due first")
    p.add_argument("--overdue", action="store_true", help="only those past their due date")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_response_list)

    p = sub.add_parser("clear", help="remove a clipping's response record")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_response_clear)


def cmd_response_set(service: LibraryService, args: argparse.Namespace) -> int:
    fields = {k: v for k, v in {"kind": args.kind, "due": args.due, "note": args.note,
                                "link": args.link, "closed": args.closed}.items()
              if v is not None}
    return _done(service.set_response(args.id, **fields), f"response of clipping {args.id} set")


def cmd_response_list(service: LibraryService, args: argparse.Namespace) -> int:
    import datetime as dt

    today = dt.date.today()
    found = service.open_responses(overdue_only=args.overdue, today=today)
    summaries = {s.id: s for s in service.summaries([r.clipping_id for r in found])}
    if args.json:
        print_json([{**r.to_json(), "overdue": r.overdue(today),
                     "title": summaries[r.clipping_id].title if r.clipping_id in summaries
                     else ""} for r in found])
        return 0
    for r in found:
        s = summaries.get(r.clipping_id)
        flag = "OVERDUE " if r.overdue(today) else ""
        print(f"{r.clipping_id:>6}  {flag}{r.due.isoformat() if r.due else '(no due date)'}  "
              f"{one_line(r.kind)}  {one_line(s.outlet if s else '')}  "
              f"{one_line(s.title if s else '')}")
    if not found:
        print("no open responses" + (" past their due date" if args.overdue else ""))
    return 0


def cmd_response_clear(service: LibraryService, args: argparse.Namespace) -> int:
    return _done(service.clear_response(args.id), f"response of clipping {args.id} removed")

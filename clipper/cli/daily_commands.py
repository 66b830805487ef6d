"""`clipper daily` (the morning clipping report) and `clipper daily-preset` (its named
layouts)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from clipper.cli.output import ProgressBar, one_line, print_json
from clipper.services import LibraryService
from clipper.store.library import LibraryError


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _layout_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("layout (overrides the preset's)")
    g.add_argument("--office", help="the office named on the cover (경기도 대변인실)")
    g.add_argument("--title", help="the report's title (default 언론보도 스크랩)")
    g.add_argument("--edition", help="조간 or 석간 (leaves the other edition's clippings "
                   "out; online and broadcast items stay), or any word for the cover")
    g.add_argument("--section", action="append", metavar="NAME=RULES",
                   help="a section of the office's, in order; RULES are comma-separated "
                   "theme:X, tag:X, category:X, tone:X (a tone or positive/neutral/negative) "
                   "or word:X (in the position, section or title), e.g. "
                   "'비판·오보=tone:negative' (repeat for more sections)")
    g.add_argument("--example-sections", action="store_true",
                   help="start from the example sections (비판·오보, 사설·칼럼, 도정 주요 보도, "
                   "지사 동정, 시군)")
    g.add_argument("--group", choices=["theme_category", "category", "theme", "none"],
                   help="how clippings in no section are grouped (default: by theme, then "
                   "by outlet category)")
    g.add_argument("--columns", metavar="A,B,...",
                   help="index columns: number, section, title, outlet, page, tone, category, "
                   "byline, date (default number,section,title,outlet,page,tone)")
    g.add_argument("--photos", dest="photos", action="store_true", default=None,
                   help="print photos (the default)")
    g.add_argument("--no-photos", dest="photos", action="store_false", help="leave photos out")
    g.add_argument("--no-highlights", dest="highlights", action="store_false", default=None,
                   help="leave highlights and notes out")
    g.add_argument("--one-per-page", dest="one_per_page", action="store_true", default=None,
                   help="start every clipping on a new page")
    g.add_argument("--continuous", dest="one_per_page", action="store_false",
                   help="clippings run on continuously (the default)")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "daily", help="write the morning clipping report (조간 스크랩) as PDF, DOCX or HWPX",
        description="Write the daily clipping report of a day: the clippings published that "
        "day or imported that morning (before noon), grouped into the office's sections and "
        "ordered by outlet weight, then page; a cover with the date and weekday, an index "
        "table (연번 | 구분 | 제목 | 언론사 | 면 | 논조) with counts by tone and outlet "
        "category; then each clipping with its header band, photos, body and notes. The "
        "format follows the output's suffix (.pdf, .docx, .hwpx); give -o several times for "
        "several formats. A day with no clippings writes nothing and exits 1.",
    )
    p.add_argument("--date", type=_day, default=None, metavar="YYYY-MM-DD",
                   help="the day (default: today)")
    p.add_argument("-o", "--output", action="append", required=True, type=Path,
                   metavar="FILE", help="report.pdf, report.docx or report.hwpx")
    p.add_argument("--format", choices=["pdf", "docx", "hwpx"],
                   help="the format, whatever the suffix (one output only)")
    p.add_argument("--preset", metavar="NAME", help="a saved layout (clipper daily-preset)")
    _layout_arguments(p)
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(func=cmd_daily)

    p = subparsers.add_parser(
        "daily-preset", help="list, show, save or delete the daily report's named layouts",
        description="Named layouts of the daily report, kept in the library: sections, "
        "index columns, photos on or off, one clipping per page or continuous.",
    )
    sub = p.add_subparsers(dest="preset_command", metavar="ACTION")
    sub.required = True
    q = sub.add_parser("list", help="the library's presets")
    q.add_argument("--json", action="store_true", help="print a JSON list")
    q.set_defaults(func=cmd_preset_list)
    q = sub.add_parser("show", help="one preset's layout as JSON")
    q.add_argument("name")
    q.set_defaults(func=cmd_preset_show)
    q = sub.add_parser(
        "save", help="save a layout under a name (replacing one of that name); undoable",
        description="Save a layout: from a JSON file (as `show` prints it), from another "
        "preset, or the default, changed by the layout options.")
    q.add_argument("name")
    q.add_argument("--from-file", type=Path, metavar="FILE", help="a layout as JSON")
    q.add_argument("--from-preset", metavar="NAME", help="start from another preset")
    _layout_arguments(q)
    q.set_defaults(func=cmd_preset_save)
    q = sub.add_parser("delete", help="delete a preset (undoable)")
    q.add_argument("name")
    q.set_defaults(func=cmd_preset_delete)


def _layout(service: LibraryService, args: argparse.Namespace, preset: str | None):
    from clipper.export.daily import (
        COLUMNS,
        DailyLayout,
        example_sections,
        parse_section,
    )

    layout = service.daily_layout(preset)
    if getattr(args, "from_file", None):
        try:
            data = json.loads(args.from_file.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise LibraryError(f"{args.from_file.name}: not JSON ({exc})") from None
        layout = DailyLayout.from_json(data)
    for key in ("office", "title", "edition", "photos", "highlights", "one_per_page"):
        value = getattr(args, key, None)
        if value is not None:
            setattr(layout, key, value)
    if args.group:
        layout.auto = args.group
    if args.columns:
        layout.columns = [c.strip() for c in args.columns.split(",") if c.strip()]
        labels = {label: key for key, label in COLUMNS.items()}
        layout.columns = [labels.get(c, c) for c in layout.columns]  # 연번,구분,... too
    if args.example_sections:
        layout.sections = example_sections()
    if args.section:
        layout.sections = [*(layout.sections if args.example_sections else []),
                           *(parse_section(text) for text in args.section)]
    layout.check()
    return layout


def cmd_daily(service: LibraryService, args: argparse.Namespace) -> int:
    from clipper.export.daily import EmptyDay

    if args.format and len(args.output) > 1:
        raise LibraryError("--format goes with one output; give each file its own suffix")
    day = args.date or dt.date.today()
    layout = _layout(service, args, args.preset)
    try:
        results = service.write_daily_files(day, args.output, fmt=args.format, layout=layout,
                                            progress=ProgressBar("Daily report"))
    except EmptyDay as exc:
        print(f"clipper daily: {exc}")
        return 1
    if args.json:
        print_json([{
            "format": r.format, "path": str(r.path), "clippings": r.clippings,
            "sections": r.sections, "photos": r.photos, "pages": r.pages,
            "seconds": round(r.seconds, 2), "warnings": r.warnings,
        } for r in results])
        return 0
    for r in results:
        pages = f"{r.pages} pages, " if r.pages else ""
        print(f"wrote {one_line(r.path)}: {pages}{r.clippings} clippings in {r.sections} "
              f"sections, {r.photos} photos ({r.seconds:.1f} s)")
    for warning in dict.fromkeys(w for r in results for w in r.warnings):
        print(f"warning: {one_line(warning)}")
    return 0


def cmd_preset_list(service: LibraryService, args: argparse.Namespace) -> int:
    presets = service.report_presets()
    if args.json:
        print_json([{"name": name, "layout": layout.to_json() if layout else None}
                    for name, layout in presets])
        return 0
    if not presets:
        print("no report presets; save one with `clipper daily-preset save NAME`")
    for name, layout in presets:
        if layout is None:
            print(f"{one_line(name)}  (damaged: save it again)")
            continue
        sections = ", ".join(s.name for s in layout.sections) or "(automatic)"
        print(f"{one_line(name)}  sections: {one_line(sections)}; columns: "
              f"{','.join(layout.columns)}; photos {'on' if layout.photos else 'off'}; "
              f"{'one per page' if layout.one_per_page else 'continuous'}")
    return 0


def cmd_preset_show(service: LibraryService, args: argparse.Namespace) -> int:
    print_json(service.daily_layout(args.name).to_json())
    return 0


def cmd_preset_save(service: LibraryService, args: argparse.Namespace) -> int:
    layout = _layout(service, args, args.from_preset)
    service.save_report_preset(args.name, layout)
    print(f"saved report preset {one_line(args.name)} (undo with `clipper undo`)")
    return 0


def cmd_preset_delete(service: LibraryService, args: argparse.Namespace) -> int:
    service.delete_report_preset(args.name)
    print(f"deleted report preset {one_line(args.name)} (undo with `clipper undo`)")
    return 0

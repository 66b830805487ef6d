"""export (PDF report, CSV, ZIP bundle) and coverage."""

from __future__ import annotations

import argparse
from pathlib import Path

from clipper.cli.output import ProgressBar, one_line, parse_ids, print_json
from clipper.services import LibraryService
from clipper.store.library import LibraryError

FORMATS = {".pdf": "pdf", ".csv": "csv", ".zip": "bundle"}


def _add_set_arguments(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--theme", metavar="NAME", help="the clippings of a campaign theme")
    group.add_argument("--tag", metavar="TAG", help="clippings with a tag (or a tag below it)")
    group.add_argument("--query", metavar="Q", help="the clippings a search finds")
    group.add_argument("--saved", metavar="NAME", help="the clippings of a saved search")
    group.add_argument("--ids", metavar="1,2,3", nargs="+", help="these clippings")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "export", help="export a set of clippings as a PDF report, CSV or ZIP bundle",
        description="Export the clippings of a theme, tag, saved search, search query or a "
        "list of ids. The format follows the output's suffix: .pdf (a report with cover, "
        "charts, clip list, contents and the articles), .csv (one row per clipping) or .zip "
        "(a bundle that `clipper import` reads back into another library, tags, themes and "
        "highlights included).",
    )
    _add_set_arguments(p)
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                   help="report.pdf, clippings.csv or bundle.zip")
    report = p.add_argument_group("PDF report options")
    report.add_argument("--title", default="", help="report title (default: the theme or tag)")
    report.add_argument("--subtitle", default="")
    report.add_argument("--period", default="",
                        help="period covered, as text (default: the theme's dates or the set's)")
    report.add_argument("--prepared-by", default="", metavar="NAME")
    report.add_argument("--order", default="date", choices=["date", "outlet", "theme"])
    report.add_argument("--no-photos", action="store_true", help="leave photos out")
    report.add_argument("--no-highlights", action="store_true",
                        help="leave highlights and notes out")
    report.add_argument("--one-per-page", action="store_true",
                        help="start every article on a new page (default: continuous)")
    report.add_argument("--paper", default="A4", type=str.upper, choices=["A4", "LETTER"])
    report.add_argument("--language", default="en", choices=["en", "ko"],
                        help="language of the report's own labels")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser(
        "coverage", help="coverage counts of a set by day, outlet and theme",
        description="Count a set's clippings by day, by outlet and by theme (what the "
        "report's charts and the app's dashboard show).",
    )
    _add_set_arguments(p)
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p.set_defaults(func=cmd_coverage)


def _export_set(service: LibraryService, args: argparse.Namespace):
    return service.export_set(
        theme=args.theme, tag=args.tag, query=args.query, saved=args.saved,
        ids=parse_ids(args.ids) if args.ids else None,
    )


def cmd_export(service: LibraryService, args: argparse.Namespace) -> int:
    fmt = FORMATS.get(args.output.suffix.lower())
    if fmt is None:
        raise LibraryError(
            f"cannot tell the format from {args.output.name!r}: use .pdf, .csv or .zip")
    export_set = _export_set(service, args)
    if not export_set.ids:
        print("clipper export: the set is empty; nothing written")
        return 1
    result: dict[str, object] = {"format": fmt, "path": str(args.output),
                                 "clippings": len(export_set.ids)}
    if fmt == "pdf":
        from clipper.export.report import ReportOptions

        options = ReportOptions(
            title=args.title, subtitle=args.subtitle, period=args.period,
            prepared_by=args.prepared_by, order=args.order,
            include_photos=not args.no_photos, include_highlights=not args.no_highlights,
            one_per_page=args.one_per_page, paper=args.paper, language=args.language,
        )
        report = service.export_pdf(export_set, args.output, options,
                                    progress=ProgressBar("Report"))
        result.update(clippings=report.clippings, pages=report.pages, photos=report.photos,
                      seconds=round(report.seconds, 2), warnings=report.warnings)
        line = (f"wrote {one_line(args.output)}: {report.pages} pages, "
                f"{report.clippings} clippings, "
                f"{report.photos} photos ({report.seconds:.1f} s)")
        warnings = report.warnings
    elif fmt == "csv":
        rows = service.export_csv(export_set, args.output)
        result.update(clippings=rows)
        line = f"wrote {one_line(args.output)}: {rows} rows"
        warnings = []
    else:
        bundle = service.export_bundle(export_set, args.output, progress=ProgressBar("Bundle"))
        result.update(clippings=bundle.clippings, photos=bundle.photos,
                      originals=bundle.originals, bytes=bundle.bytes, warnings=bundle.warnings)
        line = (f"wrote {one_line(args.output)}: {bundle.clippings} clippings, "
                f"{bundle.photos} photos, "
                f"{bundle.bytes / 1024 / 1024:.1f} MB")
        warnings = bundle.warnings
    if args.json:
        print_json(result)
    else:
        print(line)
        for warning in warnings:
            print(f"warning: {one_line(warning)}")
    return 0


def cmd_coverage(service: LibraryService, args: argparse.Namespace) -> int:
    export_set = _export_set(service, args)
    cov = service.coverage(export_set.ids)
    if args.json:
        print_json({
            "total": cov.total, "undated": cov.undated,
            "first": cov.first.isoformat() if cov.first else None,
            "last": cov.last.isoformat() if cov.last else None,
            "by_day": [{"date": d.isoformat(), "count": n} for d, n in cov.by_day],
            "by_outlet": [{"outlet": o, "count": n} for o, n in cov.by_outlet],
            "by_theme": [{"theme": t, "count": n, "colour": c} for t, n, c in cov.by_theme],
        })
        return 0
    print(f"{cov.total} clippings" + (f", {cov.undated} undated" if cov.undated else ""))
    if cov.by_day:
        print("\nBy day:")
        for d, n in cov.by_day:
            print(f"  {d.isoformat()}  {n:>4}  {'#' * min(n, 60)}")
    if cov.by_outlet:
        print("\nBy outlet:")
        for o, n in cov.by_outlet:
            print(f"  {n:>5}  {one_line(o) or '(unknown)'}")
    if cov.by_theme:
        print("\nBy theme:")
        for t, n, _ in cov.by_theme:
            print(f"  {n:>5}  {one_line(t)}")
    return 0

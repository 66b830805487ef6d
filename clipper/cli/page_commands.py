"""Print pages (issue 16): page list|show|regions|ocr|cut|edit|delete."""

from __future__ import annotations

import argparse

from clipper.cli.output import ProgressBar, column, one_line, parse_ids, print_json
from clipper.cli.selection import sub_actions
from clipper.domain import Box
from clipper.services import LibraryService
from clipper.store.library import LibraryError


def register(subparsers: argparse._SubParsersAction) -> None:
    page = subparsers.add_parser(
        "page", help="pages of PDFs and scans: list, read (OCR), cut into clippings",
        description="Pages imported from PDFs (e-paper 지면 PDFs, scanned PDFs) and page "
        "images wait here to be cut: each rectangle cut from a page becomes the clipping's "
        "page image (a lossless crop), and the words inside it its text. Pages without a "
        "text layer are read by OCR (Tesseract, Korean and English) with `page ocr`.")
    sub = sub_actions(page, "page_action")

    p = sub.add_parser("list", help="list pages with their state and metadata",
                       description="List pages: id, file and page number, how the text "
                       "was found (text-layer, ocr, none), the OCR state, outlet, date, "
                       "page (면) and how many clippings were cut from it.")
    p.add_argument("--waiting", action="store_true", help="only pages nothing was cut from")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_page_list)

    p = sub.add_parser("show", help="show one page: metadata, image file, its text",
                       description="Show a page's metadata, the path of its page image "
                       "and its text in reading order.")
    p.add_argument("id", type=int)
    p.add_argument("--words", action="store_true",
                   help="list every word with its box (x0,y0,x1,y1 in page pixels)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_page_show)

    p = sub.add_parser("regions", help="suggest article rectangles on a page",
                       description="Suggest article regions from the page's ruled lines "
                       "and text blocks, surest first, as boxes for `page cut --box`. "
                       "Suggestions only: your rectangle rules.")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_page_regions)

    p = sub.add_parser("ocr", help="read pages without a text layer (Tesseract)",
                       description="Read every page whose OCR is pending (or the pages "
                       "given), one page at a time; a page that fails is reported and the "
                       "rest go on. Ctrl+C stops after killing the running Tesseract; the "
                       "page stays pending.")
    p.add_argument("ids", nargs="*", metavar="ID", help="page ids (default: all pending)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_page_ocr)

    p = sub.add_parser("cut", help="cut rectangles from pages into a clipping",
                       description="Make one clipping of one or more rectangles (in "
                       "page-image pixels: see `page show`/`page regions`), read in the "
                       "order given: an article running over columns, or continued on "
                       "another page (PAGE:x0,y0,x1,y1). Title, byline, outlet, date, page "
                       "and edition are suggested from the cut, the page and its file name; "
                       "options override them. Undo with `clipper undo`.")
    p.add_argument("id", type=int, help="the page the rectangles are on (unless PAGE: says)")
    p.add_argument("--box", action="append", default=[], metavar="[PAGE:]X0,Y0,X1,Y1",
                   help="a rectangle; repeat for more")
    p.add_argument("--whole", action="store_true", help="cut the whole page")
    p.add_argument("--preview", action="store_true",
                   help="print the text and suggested fields, store nothing")
    for name in ("title", "outlet", "byline", "page", "edition", "section", "language"):
        p.add_argument(f"--{name}")
    p.add_argument("--published", metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_page_cut)

    p = sub.add_parser("edit", help="correct a page's outlet, date, page or edition",
                       description="Correct what a page says about itself; clippings cut "
                       "from it afterwards take these as suggestions. Undoable.")
    p.add_argument("id", type=int)
    p.add_argument("--outlet")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="'' clears it")
    p.add_argument("--page", dest="page_label", help="면 as printed (A3); '' clears it")
    p.add_argument("--edition", help="조간, 석간 ...; '' clears it")
    p.set_defaults(func=cmd_page_edit)

    p = sub.add_parser("delete", help="delete pages (clippings cut from them stay)",
                       description="Delete pages and their words; clippings cut from them "
                       "keep their cut images. Undo with `clipper undo`.")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.set_defaults(func=cmd_page_delete)


def cmd_page_list(service: LibraryService, args: argparse.Namespace) -> int:
    pages = service.print_pages(waiting_only=args.waiting)
    if args.json:
        print_json([p.to_json() for p in pages])
        return 0
    for p in pages:
        state = p.ocr_state if p.ocr_state != "not-needed" else p.text_source
        print(f"{p.id:>5}  {column(p.file_name, 34)} p{p.page_number:<3} {column(state, 10)} "
              f"{column(p.outlet or '-', 10)} {p.published or '-':<10}  "
              f"{column(p.page or '-', 6)} cuts {p.cut_count}"
              + (f"  ({one_line(p.error)})" if p.error else ""))
    if not pages:
        print("no pages" + (" waiting to be cut" if args.waiting else ""))
    return 0


def cmd_page_show(service: LibraryService, args: argparse.Namespace) -> int:
    page = service.print_page(args.id)
    words = service.page_words(args.id)
    text = service.cut_text([(page.id, (0, 0, page.width, page.height))]) if words else ""
    if args.json:
        data = page.to_json()
        data["file"] = str(service.print_page_file(page.id))
        data["text"] = text
        if args.words:
            data["words"] = [{"text": w.text, "box": list(w.box), "block": w.block,
                              "line": w.line, "conf": w.conf} for w in words]
        print_json(data)
        return 0
    print(f"page {page.id}: {page.label}")
    print(f"image:    {service.print_page_file(page.id)}  ({page.width} × {page.height}, "
          f"{page.dpi or '?'} dpi)")
    print(f"text:     {page.text_source} (OCR {page.ocr_state})"
          + (f": {one_line(page.error)}" if page.error else ""))
    print(f"outlet:   {page.outlet or '-'}    date: {page.published or '-'}    "
          f"page: {page.page or '-'}    edition: {page.edition or '-'}")
    print(f"cuts:     {page.cut_count}")
    if args.words:
        for w in words:
            print(f"{w.box[0]},{w.box[1]},{w.box[2]},{w.box[3]}\t{w.conf:.0f}\t{w.text}")
    elif text:
        print()
        print(text)
    return 0


def cmd_page_regions(service: LibraryService, args: argparse.Namespace) -> int:
    regions = service.suggest_regions(args.id)
    if args.json:
        print_json([r.to_json() for r in regions])
        return 0
    for r in regions:
        print(f"{r.kind:<9} {r.score:.2f}  --box {','.join(map(str, r.box))}")
    if not regions:
        print("no regions to suggest (draw your own rectangle with `page cut --box`)")
    return 0


def cmd_page_ocr(service: LibraryService, args: argparse.Namespace) -> int:
    ids = parse_ids(args.ids) if args.ids else None
    outcomes = service.recognise_pages(ids, progress=ProgressBar("Reading"))
    if args.json:
        print_json([o.to_json() for o in outcomes])
    else:
        for o in outcomes:
            if o.status == "done":
                print(f"read     page {o.page_id}: {o.words} words ({o.seconds:.1f} s)")
            else:
                print(f"{o.status:<8} page {o.page_id}: {one_line(o.reason)}")
        if not outcomes:
            print("no pages waiting for OCR")
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def _boxes(page_id: int, values: list[str]) -> list[tuple[int, Box]]:
    out: list[tuple[int, Box]] = []
    for value in values:
        page, _, numbers = value.rpartition(":")
        try:
            x0, y0, x1, y1 = (int(v) for v in numbers.split(","))
            target = int(page) if page else page_id
        except ValueError:
            raise LibraryError(f"not a rectangle: {value!r} (use X0,Y0,X1,Y1 or "
                               "PAGE:X0,Y0,X1,Y1 in page-image pixels)") from None
        out.append((target, (x0, y0, x1, y1)))
    return out


def cmd_page_cut(service: LibraryService, args: argparse.Namespace) -> int:
    boxes = _boxes(args.id, args.box)
    if args.whole:
        page = service.print_page(args.id)
        boxes.insert(0, (page.id, (0, 0, page.width, page.height)))
    if not boxes:
        raise LibraryError("give a rectangle with --box X0,Y0,X1,Y1 (or --whole)")
    fields = {k: getattr(args, k) for k in ("title", "outlet", "byline", "published",
                                             "page", "edition", "section", "language")
              if getattr(args, k) is not None}
    if args.preview:
        suggested = {**service.cut_fields(boxes), **fields}
        text = service.cut_text(boxes)
        if args.json:
            print_json({"fields": {k: str(v) if v is not None else None
                                   for k, v in suggested.items()}, "text": text})
        else:
            for key, value in suggested.items():
                print(f"{key + ':':<10} {one_line(value) if value is not None else '-'}")
            print()
            print(text)
        return 0
    clipping_id, _changes = service.cut_clipping(boxes, **fields)
    clipping = service.get(clipping_id)
    if args.json:
        print_json(clipping.to_json())
    else:
        print(f"cut      #{clipping_id}  {one_line(clipping.title)}  "
              f"({len(clipping.cuts)} cut(s), {len(clipping.body_text())} characters)")
    return 0


def cmd_page_edit(service: LibraryService, args: argparse.Namespace) -> int:
    fields = {k: v for k, v in (("outlet", args.outlet), ("published", args.published),
                                ("page", args.page_label), ("edition", args.edition))
              if v is not None}
    if not fields:
        raise LibraryError("nothing to change: give --outlet, --published, --page or --edition")
    service.edit_print_page(args.id, **fields)
    print(f"page {args.id} changed")
    return 0


def cmd_page_delete(service: LibraryService, args: argparse.Namespace) -> int:
    ids = parse_ids(args.ids)
    service.delete_print_pages(ids)
    print(f"deleted {len(ids)} page(s)")
    return 0

"""The import pipeline: inputs -> sources -> drafts -> stored clippings, item by item.

Every item ends as imported, duplicate or failed (with a reason the user can act on);
one item's failure never stops the batch. Storing an item is one transaction.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from clipper.domain import ArticleDraft, ImportOutcome
from clipper.importers import import_workers, text
from clipper.importers.normalise import normalise
from clipper.importers.outlets import Resolver
from clipper.importers.source import ImportFailure, Source
from clipper.progress import Cancelled, Progress
from clipper.store.library import DuplicateError, Library, LibraryError

# Pages and copied text are well under these; bigger files are something else.
MAX_TEXT_BYTES = 20 * 1024 * 1024
MAX_ARCHIVE_BYTES = 80 * 1024 * 1024  # single-file saves carry their photos inside
ARCHIVE_SUFFIXES = (".mhtml", ".mht")
BUNDLE_SUFFIX = ".zip"


@dataclass(frozen=True)
class ImportItem:
    """One thing the user asked to import: a file or a URL."""

    name: str
    path: Path | None = None
    url: str | None = None


def readers() -> list[ModuleType]:
    """Reader modules in the order they are asked `accepts(source)`."""
    # Imported when first needed: html brings trafilatura and lxml, which commands
    # that import nothing should not pay for at start-up.
    from clipper.importers import html, mhtml

    return [mhtml, html, text]


def is_bundle(item: str | Path) -> bool:
    """Whether an input is a Clipper bundle (export/bundle.py): many clippings with their
    tags, themes and highlights, imported whole rather than read as one article."""
    return str(item).lower().endswith(BUNDLE_SUFFIX) and Path(item).is_file()


def supported_suffixes() -> tuple[str, ...]:
    suffixes: list[str] = []
    for module in readers():
        for attr in ("TEXT_SUFFIXES", "HTML_SUFFIXES", "MHTML_SUFFIXES"):
            suffixes += getattr(module, attr, ())
    return tuple(suffixes)


def is_url(item: str) -> bool:
    return "://" in item and not Path(item).exists()


def expand_inputs(inputs: Iterable[str | Path]) -> Iterator[ImportItem]:
    """Files as given; folders walked recursively for files we can read; URLs as given.

    A saved page's `_files` folder holds its photos, not articles, so it is not walked.
    """
    suffixes = supported_suffixes()
    for raw in inputs:
        item = str(raw)
        if is_url(item):
            yield ImportItem(name=item, url=item)
            continue
        path = Path(item)
        if path.is_dir():
            found = 0
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(
                    d for d in dirs if not d.startswith(".") and not d.endswith("_files")
                )
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in suffixes:
                        file_path = Path(root) / name
                        found += 1
                        yield ImportItem(name=str(file_path), path=file_path)
            if not found:
                yield ImportItem(name=item, path=path)  # fails: nothing importable in it
        else:
            yield ImportItem(name=item, path=path)


def load_item(item: ImportItem) -> Source:
    """Read a file or fetch a URL into a Source; ImportFailure says what went wrong."""
    if item.url is not None:
        from clipper.importers import url as url_import

        return url_import.fetch(item.url)
    assert item.path is not None
    path = item.path
    if not path.exists():
        raise ImportFailure("no such file or folder")
    if path.is_dir():
        raise ImportFailure("nothing to import in this folder (no "
                            f"{', '.join(supported_suffixes())} files)")
    if not path.is_file():
        raise ImportFailure("not a regular file")
    suffix = path.suffix.lower()
    limit = MAX_ARCHIVE_BYTES if suffix in ARCHIVE_SUFFIXES else MAX_TEXT_BYTES
    size = path.stat().st_size
    if size > limit:
        raise ImportFailure(
            f"file is {size / 1024 / 1024:.0f} MB, over the {limit // 1024 // 1024} MB limit "
            "for a single article"
        )
    if size == 0:
        raise ImportFailure("empty file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(f"cannot read file: {exc.strerror or exc}") from exc
    return Source(name=path.name, data=data, path=path)


def reader_for(source: Source) -> ModuleType:
    for module in readers():
        if module.accepts(source):
            return module
    raise ImportFailure(f"unsupported file type {source.suffix or '(no extension)'}")


def outlet_resolver(library: Library) -> Resolver:
    """The library's outlet registry as the importers' resolver (read once per batch)."""
    from clipper.store.outlets import all_outlets

    return Resolver(all_outlets(library.db))


# A draft, or None and the reason for the user (picklable: it comes back from a worker).
Extracted = tuple["ArticleDraft | None", str]


def extract(source: Source) -> ArticleDraft:
    """The article in one source, normalised; ImportFailure (or MemoryError,
    RecursionError) for a source that holds none. No library needed: runs in workers."""
    return normalise(reader_for(source).read(source))


def import_source(library: Library, source: Source, item_name: str | None = None,
                  resolver: Resolver | None = None) -> ImportOutcome:
    """Extract and store one source; never raises for bad input."""
    return store_extracted(library, source, extracted(source), item_name, resolver)


def store_extracted(library: Library, source: Source, made: Extracted,
                    item_name: str | None = None,
                    resolver: Resolver | None = None) -> ImportOutcome:
    """Store what `extracted` made of a source: its draft, or why there is none."""
    name = item_name or source.name
    draft, failure = made
    if draft is None:
        return ImportOutcome(name, "failed", reason=failure)
    try:
        # The registry names the outlet: a portal copy's press, an alias's display name.
        draft.outlet = (resolver or outlet_resolver(library)).resolve(draft)
        clipping_id, warnings = library.add(draft, original=source.data,
                                            original_suffix=source.suffix)
    except DuplicateError as exc:
        return ImportOutcome(name, "duplicate", exc.existing_id, str(exc))
    except LibraryError as exc:  # disk full, read-only, locked too long: this item only
        return ImportOutcome(name, "failed", reason=str(exc))
    except MemoryError:
        return ImportOutcome(name, "failed", reason="too large to process")
    reason = "; ".join(draft.warnings + warnings)
    return ImportOutcome(name, "imported", clipping_id, reason, title=draft.title)


def extracted(source: Source) -> Extracted:
    try:
        return extract(source), ""
    except ImportFailure as exc:
        return None, str(exc)
    except MemoryError:
        return None, "too large to process"
    except RecursionError:
        return None, "structure nested too deeply to read"


def import_items(
    library: Library,
    items: Iterable[ImportItem],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    on_imported: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> list[ImportOutcome]:
    """Import each item in turn, reporting progress; stops early only when cancelled.

    Items are read and stored here, in order; extracting the articles (most of an
    import's CPU) runs in worker processes when there are enough items to pay for
    starting them (import_workers.py).
    """
    pending = list(items)
    outcomes: list[ImportOutcome] = []
    resolver = outlet_resolver(library)
    loaded = _loaded(pending, cancelled)
    for item, source, made in import_workers.extract_all(loaded, len(pending), workers):
        if progress is not None:
            progress(len(outcomes), len(pending), item.name)
        outcome = (store_extracted(library, source, made, item.name, resolver)
                   if source is not None else ImportOutcome(item.name, "failed", reason=made[1]))
        outcomes.append(outcome)
        if outcome.status == "imported" and on_imported is not None and outcome.clipping_id:
            on_imported(outcome.clipping_id)
        if cancelled is not None and cancelled():
            break
    if progress is not None:
        progress(len(outcomes), len(pending), "")
    return outcomes


def _loaded(pending: list[ImportItem], cancelled: Cancelled | None
            ) -> Iterator[tuple[ImportItem, Source | str]]:
    """The items read (or fetched), in order, or why one could not be."""
    for item in pending:
        if cancelled is not None and cancelled():
            return
        try:
            yield item, load_item(item)
        except ImportFailure as exc:
            yield item, str(exc)

"""The one place that composes: a library folder's store, importers and (later) index.

The CLI and the GUI call these functions and nothing below them; each operation
returns what changed (`Changes`) so that callers refresh only what they show.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from clipper.domain import (
    Annotation,
    Block,
    Changes,
    Clipping,
    ClippingSummary,
    ImportOutcome,
    Outlet,
    Response,
    SavedSearch,
    SearchHit,
    StoryGroup,
    TagCount,
    Theme,
    Tone,
)
from clipper.errors import user_message
from clipper.importers.source import ImportFailure
from clipper.organise import annotations as annotations_ops
from clipper.organise import deletion as deletion_ops
from clipper.organise import duplicates as duplicates_ops
from clipper.organise import edits as edits_ops
from clipper.organise import journal as journal_ops
from clipper.organise import saved_searches as saved_ops
from clipper.organise import tags as tags_ops
from clipper.organise import themes as themes_ops
from clipper.organise import undo as undo_ops
from clipper.services_print import PrintServices  # issue 16: print and e-paper
from clipper.services_releases import ReleaseServices  # issue 18: press releases, pickup
from clipper.store import browse
from clipper.store import story_list as stories
from clipper.store.library import Library, LibraryError, open_library

if TYPE_CHECKING:  # export loads reportlab, search Whoosh, importers ~100 regexes:
    # keep them off the start-up path
    from clipper.export.bundle import BundleResult
    from clipper.export.coverage import Coverage
    from clipper.export.daily import DailyLayout, DailyReport, DailyResult
    from clipper.export.report import ReportOptions, ReportResult
    from clipper.export.selection import ExportSet
    from clipper.feeds.check import Collected, FeedCheck, FeedOptions  # issue 17
    from clipper.importers import pipeline
    from clipper.importers.source import Source
    from clipper.search.indexer import CheckReport, SearchIndex
    from clipper.search.results import SearchResults
    from clipper.store.feeds import FeedRow  # issue 17
    from clipper.store.leftovers import Leftovers

ChangeListener = Callable[[Changes], None]
log = logging.getLogger(__name__)


class LibraryService(PrintServices, ReleaseServices):
    """An open library and everything that must stay in step with it."""

    def __init__(self, folder: Path | str):
        self.library: Library = open_library(folder)
        self.root = self.library.root
        self._listeners: list[ChangeListener] = []
        self._replaying = False  # an undo or redo: follow-ups must not add changes
        # Opened on first use: `clipper list` or the GUI's start-up never pay for
        # Whoosh, the index or the Korean model. First listener, so views that refresh
        # on a change already search the updated index.
        self._search_index: SearchIndex | None = None
        self.subscribe(self._update_index)
        # Organise follows every change: story groups and theme rules for new
        # clippings, highlights re-anchored in edited ones. Subscribed last, so that
        # the search index has seen new clippings before theme rules search them.
        self.subscribe(self._organise_after)
        self._init_releases()  # issue 18: new clippings are matched against releases

    def close(self) -> None:
        try:
            if self._search_index is not None:
                self._search_index.close()
        finally:
            self.library.close()

    @property
    def _search(self) -> SearchIndex:
        if self._search_index is None:
            from clipper.search.indexer import SearchIndex

            self._search_index = SearchIndex(self.library.db, self.root)
        return self._search_index

    def __enter__(self) -> LibraryService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def subscribe(self, listener: ChangeListener) -> None:
        """Call `listener` after every operation that changed something."""
        self._listeners.append(listener)

    def _changed(self, changes: Changes) -> Changes:
        if not changes.empty:
            for listener in self._listeners:
                try:
                    listener(changes)
                except (sqlite3.Error, OSError) as exc:
                    # The change itself is committed; what follows it (index, story
                    # groups, theme rules) catches up later. A full disk or a busy
                    # library must not turn a done import into a failure.
                    log.warning("after the change: %s", user_message(exc, self.root))
        return changes

    # ---- import -------------------------------------------------------------------

    def import_paths(
        self,
        inputs: Iterable[str | Path],
        progress: pipeline.Progress | None = None,
        cancelled: pipeline.Cancelled | None = None,
        **print_options: bool,  # issue 16: pages=, whole_pages= (see import_print)
    ) -> list[ImportOutcome]:
        """Import files, folders (recursively) and URLs; one outcome per item."""
        from clipper.importers import pipeline

        self.library.require_writable()
        inputs = list(inputs)
        bundles = [i for i in inputs if pipeline.is_bundle(i)]
        if bundles:  # Clipper bundles (.zip) carry many clippings with their organisation
            rest = [i for i in inputs if not pipeline.is_bundle(i)]
            outcomes = [o for b in bundles for o in self.import_bundle(b, progress, cancelled)]
            more = self.import_paths(rest, progress, cancelled, **print_options) if rest else []
            return outcomes + more
        printed, inputs = self._split_print_inputs(inputs)  # issue 16: PDFs and scans
        print_outcomes = self.import_print(printed, progress=progress, cancelled=cancelled,
                                           **print_options) if printed else []
        if printed and not inputs:
            return print_outcomes
        outcomes = pipeline.import_items(
            self.library, pipeline.expand_inputs(inputs), progress, cancelled
        )
        self._changed(_added(outcomes))
        return print_outcomes + outcomes

    def import_sources(self, sources: Iterable[Source]) -> list[ImportOutcome]:
        """Import sources already in memory (a drop or a paste from a browser)."""
        from clipper.importers import pipeline

        self.library.require_writable()
        outcomes = [pipeline.import_source(self.library, source) for source in sources]
        self._changed(_added(outcomes))
        return outcomes

    # ---- read -------------------------------------------------------------------

    def clipping_ids(self, order: str = "published") -> list[int]:
        return self.library.ids(order)

    def summaries(self, ids: list[int]) -> list[ClippingSummary]:
        return self.library.summaries(ids)

    def get(self, clipping_id: int) -> Clipping:
        clipping = self.library.get(clipping_id)
        if clipping is None:
            raise LibraryError(f"no clipping with id {clipping_id}")
        return clipping

    def count(self) -> int:
        return self.library.count()

    def disk_usage(self) -> int:
        """Bytes the library folder takes (database, index, photos, originals)."""
        from clipper.store.folder import folder_size

        return folder_size(self.root)

    # ---- browse (the GUI sidebar) -----------------------------------------------

    def browse_outlets(self) -> list[tuple[str, int]]:
        """(outlet, clipping count), biggest first."""
        return browse.outlet_counts(self.library)

    def browse_tags(self) -> list[tuple[str, int]]:
        return browse.tag_counts(self.library)

    def browse_themes(self) -> list[tuple[str, str, int]]:
        """(name, colour, clipping count) for every theme."""
        return browse.theme_counts(self.library)

    def browse_themes_of(self, clipping_ids: list[int]) -> dict[int, list[str]]:
        """Themes of each clipping of a page of the list."""
        return browse.themes_for(self.library, clipping_ids)

    def browse_suggested_themes(self, clipping_id: int) -> list[str]:
        """Themes a rule suggested for this clipping, not yet accepted or rejected."""
        return browse.suggested_themes(self.library, clipping_id)

    def inbox_count(self) -> int:
        return browse.inbox_count(self.library)

    def inbox_reasons(self, clipping_ids: list[int]) -> dict[int, list[str]]:
        """Why each of a page of Inbox rows is there: the themes a rule suggested for
        it, awaiting review; a clipping left out is there for being filed nowhere."""
        return browse.suggestions_for(self.library, clipping_ids)

    def theme_review_counts(self) -> dict[str, int]:
        """Rule suggestions awaiting review, by theme name (the sidebar's "3 to review")."""
        return browse.review_counts(self.library)

    def browse_ids(self, kind: str, value: str = "", order: str = "published",
                   one_per_story: bool = False, expanded: Iterable[int] = ()) -> list[int]:
        """Ids of one sidebar list: "all", "inbox", or an "outlet", "tag" or "theme" by name.
        With `one_per_story`, copies of a story give way to its original (see
        `one_per_story`)."""
        ids = browse.ids(self.library, kind, value, order)
        return stories.one_per_story(self.library, ids, expanded) if one_per_story else ids

    # ---- change -----------------------------------------------------------------

    def edit(self, clipping_id: int, **fields: object) -> Changes:
        """Correct title, outlet, byline, published (date or YYYY-MM-DD), url (undoable)."""
        return self.correct(clipping_id, fields=fields)

    def correct(self, clipping_id: int, *, fields: dict[str, object] | None = None,
                body: list[Block] | None = None, body_text: str | None = None,
                photos: dict[int, dict[str, str]] | None = None) -> Changes:
        """Correct a clipping as one undoable step: metadata `fields` (as `edit`), the
        body (`body` blocks, or `body_text` as typed in a text box: one block per
        line, former subheadings kept), photo captions and credits (`photos`:
        {position: {"caption": ..., "credit": ...}}). Highlights follow the new text;
        the search index and a reindex see the corrected words."""
        if fields and "url" in fields:
            # Here, not only in `edit`: the app's edit dialog corrects through this call,
            # and a `javascript:` address must not become a live link there either.
            fields = {**fields, "url": _as_web_address(fields["url"])}
        if body_text is not None:
            body = edits_ops.blocks_from_text(body_text, self.get(clipping_id).body)
        with self._step():
            return self._changed(edits_ops.correct_clipping(
                self.library, clipping_id, fields=fields, body=body, photos=photos))

    def photo_file(self, clipping_id: int, position: int) -> Path | None:
        """The original file of a clipping's photo (inside the library's media folder),
        or None when only its caption was stored or the file is missing."""
        from clipper.export import photos as photos_ops

        return photos_ops.photo_file(self.library, clipping_id, position)

    def save_photo(self, clipping_id: int, position: int, target: Path | str) -> Path:
        """Write a copy of a photo's original file to `target`, unchanged."""
        from clipper.export import photos as photos_ops

        return photos_ops.save_photo(self.library, clipping_id, position, Path(target))

    def delete(self, clipping_ids: Iterable[int]) -> Changes:
        """Delete clippings as one undoable step (undo brings them back whole; their
        photo files stay until the journal entry is dropped). All or none: every id is
        checked before the first goes."""
        ids = list(dict.fromkeys(clipping_ids))
        missing = [i for i in ids if not (0 < i < 2**63 and self.library.exists(i))]
        if missing:
            shown = ", ".join(map(str, missing[:20])) + (" …" if len(missing) > 20 else "")
            plural = "clippings with ids" if len(missing) > 1 else "clipping with id"
            raise LibraryError(f"no {plural} {shown}; nothing deleted")
        with self._step():
            return self._changed(deletion_ops.delete_clippings(self.library, ids))

    # ---- undo and redo (one journal for the app and the CLI) ------------------------

    def _step(self):
        """One undoable step around an operation and its follow-ups (index, highlights
        re-anchored, story groups, rule suggestions), named by the operation."""
        return journal_ops.step(self.library)

    def undo(self) -> tuple[str, Changes]:
        """Undo the newest change, whoever made it (the app or the CLI); (its label,
        what changed). LibraryError "nothing to undo" when there is none."""
        return self._replay(undo_ops.undo_last)

    def redo(self) -> tuple[str, Changes]:
        """Make the change undone last again; LibraryError "nothing to redo" if none."""
        return self._replay(undo_ops.redo_next)

    def _replay(self, replay) -> tuple[str, Changes]:
        label, changes = replay(self.library)
        self._replaying = True
        try:
            return label, self._changed(changes)
        finally:
            self._replaying = False

    def undo_history(self) -> list[undo_ops.HistoryEntry]:
        """What `undo` would take back, newest first (label, kind, args, created_at)."""
        return undo_ops.undo_history(self.library)

    def redo_history(self) -> list[undo_ops.HistoryEntry]:
        """What `redo` would make again, next first."""
        return undo_ops.redo_history(self.library)

    # ---- organise: tags -----------------------------------------------------------

    def matching_ids(self, query: str) -> list[int]:
        """Ids a search query finds (`search_ids`), for tagging a search result, theme
        rules and saved-search counts; a clear error where search is missing."""
        search_ids = getattr(self, "search_ids", None)
        if search_ids is None:
            raise LibraryError("search is not available in this version of Clipper")
        if self.library.count() == 0:
            # Whoosh's reader of an index with no documents cannot read columns
            # (EmptyReader.column_reader raises NotImplementedError); nothing to find.
            return []
        return list(search_ids(query))

    def add_tags(self, ids: Iterable[int], tags: Iterable[str]) -> Changes:
        with self._step():
            return self._changed(tags_ops.add_tags(self.library, ids, tags))

    def remove_tags(self, ids: Iterable[int], tags: Iterable[str]) -> Changes:
        with self._step():
            return self._changed(tags_ops.remove_tags(self.library, ids, tags))

    def rename_tag(self, old: str, new: str) -> Changes:
        with self._step():
            return self._changed(tags_ops.rename_tag(self.library, old, new))

    def merge_tags(self, sources: Iterable[str], target: str) -> Changes:
        with self._step():
            return self._changed(tags_ops.merge_tags(self.library, sources, target))

    def delete_tag(self, name: str) -> Changes:
        with self._step():
            return self._changed(tags_ops.delete_tag(self.library, name))

    def promote_keywords(self, ids: Iterable[int], prefix: str = "") -> Changes:
        with self._step():
            return self._changed(tags_ops.promote_keywords(self.library, ids, prefix))

    def tags_of(self, ids: Iterable[int]) -> list[str]:
        """Every tag any of `ids` carries, sorted as the user reads them."""
        return sorted({t for cid in ids for t in self.library.tags_of(cid)}, key=str.casefold)

    def list_tags(self) -> list[TagCount]:
        return tags_ops.list_tags(self.library)

    def clippings_with_tag(self, name: str, children: bool = True) -> list[int]:
        return tags_ops.clippings_with_tag(self.library, name, children)

    # ---- organise: highlights and notes --------------------------------------------

    def annotate(self, clipping_id: int, *, quote: str | None = None, start: int | None = None,
                 end: int | None = None, occurrence: int = 1, target: str = "body",
                 note: str = "", colour: str | None = None) -> Annotation:
        """Highlight a passage: by `start`/`end` (Python offsets into the target text; the
        GUI converts Qt positions with organise.offsets) or by `quote` (its
        `occurrence`-th appearance). `target` is "body" or "photo:<position>"."""
        with self._step():
            annotation, changes = annotations_ops.create_annotation(
                self.library, clipping_id, quote=quote, start=start, end=end,
                occurrence=occurrence, target=target, note=note, colour=colour)
            self._changed(changes)
        return annotation

    def annotation_text(self, clipping_id: int, target: str = "body") -> str:
        """The text annotation offsets count in: the body's blocks joined with "\\n", or
        photo N's caption for target "photo:N"."""
        return annotations_ops.target_text(self.library, clipping_id, target)

    def annotations(self, clipping_id: int) -> list[Annotation]:
        self.get(clipping_id)  # a clear error for an unknown id
        return self.library.annotations_of(clipping_id)

    def edit_annotation(self, annotation_id: int, note: str | None = None,
                        colour: str | None = None) -> Changes:
        with self._step():
            return self._changed(annotations_ops.edit_annotation(
                self.library, annotation_id, note=note, colour=colour))

    def delete_annotation(self, annotation_id: int) -> Changes:
        with self._step():
            return self._changed(annotations_ops.delete_annotation(self.library, annotation_id))

    def replace_body(self, clipping_id: int, blocks: list[Block]) -> Changes:
        """Replace a clipping's text (an edit or a re-import); highlights are re-anchored
        by the change listener. Undoable, as `correct`."""
        return self.correct(clipping_id, body=blocks)

    # ---- organise: themes -------------------------------------------------------------

    def create_theme(self, name: str, **fields: object) -> Theme:
        """Create a theme; a rule is checked and run at once when search is available."""
        rule = str(fields.get("rule") or "")
        if rule and hasattr(self, "search_ids"):
            self.matching_ids(rule)  # a rule the search cannot read fails here, not at import
        with self._step():  # undoing the creation also takes back the rule's suggestions
            theme, changes = themes_ops.create_theme(self.library, name, **fields)  # type: ignore[arg-type]
            self._changed(changes)
            if theme.rule and hasattr(self, "search_ids"):
                self.apply_theme_rule(theme.name)
        return themes_ops.get_theme(self.library, theme.name)

    def edit_theme(self, name: str, /, **fields: object) -> Changes:
        if fields.get("rule") and hasattr(self, "search_ids"):
            self.matching_ids(str(fields["rule"]))
        with self._step():  # the new rule's suggestions are part of the edit
            changes = self._changed(themes_ops.edit_theme(self.library, name, **fields))
            if fields.get("rule") and hasattr(self, "search_ids"):
                current = str(fields.get("name") or name)
                changes = changes.merge(self.apply_theme_rule(current)[1])
        return changes

    def delete_theme(self, name: str) -> Changes:
        with self._step():
            return self._changed(themes_ops.delete_theme(self.library, name))

    def list_themes(self) -> list[Theme]:
        return themes_ops.list_themes(self.library)

    def get_theme(self, name: str) -> Theme:
        return themes_ops.get_theme(self.library, name)

    def theme_members(self, name: str, states: Iterable[str] = themes_ops.MEMBER_STATES
                      ) -> list[int]:
        return themes_ops.theme_members(self.library, name, states)

    def theme_states(self, name: str) -> dict[int, str]:
        return themes_ops.theme_states(self.library, name)

    def assign_theme(self, name: str, ids: Iterable[int]) -> Changes:
        with self._step():
            return self._changed(themes_ops.assign(self.library, name, ids))

    def unassign_theme(self, name: str, ids: Iterable[int], reject: bool = True) -> Changes:
        """Out of the theme; `reject` keeps the rule from suggesting them again, while
        reject=False forgets them (the right inverse of an assignment made by mistake)."""
        with self._step():
            return self._changed(themes_ops.unassign(self.library, name, ids, reject))

    def review_theme(self, name: str, accept: Iterable[int] = (),
                     reject: Iterable[int] = ()) -> Changes:
        with self._step():
            return self._changed(themes_ops.review(self.library, name, accept, reject))

    def pending_review(self) -> dict[str, list[int]]:
        return themes_ops.pending_review(self.library)

    def apply_theme_rule(self, name: str) -> tuple[list[int], Changes]:
        """Run a theme's rule now; the new suggestions (ids) and what changed."""
        theme = themes_ops.get_theme(self.library, name).name
        with journal_ops.step(self.library, "apply_rule", f"run the rule of theme {theme}",
                              name=theme):
            new, changes = themes_ops.apply_rule(self.library, name, self.matching_ids)
            return new, self._changed(changes)

    def apply_theme_rules(self) -> dict[str, list[int]]:
        """Run every theme's rule; new suggestions by theme name."""
        with journal_ops.step(self.library, "apply_rules", "run every theme's rule"):
            return {name: self.apply_theme_rule(name)[0]
                    for name in themes_ops.themes_with_rules(self.library)}

    def review_suggestions(self, clipping_id: int, accept: bool) -> list[str]:
        """Accept (or reject) every theme a rule suggested for one clipping, as one
        undoable step (the Inbox's review); the themes."""
        names = browse.suggested_themes(self.library, clipping_id)
        verb = "accept" if accept else "reject"
        with journal_ops.step(self.library, f"{verb}_suggestions",
                              f"{verb} theme {', '.join(names)} for clipping {clipping_id}",
                              name=", ".join(names), count=1):
            for name in names:
                if accept:
                    self.review_theme(name, accept=[clipping_id])
                else:
                    self.review_theme(name, reject=[clipping_id])
        return names

    # ---- organise: saved searches ---------------------------------------------------

    def add_saved_search(self, name: str, query: str, replace: bool = False) -> SavedSearch:
        self.matching_ids(query)  # refuse a query the search cannot read
        with self._step():
            saved, changes = saved_ops.add_saved_search(self.library, name, query, replace)
            self._changed(changes)
        return saved

    def list_saved_searches(self, counts: bool = True) -> list[SavedSearch]:
        return saved_ops.list_saved_searches(self.library, self.matching_ids if counts else None)

    def saved_search_ids(self, name: str) -> list[int]:
        return saved_ops.run_saved_search(self.library, name, self.matching_ids)

    def rename_saved_search(self, name: str, new_name: str) -> Changes:
        with self._step():
            return self._changed(saved_ops.rename_saved_search(self.library, name, new_name))

    def delete_saved_search(self, name: str) -> Changes:
        with self._step():
            return self._changed(saved_ops.delete_saved_search(self.library, name))

    # ---- organise: near-duplicates ----------------------------------------------------

    def detect_duplicates(self, progress: pipeline.Progress | None = None,
                          cancelled: pipeline.Cancelled | None = None) -> Changes:
        """Group near-duplicates across the whole library (new imports are grouped as
        they arrive; this catches up a library made before, or after a change)."""
        return self._changed(duplicates_ops.detect_duplicates(
            self.library, None, progress, cancelled))

    def duplicate_groups(self) -> list[StoryGroup]:
        return duplicates_ops.list_groups(self.library)

    def story_group(self, clipping_id: int) -> StoryGroup | None:
        return duplicates_ops.group_of(self.library, clipping_id)

    def split_story(self, ids: Iterable[int]) -> Changes:
        ids = list(ids)
        with journal_ops.step(self.library, "split_story",
                              f"split {len(ids)} clipping(s) from their story", count=len(ids)):
            return self._changed(duplicates_ops.split_from_group(self.library, ids))

    def merge_story(self, ids: Iterable[int]) -> StoryGroup:
        ids = list(ids)
        with journal_ops.step(self.library, "merge_story",
                              f"merge {len(ids)} clipping(s) into one story", count=len(ids)):
            group = duplicates_ops.merge_into_group(self.library, ids)
            self._changed(Changes(stories=True))
        return group

    def one_per_story(self, ids: list[int], expanded: Iterable[int] = ()) -> list[int]:
        """`ids` with one clipping per story group: its original where listed, else its
        earliest listed copy. Stories in `expanded` (story ids) keep all their listed
        members, original first, one after another."""
        return stories.one_per_story(self.library, ids, expanded)

    def story_places(self, clipping_ids: list[int]) -> dict[int, stories.StoryPlace]:
        """For the grouped ones of a page of ids: their story, whether each is the
        original, and how many other copies the story has (the list's "+2 copies")."""
        return stories.places(self.library, clipping_ids)

    def story_copies(self, clipping_id: int) -> list[ClippingSummary]:
        """The other clippings of this one's story, original first ([] if in none):
        the reader's "Also carried by" line."""
        group = duplicates_ops.group_of(self.library, clipping_id)
        if group is None:
            return []
        others = [m for m in group.members if m != clipping_id]
        by_id = {s.id: s for s in self.library.summaries(others)}
        return [by_id[m] for m in others if m in by_id]

    def count_stories(self, ids: Iterable[int]) -> int:
        return duplicates_ops.count_stories(self.library, ids)

    def story_keys(self, ids: Iterable[int]) -> dict[int, int]:
        return duplicates_ops.story_keys(self.library, ids)

    def _organise_after(self, changes: Changes) -> None:
        if self._replaying:
            # Undo and redo put back the follow-ups of the step too (highlights, story
            # groups, suggestions), exactly as they were: nothing more to do.
            return
        follow = Changes()
        if changes.clippings_changed:
            # Highlights follow their text. Announced as annotations only (not as
            # changed clippings, which would come back here), so that the index
            # catches up and readers redraw the highlights where they are now.
            if not annotations_ops.reanchor(self.library, changes.clippings_changed).empty:
                follow = follow.merge(Changes(annotations=True))
        if changes.clippings_deleted:
            follow = follow.merge(duplicates_ops.prune_groups(self.library))
        touched = changes.clippings_added + changes.clippings_changed
        if touched:
            follow = follow.merge(duplicates_ops.detect_duplicates(
                self.library, duplicates_ops.stale_ids(self.library, touched)))
        if changes.clippings_added and hasattr(self, "search_ids"):
            for name in themes_ops.themes_with_rules(self.library):
                try:
                    follow = follow.merge(themes_ops.apply_rule(
                        self.library, name, self.matching_ids,
                        only_ids=changes.clippings_added)[1])
                except Exception as exc:  # a broken rule must not fail an import
                    log.warning("theme %r: its rule could not be applied: %s", name, exc)
        if not follow.empty:
            self._changed(follow)


    # ---- search -----------------------------------------------------------------

    def _update_index(self, changes: Changes) -> None:
        # The journal (filled by SQLite triggers) says what to index, so this also
        # catches writes that reached SQLite without a Changes.
        from clipper.search.index import SearchError

        if self.library.read_only:
            return
        try:
            self._search.sync()
        except (SearchError, OSError, sqlite3.OperationalError):
            # Another process holds the index writer, or the disk is full: the changes
            # stay journalled and the next search (or `clipper check --fix`) indexes them.
            pass

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The best `limit` matches for `query` (Whoosh syntax, AND by default).

        Raises LibraryError (a SearchError) with a message for a query it cannot read.
        """
        return self._search.search(query, limit)

    def search_ids(self, query: str) -> list[int]:
        """Every clipping matching `query`, best first; [] for an empty query."""
        return self._search.search_ids(query)

    def search_all(self, query: str, with_snippets: int = 300) -> tuple[list[int], list[SearchHit]]:
        """Every match, best first, and hits with snippets for the best `with_snippets`
        (what `search_ids` and `search` give, in one pass over the index)."""
        return self._search.search_all(query, with_snippets)

    def search_results(self, query: str, with_snippets: int = 300) -> SearchResults:
        """A search as a list shows it: every match best first, snippets for the best
        `with_snippets`, and the matched words to highlight in the reader."""
        from clipper.search.results import SearchResults, matched_terms

        ranked, hits = self.search_all(query, with_snippets)
        return SearchResults(query, ranked, hits, matched_terms(hits))

    def in_order(self, ids: Iterable[int], order: str = "published",
                 one_per_story: bool = False, expanded: Iterable[int] = ()) -> list[int]:
        """`ids` in one of the library's orders (a search's matches sorted by a column),
        one per story if asked (see `one_per_story`)."""
        wanted = set(ids)
        ordered = [i for i in self.library.ids(order) if i in wanted]
        return stories.one_per_story(self.library, ordered, expanded) if one_per_story \
            else ordered

    def search_loads_analyser(self, query: str) -> bool:
        """Whether searching `query` first loads the Korean analyser (2-3 s, once per
        process): the window says so before it waits."""
        from clipper.search import analysis  # light: Kiwi itself loads on first use

        return analysis.needs_kiwi(query) and not analysis.kiwi_loaded()

    def index_pending(self) -> int:
        """How many clippings wait to be indexed (e.g. after a crash or an upgrade).

        A search indexes a few itself; above `CATCH_UP_LIMIT` it answers from the index
        as it is, and the caller should run `update_index` with a progress bar.
        A read-only library answers from its index as it is: nothing can be caught up.
        """
        if self.library.read_only:
            return 0
        return self._search.pending()

    def update_index(self, progress: pipeline.Progress | None = None,
                     cancelled: pipeline.Cancelled | None = None) -> int:
        """Catch the index up (after a crash, or a rebuild for a new analyzer version).

        Cheap when nothing is pending; the GUI may run it in its writer thread at start.
        """
        return self._search.sync(progress, cancelled)

    def reindex(self, progress: pipeline.Progress | None = None,
                cancelled: pipeline.Cancelled | None = None) -> int:
        """Rebuild the search index from the database; resumable if interrupted."""
        return self._search.reindex(progress, cancelled)

    def check_index(self, fix: bool = False,
                    progress: pipeline.Progress | None = None) -> CheckReport:
        """Clippings missing from the index or stale in it; re-indexed with `fix`."""
        return self._search.check(fix, progress)

    def check_leftovers(self, fix: bool = False) -> Leftovers:
        """Files a crash left in the library (unreferenced photos, temporary files);
        removed with `fix`."""
        from clipper.store.leftovers import find_leftovers, remove_leftovers

        found = find_leftovers(self.library)
        if fix and not found.empty:
            remove_leftovers(self.library, found)
        return found

    # ---- export -----------------------------------------------------------------------

    def export_set(self, *, theme: str | None = None, tag: str | None = None,
                   query: str | None = None, saved: str | None = None,
                   ids: Iterable[int] | None = None) -> ExportSet:
        """The clippings of a theme, a tag, a saved search, a search query or given ids."""
        from clipper.export import selection

        given = [x is not None for x in (theme, tag, query, saved, ids)]
        if sum(given) != 1:
            raise LibraryError("choose one of theme, tag, query, saved search or ids")
        if theme is not None:
            return selection.ids_for_theme(self.library, theme)
        if tag is not None:
            return selection.ids_for_tag(self.library, tag)
        search = self.search_ids
        if query is not None:
            return selection.ids_for_query(query, search)
        if saved is not None:
            saved_query = selection.saved_search_query(self.library, saved)
            return selection.ids_for_query(saved_query, search, "saved", saved)
        return selection.ids_given(self.library, list(ids or []))

    def export_set_for_view(self, *, selected: list[int], query: str, kind: str,
                            value: str, listed: list[int]) -> ExportSet:
        """What an export of a list view covers: several selected rows, else the whole
        list in view: a search (its listed matches), a theme or tag (with its cover), or
        the listed ids (everything, the Inbox, an outlet, named on the cover)."""
        if len(selected) > 1:
            return self.export_set(ids=selected)
        if query:
            # The search in view, as listed: the window searched in its search process,
            # and searching again here would be on the GUI thread.
            export = self.export_set(ids=listed)
            export.kind, export.label = "query", query
            return export
        if kind == "theme":
            return self.export_set(theme=value)
        if kind == "tag":
            return self.export_set(tag=value)
        export = self.export_set(ids=listed)
        if kind == "outlet":
            export.label = value
        return export

    def export_file_name(self, export: ExportSet, suffix: str, fallback: str = "clippings",
                         today: dt.date | None = None) -> str:
        """The file name to suggest for `export` ("청년 정책 2026-12-02.pdf")."""
        from clipper.export.names import suggested_file_name

        return suggested_file_name(export, suffix, fallback, today)

    def coverage(self, ids: Iterable[int], top_outlets: int | None = None) -> Coverage:
        """Counts by day, outlet and theme for a set (the dashboard's and report's charts)."""
        from clipper.export.coverage import coverage

        return coverage(self.library, list(ids), top_outlets)

    def export_pdf(self, ids: Iterable[int] | ExportSet, path: Path | str,
                   options: ReportOptions | None = None,
                   progress: pipeline.Progress | None = None,
                   cancelled: pipeline.Cancelled | None = None) -> ReportResult:
        """Write a PDF report of `ids` (or of an ExportSet, whose theme fills the cover)."""
        from clipper.export.report import build_report
        from clipper.export.selection import ExportSet as _ExportSet

        export_set = ids if isinstance(ids, _ExportSet) else _ExportSet(list(ids), "ids", "")
        return build_report(self.library, export_set, path, options, progress, cancelled)

    def export_csv(self, ids: Iterable[int] | ExportSet, path: Path | str) -> int:
        """Write one CSV row per clipping; return the number of rows."""
        from clipper.export.csv import write_csv

        return write_csv(self.library, _id_list(ids), path)

    def export_bundle(self, ids: Iterable[int] | ExportSet, path: Path | str,
                      progress: pipeline.Progress | None = None,
                      cancelled: pipeline.Cancelled | None = None) -> BundleResult:
        """Write a ZIP bundle (JSON + photos + originals) another library can import."""
        from clipper.export.bundle import write_bundle

        return write_bundle(self.library, _id_list(ids), path, progress, cancelled)

    def import_bundle(self, path: Path | str, progress: pipeline.Progress | None = None,
                      cancelled: pipeline.Cancelled | None = None) -> list[ImportOutcome]:
        """Import a bundle's clippings with their tags, themes and highlights."""
        from clipper.export.bundle import import_bundle

        outcomes = import_bundle(self.library, path, progress, cancelled)
        touched = [o.clipping_id for o in outcomes if o.status == "duplicate" and o.clipping_id]
        changes = _added(outcomes)
        changes.clippings_changed = touched
        if changes.clippings_added or touched:
            changes.tags = changes.themes = changes.annotations = True
        self._changed(changes)
        return outcomes

    # ---- feeds (issue 17): watched RSS/Atom feeds; logic in clipper/feeds/ -------------

    def list_feeds(self) -> list[FeedRow]:
        """Every watched feed with its last check, last error and unread count."""
        from clipper.store import feeds as feed_rows

        return feed_rows.all_feeds(self.library)

    def feed(self, feed: int | str) -> FeedRow:
        """A feed by number or address (LibraryError if there is none)."""
        from clipper.feeds import manage

        return manage.require_feed(self.library, feed)

    def add_feed(self, url: str, **fields: object) -> FeedRow:
        """Watch a feed (undoable): fields title, filter (a search query), tag, theme,
        interval_minutes, paused."""
        from clipper.feeds import manage

        self.library.require_writable()
        self._check_feed_filter(fields.get("filter"))
        return manage.add_feed(self.library, url, **fields)

    def _check_feed_filter(self, query: object) -> None:
        """A filter the search cannot read fails when it is set, not at every check
        (parsed without searching: an empty library would not read it at all)."""
        if query and hasattr(self, "search_ids"):
            self._search.index.parse(str(query))

    def edit_feed(self, feed: int | str, **fields: object) -> FeedRow:
        """Change a feed's settings, pause or resume it (undoable)."""
        from clipper.feeds import manage

        self._check_feed_filter(fields.get("filter"))
        return manage.edit_feed(self.library, feed, **fields)

    def remove_feed(self, feed: int | str) -> FeedRow:
        """Stop watching a feed (undoable); its clippings stay."""
        from clipper.feeds import manage

        return manage.remove_feed(self.library, feed)

    def feed_entries(self, feed: int | str, limit: int = 100) -> list[dict[str, object]]:
        """A feed's newest entries and how each ended (imported, duplicate, failed...)."""
        from clipper.store import feeds as feed_rows

        return feed_rows.entries_of(self.library, self.feed(feed).id, limit)

    def due_feeds(self) -> list[FeedRow]:
        """Feeds not paused whose interval has passed since their last check."""
        from clipper.feeds.watch import due_feeds

        return due_feeds(self.list_feeds())

    def check_feeds(self, feeds: Iterable[int | str] | None = None, *, due_only: bool = False,
                    options: FeedOptions | None = None,
                    progress: pipeline.Progress | None = None,
                    cancelled: pipeline.Cancelled | None = None) -> list[FeedCheck]:
        """Check feeds now (all not paused, or those given; with `due_only` those due)
        and import their new entries: one result per feed, never raising for a bad one."""
        from clipper.feeds.check import FeedOptions
        from clipper.feeds.watch import due_feeds, sweep

        self.library.require_writable()
        chosen = ([self.feed(f) for f in feeds] if feeds is not None
                  else [f for f in self.list_feeds() if not f.paused])
        if due_only:
            chosen = due_feeds(chosen)
        results: list[FeedCheck] = []
        sweep(self.root, chosen, options or FeedOptions(),
              lambda collected: results.append(self.store_feed(collected)),
              progress, cancelled or (lambda: False))
        return results

    def sweep_feeds(self, feeds: list[FeedRow], on_collected: Callable[[Collected], object],
                    options: FeedOptions | None = None,
                    progress: pipeline.Progress | None = None,
                    cancelled: pipeline.Cancelled | None = None) -> None:
        """The network half of checking `feeds`, for a thread of its own (it uses the
        library folder with connections of its own, never this service's): each feed's
        result goes to `on_collected`, to be handed to `store_feed` on the writer."""
        from clipper.feeds.check import FeedOptions
        from clipper.feeds.watch import sweep

        sweep(self.root, feeds, options or FeedOptions(), on_collected, progress,
              cancelled or (lambda: False))

    def store_feed(self, collected: Collected) -> FeedCheck:
        """The writing half of a check: import the fetched pages into the Inbox."""
        from clipper.feeds.check import store
        from clipper.importers import pipeline

        search = self.matching_ids if hasattr(self, "search_ids") else None
        return store(self.library, collected, pipeline.import_source, search, self._changed)

    def mark_feed_read(self, feed: int | str | None = None,
                       clipping_ids: Iterable[int] | None = None) -> int:
        """Feed clippings no longer new (opened, or a feed's "mark all read"); how many."""
        from clipper.store import feeds as feed_rows

        if self.library.read_only:
            return 0
        feed_id = self.feed(feed).id if feed is not None else None
        return feed_rows.mark_read(self.library, clipping_ids, feed_id)

    def new_from_feeds(self, clipping_ids: list[int]) -> set[int]:
        """Those of a page of ids a feed brought that are still marked new (the
        Inbox's "New from a feed")."""
        from clipper.store import feeds as feed_rows

        return feed_rows.unread_among(self.library, clipping_ids)

    def is_unread_feed_clipping(self, clipping_id: int) -> bool:
        """Whether a clipping came from a feed and is still marked new."""
        from clipper.store import feeds as feed_rows

        return feed_rows.is_unread(self.library, clipping_id)

    def import_opml(self, path: Path | str) -> list[tuple[str, str]]:
        """Watch every feed of an OPML file as one undoable step: (address, "added" or
        why not) for each; feeds already watched are left as they are."""
        from clipper.feeds import manage, opml

        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise LibraryError(f"cannot read {path}: {exc.strerror or exc}") from exc
        try:
            found = opml.read_opml(data)
        except ImportFailure as exc:
            raise LibraryError(f"{Path(path).name}: {exc}") from exc
        results: list[tuple[str, str]] = []
        with journal_ops.step(self.library, "import_opml",
                              f"add {len(found)} feed(s) from {Path(path).name}"):
            for item in found:
                fields = {k: v for k, v in vars(item).items() if v and k != "url"}
                try:
                    manage.add_feed(self.library, item.url, **fields)
                except LibraryError as exc:
                    results.append((item.url, str(exc)))
                else:
                    results.append((item.url, "added"))
        return results

    def export_opml(self, path: Path | str) -> int:
        """Write every feed to an OPML file; how many."""
        from clipper.feeds import opml

        feeds = [opml.OpmlFeed(f.url, f.title, f.filter, f.tag, f.theme, f.interval_minutes)
                 for f in self.list_feeds()]
        try:
            Path(path).write_bytes(opml.write_opml(feeds))
        except OSError as exc:
            raise LibraryError(f"cannot write {path}: {exc.strerror or exc}") from exc
        return len(feeds)


    # ---- the morning desk (issue 15): outlets, placement, tone, response ------------
    # Thin: the work is in organise/desk_*.py and store/{outlets,tones,responses}.py.

    def outlets(self) -> list[Outlet]:
        """The outlet registry in the office's order (weight, then name)."""
        from clipper.store import outlets as outlet_rows

        return outlet_rows.all_outlets(self.library.db)

    def outlet_lookup(self) -> dict[str, Outlet]:
        """Each outlet by its display name (what `Clipping.outlet` holds)."""
        return {o.name: o for o in self.outlets()}

    def outlet_categories(self) -> list[str]:
        """The library's list of outlet categories, in report order."""
        from clipper.store import outlets as outlet_rows

        return outlet_rows.categories(self.library.db)

    def tones(self) -> list[Tone]:
        """The tone (논조) classes, by key."""
        from clipper.store import tones as tone_rows

        return tone_rows.all_tones(self.library.db)

    def responses(self, ids: list[int]) -> dict[int, Response]:
        """The response records of those of `ids` that have one."""
        from clipper.store import responses as response_rows

        return response_rows.responses(self.library.db, list(ids))

    def set_tone(self, ids: Iterable[int], tone: str | int | None) -> Changes:
        """Give clippings a tone (its name or key 1-9); None clears. One undoable step."""
        from clipper.organise import tone as tone_ops

        with self._step():
            return self._changed(tone_ops.set_tone(self.library, ids, tone))

    def set_placement(self, ids: Iterable[int], **fields: object) -> Changes:
        """Set edition / page / position (None clears one) on clippings; undoable."""
        from clipper.organise import placement as placement_ops

        with self._step():
            return self._changed(placement_ops.set_placement(self.library, ids, **fields))

    def set_response(self, clipping_id: int, **fields: object) -> Changes:
        """Create or change a clipping's response record (kind, due, note, link,
        closed: only those given); undoable."""
        from clipper.organise import response as response_ops

        with self._step():
            return self._changed(response_ops.set_response(self.library, clipping_id,
                                                           **fields))

    def clear_response(self, clipping_id: int) -> Changes:
        from clipper.organise import response as response_ops

        with self._step():
            return self._changed(response_ops.clear_response(self.library, clipping_id))

    def open_responses(self, overdue_only: bool = False,
                       today: dt.date | None = None) -> list[Response]:
        """Response records not closed, soonest due first (`overdue_only`: past due)."""
        from clipper.organise import response as response_ops

        return response_ops.open_responses(self.library, today, overdue_only)

    def edit_outlet(self, name: str, **fields: object) -> Changes:
        """Change an outlet's name, category, weight, aliases, domains or press codes."""
        from clipper.organise import outlets as outlet_ops

        with self._step():
            return self._changed(outlet_ops.edit_outlet(self.library, name, **fields))

    def merge_outlets(self, sources: Iterable[str], target: str) -> Changes:
        """Fold outlets into `target`; their clippings move there (undoable)."""
        from clipper.organise import outlets as outlet_ops

        with self._step():
            return self._changed(outlet_ops.merge_outlets(self.library, sources, target))

    def add_outlet(self, name: str, category: str | None = None,
                   weight: int | None = None) -> Changes:
        from clipper.organise import outlets as outlet_ops

        with self._step():
            return self._changed(outlet_ops.add_outlet(self.library, name, category, weight))

    def set_outlet_categories(self, names: Iterable[str]) -> Changes:
        from clipper.organise import outlets as outlet_ops

        with self._step():
            return self._changed(outlet_ops.set_categories(self.library, names))

    def desk_in_use(self) -> tuple[bool, bool]:
        """(any clipping has a placement, any has a tone): the list shows those columns."""
        from clipper.store import placement as placement_rows

        return placement_rows.in_use(self.library.db)

    def outlet_clipping_counts(self) -> dict[str, int]:
        from clipper.store import outlets as outlet_rows

        return outlet_rows.clipping_counts(self.library.db)

    def add_tone(self, name: str, group: str, key: int | None = None) -> Changes:
        from clipper.organise import tone as tone_ops

        with self._step():
            return self._changed(tone_ops.add_tone(self.library, name, group, key))

    def edit_tone(self, name: str, **fields: object) -> Changes:
        """Rename (new_name), regroup (group) or re-key (key) a tone."""
        from clipper.organise import tone as tone_ops

        with self._step():
            return self._changed(tone_ops.edit_tone(self.library, name, **fields))  # type: ignore[arg-type]

    def delete_tone(self, name: str, clear: bool = False) -> Changes:
        """Delete a tone; refused while clippings carry it unless `clear`."""
        from clipper.organise import tone as tone_ops

        with self._step():
            return self._changed(tone_ops.delete_tone(self.library, name, clear))

    def tone_counts(self) -> dict[str, int]:
        from clipper.organise import tone as tone_ops

        return tone_ops.tone_counts(self.library)

    def tone_model(self):  # noqa: ANN201 -- organise.tone_suggestions.ToneModel
        """The classifier over the office's labels, trained again only when a label
        changed; NotEnoughLabels (a LibraryError) says what is missing."""
        from clipper.organise import tone_suggestions as suggest_ops

        cached = getattr(self, "_tone_model", None)
        if cached is not None and cached.key == suggest_ops.labels_key(self.library):
            return cached
        self._tone_model = suggest_ops.train(self.library)
        return self._tone_model

    def tone_suggestions(self, ids: Iterable[int]) -> dict:
        """{id: Suggestion} for those of `ids` without a tone; never sets anything."""
        from clipper.organise import tone_suggestions as suggest_ops

        return suggest_ops.suggest(self.library, self.tone_model(), list(ids))

    def accept_tone_suggestions(self, ids: Iterable[int]) -> Changes:
        """Set the suggested tone on each of `ids` (one undoable step)."""
        suggestions = self.tone_suggestions(ids)
        by_tone: dict[str, list[int]] = {}
        for suggestion in suggestions.values():
            by_tone.setdefault(suggestion.tone, []).append(suggestion.clipping_id)
        from clipper.organise import tone as tone_ops

        changes = Changes()
        with journal_ops.step(self.library, "accept_tone_suggestions",
                              f"accept suggested tone for {len(suggestions)} clipping(s)",
                              count=len(suggestions)):
            for tone, tone_ids in by_tone.items():  # one undoable step for them all
                changes = changes.merge(tone_ops.set_tone(self.library, tone_ids, tone))
            return self._changed(changes)

    # ---- the daily clipping report (issue 15): 조간 스크랩 as PDF, DOCX, HWPX -----------
    # Thin: the model is export/daily.py, the writers export/daily_{pdf,docx,hwpx}.py,
    # presets organise/report_presets.py.

    def daily_layout(self, preset: str | None = None) -> DailyLayout:
        """A saved preset's layout, or the default one."""
        from clipper.export.daily import DailyLayout as _Layout
        from clipper.organise import report_presets

        return report_presets.get_preset(self.library, preset) if preset else _Layout()

    def daily_report(self, day: dt.date, layout: DailyLayout | None = None,
                     progress: pipeline.Progress | None = None,
                     cancelled: pipeline.Cancelled | None = None) -> DailyReport:
        """The day's clippings grouped and ordered into the report (EmptyDay if none)."""
        from clipper.export import daily

        layout = layout or daily.DailyLayout()
        clippings = list(daily.day_clippings(self.library, day, cancelled=cancelled))
        ids = [c.id for c in clippings]
        report = daily.build_daily(
            clippings, day, layout, outlets=self.outlets(), tones=self.tones(),
            responses=self.responses(ids), categories=self.outlet_categories(),
            progress=progress, cancelled=cancelled)
        if layout.pickups:  # issue 18
            report.pickups = self.daily_pickups(day, ids)
        return report

    def write_daily(self, day: dt.date, path: Path | str, *, fmt: str | None = None,
                    layout: DailyLayout | None = None,
                    progress: pipeline.Progress | None = None,
                    cancelled: pipeline.Cancelled | None = None) -> DailyResult:
        """Write the daily report of `day` as PDF, DOCX or HWPX (from the suffix unless
        `fmt` says); a day with no clippings raises EmptyDay and writes nothing."""
        return self.write_daily_files(day, [Path(path)], fmt=fmt, layout=layout,
                                      progress=progress, cancelled=cancelled)[0]

    def write_daily_files(self, day: dt.date, paths: list[Path], *, fmt: str | None = None,
                          layout: DailyLayout | None = None,
                          progress: pipeline.Progress | None = None,
                          cancelled: pipeline.Cancelled | None = None) -> list[DailyResult]:
        """The daily report of `day` in several files (report.pdf, report.hwpx ...),
        grouped once."""
        from clipper.export import daily

        formats = [daily.format_of(Path(p), fmt) for p in paths]
        report = self.daily_report(day, layout, progress, cancelled)
        return [daily.write_report(self.library, report, Path(p), chosen, progress, cancelled)
                for p, chosen in zip(paths, formats, strict=True)]

    def report_presets(self) -> list[tuple[str, DailyLayout | None]]:
        """The library's daily-report presets by name (None: a damaged one)."""
        from clipper.organise import report_presets

        return report_presets.list_presets(self.library)

    def save_report_preset(self, name: str, layout: DailyLayout) -> Changes:
        """Save a daily-report layout under a name (replacing it); undoable."""
        from clipper.organise import report_presets

        with self._step():
            return self._changed(report_presets.save_preset(self.library, name, layout))

    def delete_report_preset(self, name: str) -> Changes:
        from clipper.organise import report_presets

        with self._step():
            return self._changed(report_presets.delete_preset(self.library, name))

    # ---- press-release pickup in the daily report (issue 18) ---------------------------
    # Thin: the section's model is export/daily_pickups.py; releases and pickups come
    # from ReleaseServices.

    def daily_pickups(self, day: dt.date, clipping_ids: list[int]):
        """The day's releases and who picked them up; None when the day has none."""
        from clipper.export.daily_pickups import build_pickups

        releases = self.releases()
        return build_pickups(day, releases, self.pickups(), clipping_ids,
                             self.outlet_categories())
    # ---- print clippings in the app (issue 16, h-cut) -----------------------------------

    def save_cut(self, clipping_id: int, position: int, target: Path | str) -> Path:
        """Copy a clipping's cut image (the lossless crop) to `target`, byte for byte,
        as a photo's Save As does (the photo viewer shows cuts)."""
        from clipper.export import cuts

        return cuts.save_cut(self.cut_file(clipping_id, position), Path(target))


def _id_list(ids: Iterable[int] | ExportSet) -> list[int]:
    return list(ids.ids) if hasattr(ids, "ids") else list(ids)  # type: ignore[union-attr]


def _added(outcomes: list[ImportOutcome]) -> Changes:
    return Changes(
        clippings_added=[o.clipping_id for o in outcomes if o.status == "imported" and o.clipping_id]
    )


_BARE_HOST = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/|$)", re.I)


def _as_web_address(value: object) -> str | None:
    """An address to store: http(s) only, so that no `javascript:` or `file:` address
    becomes a live link in a report; empty clears it."""
    from clipper.importers.url import is_web_address

    text = str(value or "").strip()
    if text and "://" not in text and _BARE_HOST.match(text):
        text = "https://" + text  # typed as the browser shows it: www.yna.co.kr/view/...
    if text and not is_web_address(text):
        raise LibraryError(f"not a web address: {text[:80]!r} (only http and https "
                           "addresses can be stored)")
    return text or None


def open_service(folder: Path | str) -> LibraryService:
    return LibraryService(folder)

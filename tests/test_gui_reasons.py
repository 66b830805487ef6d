"""Every reason an import can give is shown in the user's language."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from clipper.gui import reasons
from clipper.gui.app import Translations, create_app

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "clipper" / "importers").glob("*.py")) + [
    ROOT / "clipper" / "store" / "library.py",
    ROOT / "clipper" / "store" / "media.py",
    ROOT / "clipper" / "export" / "bundle.py",
] + sorted((ROOT / "clipper" / "releases").glob("*.py"))  # release files (issue 18)
# Print pages and scans (issue 16): what their import, OCR and cutting say, including
# the LibraryErrors a cut raises (shown by the app when making a clipping fails).
PRINT_SOURCES = sorted((ROOT / "clipper" / "paper").glob("*.py"))
SOURCES += PRINT_SOURCES
RAISING = {"ImportFailure", "MediaError", "BundleError", "PaperError"}
SAMPLE = "7"  # what each {placeholder} of an f-string becomes


def _text(node: ast.AST) -> str | None:
    """The message a string expression gives, placeholders filled; None for others."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else SAMPLE for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def reasons_in(path: Path) -> set[str]:
    """Reasons written in one module: what ImportFailure, MediaError and BundleError
    are raised with, ImportOutcome reasons, warnings appended, DuplicateError's text,
    and what the helper functions that build a failure's message return."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    helpers: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        args: list[ast.AST] = []
        raising = RAISING | ({"LibraryError"} if path in PRINT_SOURCES else set())
        if name in raising:
            args = node.args[:1]
            helpers |= {_name(c) for a in node.args for c in ast.walk(a)
                        if isinstance(c, ast.Call)}
        elif name == "ImportOutcome":
            args = node.args[3:4] + [k.value for k in node.keywords if k.arg == "reason"]
        elif name == "append" and getattr(node.func.value, "id", "") == "warnings":
            args = node.args[:1]
        elif name == "__init__" and "duplicate of" in ast.unparse(node):
            args = node.args[:1]
        for arg in args:
            text = _text(arg)
            if text is not None:
                found.add(text.removeprefix(f"{SAMPLE}: ") if name == "BundleError" else text)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in helpers:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    text = _text(inner.value)
                    if text is not None:
                        found.add(text)
                if isinstance(inner, ast.Dict):  # e.g. the HTTP status hints
                    found |= {t for v in inner.values if (t := _text(v)) is not None}
    return found


ALL_REASONS = sorted({r for path in SOURCES for r in reasons_in(path)})


def test_the_scan_finds_the_reasons():
    assert len(ALL_REASONS) > 50
    assert "no article found: the page has no article text" in ALL_REASONS
    assert "HTTP 7 (7)" in ALL_REASONS and "page not found" in ALL_REASONS
    assert "duplicate of clipping 7 (7)" in ALL_REASONS


@pytest.mark.parametrize("reason", ALL_REASONS)
def test_every_reason_has_a_translation(reason):
    parts = [reason] if reasons.match(reason) else reason.split("; ")
    assert all(reasons.match(part) for part in parts), f"no pattern in gui/reasons.py: {reason!r}"


@pytest.fixture
def korean(qapp):
    translations = Translations(create_app())
    assert translations.install("ko")
    yield
    translations.install("en")


def _hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def test_every_pattern_is_translated_in_korean(korean):
    import re

    untranslated = [rule.pattern.pattern for rule in reasons.RULES
                    if re.search("[a-z]{2,}", rule.pattern.pattern)  # not "HTTP %1 (%2)"
                    and not _hangul(rule.template())]
    assert untranslated == []


def test_reasons_keep_their_details_and_translate_their_parts(korean):
    shown = reasons.translate_reason("HTTP 404 (page not found)")
    assert "404" in shown and _hangul(shown) and "page not found" not in shown
    warning = ("photo 2 (a.jpg): image is 30 MB, over the limit; "
               "photo 3 (b.png): not a readable image (OSError: truncated)")
    shown = reasons.translate_reason(warning)
    assert "a.jpg" in shown and "30" in shown and "OSError: truncated" in shown
    assert "over the limit" not in shown and "readable" not in shown
    assert reasons.translate_reason("a message nobody wrote a pattern for") == \
        "a message nobody wrote a pattern for"


def test_english_reasons_stay_as_they_were(qapp):
    Translations(create_app()).install("en")
    for reason in ("HTTP 404 (page not found)", "duplicate of clipping 3 (same URL)",
                   "photo 2 (a.jpg): image is 30 MB, over the limit; empty page"):
        assert reasons.translate_reason(reason) == reason


def test_the_import_summary_shows_reasons_in_korean(korean, qtbot, tmp_path):
    from clipper.domain import ImportOutcome
    from clipper.gui.views.import_dialogs import ImportSummaryDialog

    dialog = ImportSummaryDialog([
        ImportOutcome(str(tmp_path / "a.bin"), "failed", reason="binary file, not text"),
        ImportOutcome("b.txt", "duplicate", 4, "duplicate of clipping 4 (same text)")])
    qtbot.addWidget(dialog)
    shown = [dialog.table.item(row, 2).text() for row in range(2)]
    assert all(_hangul(text) for text in shown)
    assert "4" in shown[1]

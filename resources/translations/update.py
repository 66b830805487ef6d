"""Keep the catalogues in step with the code: `python resources/translations/update.py`.

1. pyside6-lupdate collects every `self.tr(...)` / `translate("Context", ...)` string
   of clipper/gui into clipper_ko.ts (strings no longer in the code are dropped), and
   the plural ones ("%Ln clipping(s)") into clipper_en.ts: English needs a catalogue
   for "1 clipping" / "2 clippings" too;
2. a string moved to another context (a method moved to a controller) keeps its
   translation: an unfinished entry whose English text was already translated gets
   that translation;
3. pyside6-lrelease compiles clipper_ko.qm, which the app loads.

Anything left unfinished must be translated by hand in clipper_ko.ts (or with
pyside6-linguist); tests/test_gui_app.py fails while one is. `--check` changes
nothing and exits 1 when the code holds a string the catalogue lacks.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ROOT / "clipper" / "gui"
CATALOGUE = HERE / "clipper_ko.ts"
ENGLISH = HERE / "clipper_en.ts"  # plural forms only
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _tool(name: str) -> str:
    # Beside the interpreter in a virtual environment, else on PATH.
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def _lupdate(target: Path, plurals_only: bool = False) -> None:
    files = sorted(str(p) for p in SOURCES.rglob("*.py"))
    extra = ["-pluralonly"] if plurals_only else []
    subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", *extra,
                    "-ts", str(target)], check=True, capture_output=True)


def _known(tree: ET.ElementTree) -> dict[str, ET.Element]:
    """Finished translations by English text, whatever their context."""
    known: dict[str, ET.Element] = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                 "vanished"):
            continue
        if (translation.text or "").strip() or len(translation):
            known.setdefault(message.findtext("source") or "", translation)
    return known


def _entries(tree: ET.ElementTree) -> set[tuple[str, str]]:
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in tree.iter("context") for message in context.iter("message")}


def missing(catalogue: Path = CATALOGUE) -> list[tuple[str, str]]:
    """(context, text) of strings in the code that `catalogue` does not hold."""
    # Beside the catalogue, so that locations are written as they are in it.
    fd, name = tempfile.mkstemp(dir=HERE, prefix=".check-", suffix=".ts")
    os.close(fd)
    fresh = Path(name)
    try:
        fresh.unlink()
        _lupdate(fresh, plurals_only=catalogue == ENGLISH)
        wanted = _entries(ET.parse(fresh))
    finally:
        fresh.unlink(missing_ok=True)
    return sorted(wanted - _entries(ET.parse(catalogue)))


def update(catalogue: Path = CATALOGUE) -> list[str]:
    """Refresh a catalogue and its compiled file; the texts still to translate."""
    known = _known(ET.parse(catalogue)) if catalogue.exists() else {}
    _lupdate(catalogue, plurals_only=catalogue == ENGLISH)
    tree = ET.parse(catalogue)
    todo = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        old = known.get(source)
        if old is not None and (message.get("numerus") == "yes") == bool(len(old)):
            translation.clear()
            translation.text = old.text
            for form in old:
                translation.append(form)
        else:
            todo.append(source)
    ET.indent(tree, space="    ")
    # lupdate's own layout (contexts at the margin), so its next run changes little.
    lines = ET.tostring(tree.getroot(), encoding="unicode").replace(" />", "/>").split("\n")
    body = "\n".join(line[4:] if line.startswith("    ") else line for line in lines)
    catalogue.write_text(HEADER + body + "\n", encoding="utf-8")
    subprocess.run([_tool("pyside6-lrelease"), str(catalogue), "-qm",
                    str(catalogue.with_suffix(".qm"))], check=True, capture_output=True)
    return todo


def main(argv: list[str]) -> int:
    catalogues = (CATALOGUE, ENGLISH)
    if "--check" in argv:
        gaps = [(c, gap) for c in catalogues for gap in missing(c)]
        for catalogue, (context, text) in gaps:
            print(f"not in {catalogue.name}: [{context}] {text!r}")
        return 1 if gaps else 0
    for catalogue in catalogues:
        for text in update(catalogue):
            print(f"to translate in {catalogue.name}: {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

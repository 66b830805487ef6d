"""Importing print files: PDFs and images into pages waiting to be cut (or, for a
single scanned clipping, a clipping straight away). One outcome per file; a bad file
is a message naming it and the batch goes on."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def split_inputs(inputs: Iterable[str | Path],
                 suffixes: tuple[str, ...]) -> tuple[list[Path], list[str | Path]]:
    """(print files, the rest). Folders are walked for print files; a folder is passed
    on to the other importers only when it holds something else than print files."""
    printed: list[Path] = []
    rest: list[str | Path] = []
    for raw in inputs:
        path = Path(raw)
        if "://" in str(raw) and not path.exists():
            rest.append(raw)
        elif path.is_dir():
            found, other = _walk(path, suffixes)
            printed += found
            if other or not found:
                rest.append(raw)
        elif str(raw).lower().endswith(suffixes):
            printed.append(path)
        else:
            rest.append(raw)
    return printed, rest


def _walk(folder: Path, suffixes: tuple[str, ...]) -> tuple[list[Path], bool]:
    from clipper.importers.pipeline import supported_suffixes

    others = supported_suffixes()
    found: list[Path] = []
    other = False
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not d.endswith("_files"))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if name.lower().endswith(suffixes):
                found.append(Path(root) / name)
            elif Path(name).suffix.lower() in others:
                other = True
    return found, other

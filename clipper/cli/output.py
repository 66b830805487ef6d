"""Printing helpers shared by the command modules."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def parse_ids(values: list[str]) -> list[int]:
    """Ids given as `3 4 5` or `3,4,5`."""
    ids: list[int] = []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if part:
                try:
                    ids.append(int(part))
                except ValueError:
                    raise SystemExit(f"clipper: not a clipping id: {part!r}") from None
    return ids


class ProgressBar:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, label: str):
        self.label = label
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        bar = "#" * filled + "-" * (width - filled)
        tail = message[-40:]
        sys.stderr.write(f"\r{self.label} [{bar}] {done}/{total} {tail:<40}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

"""Temporary files beside an export's target, made with the user's umask.

`tempfile.mkstemp` makes files 0600 whatever the umask, and an export renamed over its
target kept that mode: a report meant for colleagues on a shared drive was readable by its
author only. These are created like any file the user saves (0666 less the umask),
exclusively and under a random name, so two exports never share one.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def temp_beside(target: Path, prefix: str, suffix: str) -> tuple[int, str]:
    """Create an empty hidden file in `target`'s folder; return (open fd, its path) as
    `tempfile.mkstemp` does."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        name = str(target.parent / f"{prefix}{secrets.token_hex(6)}{suffix}")
        try:
            return os.open(name, flags, 0o666), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {target.parent}")

"""What the library folder holds on disk, as a whole."""

from __future__ import annotations

import os
from pathlib import Path


def folder_size(root: Path) -> int:
    """Bytes used by the library folder (database, index, photos, originals); files
    that vanish or cannot be read while it is walked are skipped."""
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            try:
                total += os.stat(os.path.join(dirpath, name)).st_size
            except OSError:
                pass
    return total

"""Writing an export all or nothing: into a hidden temporary file beside the target,
renamed over it only when complete (a cancelled or failed export leaves no file)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from clipper.store.leftovers import export_temp


def write_atomically(path: Path, suffix: str, fill: Callable[[str], None]) -> Path:
    """Call `fill(temporary_path)`, then move the file to `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = export_temp(path.parent, ".report-", suffix)
    os.close(fd)
    try:
        fill(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path

"""Where the default library lives."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "clipper"


def default_library_path() -> Path:
    """`$CLIPPER_LIBRARY`, else the platform's user data folder (~/.local/share/clipper/library)."""
    override = os.environ.get("CLIPPER_LIBRARY")
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "library"

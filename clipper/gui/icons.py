"""Icons and other files shipped in resources/ (found beside the package, not via Qt rcc)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"


@cache
def icon(name: str) -> QIcon:
    """resources/icons/<name>.svg as a QIcon (an empty icon if the file is missing)."""
    path = RESOURCES / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()

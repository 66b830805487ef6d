"""Clipper: a desktop press-clipping organiser."""

import sys

__version__ = "0.1.0"


def _import_sqlite_utils() -> None:
    # sqlite-utils imports numpy and pandas, when installed, only to map their scalar
    # types to column types. Clipper stores neither, and numpy alone costs ~0.15 s of
    # CPU at every command's start, so sqlite-utils is first imported (here, before any
    # module of ours can) with them hidden; whoever needs numpy later imports it as usual.
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    sys.modules.update(dict.fromkeys(hidden))
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


_import_sqlite_utils()

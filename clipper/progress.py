"""How long operations report progress and learn they should stop: defined once.

Core functions take a `progress(done, total, message)` callable and a `cancelled()`
callable; none of them knows about Qt. The GUI's writer thread turns both into
signals, the CLI into a progress bar. An operation stopped by `cancelled()` that
leaves nothing behind (a report, a bundle) raises `OperationCancelled`.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class OperationCancelled(Exception):
    """The user cancelled; nothing was written."""


def never_cancelled() -> bool:
    return False


def no_progress(_done: int, _total: int, _message: str) -> None:
    pass

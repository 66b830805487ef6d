"""Printing helpers shared by the command modules.

Library text is untrusted: a title carrying `\\x1b]0;...\\x07` would retitle the user's
terminal, a file name with a newline would split a status line. So `install_escaping()`
puts every byte the CLI prints through `escape_controls` (control characters shown as
`\\x1b`), and the commands pass one-line fields through `one_line`, which escapes line
breaks and tabs too.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from functools import lru_cache
from typing import Any, TextIO

# C0 controls, DEL and the C1 range (\x9b is CSI to many terminals); \n and \t are the
# only ones a multi-line text keeps.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _shown(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or f"\\x{ord(char):02x}"


def escape_controls(text: str) -> str:
    """`text` with every control character but newline and tab shown as `\\xNN`."""
    return _CONTROLS.sub(_shown, text)


def one_line(text: object) -> str:
    """A field printed on one line: every control character shown, newlines included."""
    return _LINE_CONTROLS.sub(_shown, str(text))


def width(text: str) -> int:
    """Columns `text` takes in a terminal: Hangul, Hanja and other wide characters two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@lru_cache(maxsize=4096)  # a table repeats its names (outlets, categories) row after row
def column(text: object, size: int) -> str:
    """`text` on one line, cut and padded to `size` terminal columns, so that a table of
    Korean and English names lines up (str.ljust counts a Hangul syllable as one)."""
    shown, used = [], 0
    for ch in one_line(text):
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > size:
            break
        shown.append(ch)
        used += w
    return "".join(shown) + " " * (size - used)


def outcome_line(o: Any, kind: str = "") -> str:
    """One import outcome as `clipper import` prints it; `kind` names what the id
    numbers ("release " for `clipper release import`)."""
    item, reason = one_line(o.item), one_line(o.reason)
    if o.status == "imported" and o.clipping_id is None:  # pages to cut (print)
        return f"imported   {item}: {reason}"
    if o.status == "imported":
        line = f"imported   {kind}#{o.clipping_id}  {item}  {one_line(o.title)}"
        return line + (f"  (warning: {reason})" if o.reason else "")
    if o.status == "duplicate":
        return f"duplicate  {item}: {reason}"
    return f"failed     {item}: {reason}"


def outcome_counts(outcomes: list[Any]) -> str:
    """The last line of an import: scripts read the counts from it."""
    counts = {s: sum(1 for o in outcomes if o.status == s)
              for s in ("imported", "duplicate", "failed")}
    return (f"{counts['imported']} imported, {counts['duplicate']} duplicate, "
            f"{counts['failed']} failed")


class EscapingStream:
    """A text stream that escapes control characters before they reach the terminal;
    everything else (isatty, flush, encoding...) is the wrapped stream's."""

    def __init__(self, stream: TextIO):
        self.unescaped = stream

    def write(self, text: str) -> int:
        self.unescaped.write(escape_controls(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.unescaped, name)


def install_escaping() -> None:
    """Route sys.stdout and sys.stderr through EscapingStream (once)."""
    if not isinstance(sys.stdout, EscapingStream):
        sys.stdout = EscapingStream(sys.stdout)  # type: ignore[assignment]
    if not isinstance(sys.stderr, EscapingStream):
        sys.stderr = EscapingStream(sys.stderr)  # type: ignore[assignment]


def _unescaped(stream: TextIO) -> TextIO:
    return stream.unescaped if isinstance(stream, EscapingStream) else stream


def print_json(value: Any) -> None:
    # json escapes C0 controls itself; DEL and C1 it leaves raw, so escape them the JSON
    # way (\u009b) and the output stays valid JSON that reads back to the same text.
    text = json.dumps(value, ensure_ascii=False, indent=2)
    text = re.sub("[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text)
    sys.stdout.write(text + "\n")


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
        tail = one_line(message)[-40:]
        # Written past the escaping: the bar's own "\r" must reach the terminal.
        stream = _unescaped(sys.stderr)
        stream.write(f"\r{self.label} [{bar}] {done}/{total} {tail:<40}")
        if done >= total:
            stream.write("\n")
        stream.flush()

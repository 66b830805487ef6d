"""A release as plain text: UTF-8 or EUC-KR/CP949 (importers/encoding.py), the head as
labelled lines or a table exported as text (header.py), then the body."""

from __future__ import annotations

import re

from clipper.domain import ReleaseDraft
from clipper.importers.encoding import decode_bytes
from clipper.releases.header import body_blocks, read_head

SUFFIXES = (".txt", ".text")
_CELL_SEPARATORS = re.compile(r"\s*[|│┃\t]\s*")


def lines_of(text: str) -> list[str]:
    """Lines with table cells (`|`, `│`, tabs) joined by single spaces; ruled lines
    (`┌──┐`, `+---+`) dropped."""
    out = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if re.fullmatch(r"[\s─━┌┐└┘├┤┬┴┼│┃+\-=|]*", line) and line.strip():
            continue
        out.append(_CELL_SEPARATORS.sub(" ", line).strip())
    return out


def read_text(data: bytes, name: str = "") -> ReleaseDraft:
    warnings: list[str] = []
    text, _encoding = decode_bytes(data, warnings=warnings)
    return draft_from_lines(lines_of(text), "text", name, warnings)


def draft_from_lines(lines: list[str], kind: str, name: str,
                     warnings: list[str] | None = None) -> ReleaseDraft:
    head = read_head(lines)
    return ReleaseDraft(title=head.title, issued=head.issued, department=head.department,
                        contact=head.contact, body=body_blocks(lines, head), source_kind=kind,
                        source_name=name, warnings=list(warnings or []))

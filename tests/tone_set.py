"""The labelled tone set (tests/data/tone/labelled.jsonl) stored in a library."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from clipper.domain import ArticleDraft, Block, Changes

LABELLED = Path(__file__).resolve().parent / "data" / "tone" / "labelled.jsonl"


def labelled_rows() -> list[dict]:
    return [json.loads(line) for line in LABELLED.read_text("utf-8").splitlines() if line]


def store_labelled(svc, rows: list[dict] | None = None, label: bool = True) -> list[int]:
    """Store each row as a clipping (tone set when `label`); their ids in row order."""
    rows = labelled_rows() if rows is None else rows
    ids = []
    for row in rows:
        draft = ArticleDraft(title=row["title"], outlet="경기일보", published=dt.date(2024, 5, 1),
                             url=f"https://www.kyeonggi.com/article/{_key(row)}", language="ko",
                             body=[Block("paragraph", row["body"])])
        clipping_id, _ = svc.library.add(draft)
        ids.append(clipping_id)
    svc._changed(Changes(clippings_added=list(ids)))
    if label:
        by_tone: dict[str, list[int]] = {}
        for clipping_id, row in zip(ids, rows, strict=True):
            by_tone.setdefault(row["tone"], []).append(clipping_id)
        for tone, tone_ids in by_tone.items():
            svc.set_tone(tone_ids, tone)
    return ids


def _key(row: dict) -> str:
    return hashlib.sha1((row["title"] + row["body"]).encode()).hexdigest()[:16]

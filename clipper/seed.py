"""The shipped outlet seed (clipper/data/outlets.json): a starting point the office
edits. Migration m0007_desk writes it into each library's registry; the importers'
heuristics (is this line an outlet's name? which outlet owns this domain?) read it
before a library's own registry refines the answer (importers/outlets.Resolver)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def seed_outlets() -> tuple[dict[str, Any], ...]:
    text = resources.files("clipper").joinpath("data/outlets.json").read_text("utf-8")
    return tuple(json.loads(text)["outlets"])

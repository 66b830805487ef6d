"""Imported by the analysis workers' fork server (see `workers.py`): loads Kiwi once,
so that every worker forked from that server starts with it and shares its memory."""

from clipper.search import analysis

analysis.kiwi().tokenize("준비")  # Kiwi finishes loading on its first analysis

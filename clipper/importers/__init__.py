"""Importers: one module per source kind, each answering `accepts(source)` and `read(source)`."""

"""Organising a library: tags, highlights, campaign themes, saved searches, story groups.

Each operation takes the `Library` and returns `Changes`; nothing here imports Qt or
the search engine (operations that need a search take a `search(query) -> ids` callable).
"""

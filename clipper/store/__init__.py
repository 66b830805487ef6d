"""Storage: the SQLite database (the source of truth) and the library's media files."""

from clipper.store.library import DuplicateError, Library, LibraryError, open_library

__all__ = ["DuplicateError", "Library", "LibraryError", "open_library"]

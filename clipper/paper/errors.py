"""What goes wrong with a print file or page, said so that the user can act on it."""

from __future__ import annotations


class PaperError(Exception):
    """A file or page that cannot be read: encrypted, damaged, too big, no text. The
    message names what is wrong (the caller adds which file)."""


class OcrCancelled(Exception):
    """The user cancelled while Tesseract was reading a page (the process is killed)."""

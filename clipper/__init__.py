"""Clipper: a desktop press-clipping organiser."""

__version__ = "0.1.0"

"""Open Clipper's desktop app: `python main.py [--library PATH]` (what `make run` does)."""

import sys

from clipper.gui.app import run

if __name__ == "__main__":
    sys.exit(run())

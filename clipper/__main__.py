import sys

from clipper.cli import main

# Guarded: worker processes started by `spawn` (import_workers.py) import this module
# again as __mp_main__, and must not run the command a second time.
if __name__ == "__main__":
    sys.exit(main())

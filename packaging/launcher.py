"""Entry point of the frozen one-folder app (PyInstaller): the same as ``continuity-app``."""

import multiprocessing
import sys

from continuity_app.cli.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # printing uses worker processes for big packs
    sys.exit(main())

"""Starts a bundled LoyaltyDesk: the command line, or the main window when no command is given."""

import multiprocessing
import sys

from loyaltydesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # contact sheets are written by a process of their own
    sys.exit(main())

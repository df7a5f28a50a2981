"""Starts a bundled LoyaltyDesk without a console (Windows, macOS): always the main window."""

import multiprocessing
import sys

from loyaltydesk.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # contact sheets are written by a process of their own
    sys.exit(main())

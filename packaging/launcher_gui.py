"""Starts a bundled LoyaltyDesk without a console (Windows, macOS): always the main window."""

import sys

from loyaltydesk.app import main

if __name__ == "__main__":
    sys.exit(main())

"""Starts a bundled LoyaltyDesk: the command line, or the main window when no command is given."""

import sys

from loyaltydesk.cli import main

if __name__ == "__main__":
    sys.exit(main())

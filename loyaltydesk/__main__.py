"""Lets `python -m loyaltydesk` behave like the installed command."""

import sys

from loyaltydesk.cli import main

sys.exit(main())

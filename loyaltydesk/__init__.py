"""LoyaltyDesk: turn first sales into loyal, referring clients."""

# The one place the version is written: the package metadata reads it from here at build
# time, so start-up need not load importlib.metadata to learn it.
__version__ = "0.1.0"

APP_NAME = "LoyaltyDesk"
APP_ID = "app.loyaltydesk.LoyaltyDesk"
ORGANIZATION = "LoyaltyDesk"


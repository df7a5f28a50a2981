"""LoyaltyDesk: turn first sales into loyal, referring clients."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "LoyaltyDesk"
APP_ID = "app.loyaltydesk.LoyaltyDesk"
ORGANIZATION = "LoyaltyDesk"

try:
    __version__ = version("loyaltydesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

"""Use cases that combine storage and rules; each user action is one transaction here."""

import loyaltydesk.store  # noqa: F401  # peewee loads the store's way (see there), first

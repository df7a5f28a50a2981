"""Use cases that combine storage and rules; each user action is one transaction here."""

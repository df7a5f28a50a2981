"""Keeping data safe in the window: backups, restore, encryption, start-up checks."""

"""Where a passphrase comes from: the environment for scripts, or the system keyring."""

from __future__ import annotations

import os
from pathlib import Path

ENV_PASSPHRASE = "LOYALTYDESK_PASSPHRASE"
KEYRING_SERVICE = "LoyaltyDesk"


def _account(folder: Path) -> str:
    return str(folder.expanduser().resolve())


def from_environment() -> str | None:
    return os.environ.get(ENV_PASSPHRASE) or None


def _keyring():
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def remembered(folder: Path) -> str | None:
    """The passphrase kept in the system keyring for this data folder, if any."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, _account(folder))
    except Exception:  # no keyring backend, locked keyring...: ask instead
        return None


def remember(folder: Path, passphrase: str) -> bool:
    """Keep the passphrase in the system keyring; False when there is no usable keyring."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, _account(folder), passphrase)
    except Exception:  # no keyring backend: the user types it at start
        return False
    return True


def forget(folder: Path) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, _account(folder))
    except Exception:  # nothing was kept, or no keyring: nothing to forget
        pass


def keyring_available() -> bool:
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        from keyring.backends import fail
        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:
        return False

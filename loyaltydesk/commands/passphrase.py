"""The passphrase of encrypted data, for commands: from the environment, the keyring or asked."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from loyaltydesk import paths
from loyaltydesk.commands.errors import UserError
from loyaltydesk.commands.words import tr
from loyaltydesk.services import passphrases


def passphrase_for(folder: Path, *, candidate: Path | None = None) -> str | None:
    """The passphrase when the data (or a backup to restore) is encrypted, else None."""
    from loyaltydesk.store import cipher

    files = [paths.database_path(folder)] + ([candidate] if candidate else [])
    if not any(cipher.is_encrypted(f) for f in files):
        return None
    found = passphrases.from_environment() or passphrases.remembered(folder)
    if found:
        return found
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(tr("Passphrase: "))
    raise UserError(tr("The data is encrypted: set {variable} or run in a terminal to be asked")
                    .format(variable=passphrases.ENV_PASSPHRASE))

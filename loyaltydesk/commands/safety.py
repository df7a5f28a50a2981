"""Keeping data safe from the command line: backup, restore, encrypt and decrypt."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from loyaltydesk import paths
from loyaltydesk.cli import UserError, command, open_folder
from loyaltydesk.commands.passphrase import passphrase_for
from loyaltydesk.commands.words import tr
from loyaltydesk.services import passphrases


def file_path(text: str) -> Path:
    if "\x00" in text or not text.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not a file name")
    return Path(text)


AUTO_CAP = 0  # --keep-within auto


def cap_size(text: str) -> int:
    """--keep-within: megabytes, or 'auto'; in bytes (AUTO_CAP for auto)."""
    if text.strip().lower() == "auto":
        return AUTO_CAP
    try:
        megabytes = float(text)
    except ValueError:
        megabytes = 0
    if not 0 < megabytes < 1e9:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size in megabytes (or 'auto')")
    return int(megabytes * 1024 * 1024)


def add_commands(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="back up the database (verified after it is written)")
    backup.add_argument("-o", "--output", metavar="FILE", type=file_path,
                        help="write the backup here instead of the backup folder")
    backup.add_argument("--list", action="store_true", help="list the backups, newest first")
    backup.add_argument("--keep-within", metavar="MB", type=cap_size,
                        help="from now on, keep the automatic backups within MB megabytes "
                             "(auto: three times the data, the default); takes no backup")
    restore = sub.add_parser("restore", help="replace the database with a backup (what it "
                                             "replaces is backed up first)")
    restore.add_argument("file", metavar="FILE", type=file_path)
    encrypt = sub.add_parser("encrypt", help="encrypt the database and its backups "
                                             f"(passphrase from ${passphrases.ENV_PASSPHRASE} "
                                             "or asked)")
    encrypt.add_argument("--remember", action="store_true",
                         help="keep the passphrase in the system keyring")
    sub.add_parser("decrypt", help="turn an encrypted database and its backups back to plain")


def _folder(args: argparse.Namespace) -> Path:
    return paths.data_dir(args.data_dir)


def _new_passphrase() -> str:
    found = passphrases.from_environment()
    if found:
        return found
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError(tr("Give the new passphrase in {variable}, or run in a terminal to be "
                           "asked").format(variable=passphrases.ENV_PASSPHRASE))
    first = getpass.getpass(tr("New passphrase: "))
    if first != getpass.getpass(tr("Same passphrase again: ")):
        raise UserError(tr("The two passphrases differ; nothing was changed"))
    return first


def _hold(folder: Path, purpose: str) -> None:
    """The folder's write lock for the rest of the command; refused in one line when busy."""
    from loyaltydesk.services import folder_lock, leftovers

    folder_lock.hold(folder, purpose)
    leftovers.tidy(folder)  # a conversion a stopped program left is finished first


def _size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def _own_name(path: Path) -> Path:
    """The full name of `path`, its folders' links followed, not a link it is itself."""
    path = path.expanduser()
    if path.name in ("", ".", ".."):
        return path.resolve()
    return path.absolute().parent.resolve() / path.name


@command("backup")
def run_backup(args: argparse.Namespace) -> int:
    from loyaltydesk.clock import clock
    from loyaltydesk.services import backups

    if args.list:
        tz = clock().local_tz()
        for b in backups.list_backups(_folder(args)):
            when = b.taken_at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")
            print(f"{when}\t{b.kind}\t{b.size}\t{b.path}")
        return 0
    if args.keep_within is not None:
        return _keep_within(_folder(args), args.keep_within)
    _hold(_folder(args), "backup")  # a conversion must not run while the copy is made
    data = open_folder(args, read_only=True)
    target = _own_name(args.output) if args.output else None
    made = backups.take_backup(data.folder, data.passphrase, target=target)
    print(tr("Backed up to {path} ({size}), checked").format(path=made.path,
                                                             size=_size(made.size)))
    return 0


def _keep_within(folder: Path, cap: int) -> int:
    from loyaltydesk.services import automatic_backups

    if not paths.database_path(folder).exists():
        raise UserError(f"No LoyaltyDesk data in {folder}")
    _hold(folder, "backup")
    automatic_backups.choose_cap(folder, cap or None)
    removed = automatic_backups.rotate(folder)
    how = "three times the data, " if cap == AUTO_CAP else ""
    print(f"Automatic backups are kept within {how}"
          f"{_size(automatic_backups.size_cap(folder))}"
          + (f"; {len(removed)} older one(s) removed" if removed else ""))
    return 0


@command("restore")
def run_restore(args: argparse.Namespace) -> int:
    from loyaltydesk.services.restore import restore

    folder = _folder(args)
    if not args.file.exists():
        raise UserError(tr("{file} does not exist").format(file=args.file))
    _hold(folder, "restore")
    done = restore(folder, args.file, passphrase_for(folder, candidate=args.file))
    if done.replaced:
        print(tr("Restored {file}; the data it replaced is in {replaced}").format(
            file=args.file, replaced=done.replaced))
    else:
        print(tr("Restored {file}").format(file=args.file))
    return 0


@command("encrypt")
def run_encrypt(args: argparse.Namespace) -> int:
    from loyaltydesk.services import encryption

    folder = _folder(args)
    if not paths.database_path(folder).exists():
        raise UserError(tr("No LoyaltyDesk data in {folder}").format(folder=folder))
    _hold(folder, "encrypt")
    if encryption.is_encrypted(folder):
        raise UserError(tr("The data is already encrypted"))
    if args.remember and not passphrases.keyring_available():
        raise UserError(tr("There is no system keyring to keep the passphrase in; nothing was "
                           "changed. Run without --remember: the passphrase is then asked at "
                           "start, or given in {variable}").format(
                               variable=passphrases.ENV_PASSPHRASE))
    passphrase = _new_passphrase()
    done = encryption.encrypt(folder, passphrase)
    kept = args.remember and passphrases.remember(folder, passphrase)
    note = ""
    if args.remember:
        note = (tr("; the passphrase is in the system keyring") if kept else
                tr("; the system keyring refused the passphrase: it will be asked at start"))
    print(tr("Encrypted the database and %n backup(s)", done.backups) + note)
    return 0


@command("decrypt")
def run_decrypt(args: argparse.Namespace) -> int:
    from loyaltydesk.services import encryption

    folder = _folder(args)
    _hold(folder, "decrypt")
    if not encryption.is_encrypted(folder):
        raise UserError(tr("The data is not encrypted"))
    done = encryption.decrypt(folder, passphrase_for(folder) or "")
    passphrases.forget(folder)
    print(tr("Decrypted the database and %n backup(s)", done.backups))
    return 0

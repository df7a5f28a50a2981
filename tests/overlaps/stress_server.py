"""`python -m tests.overlaps.stress_server FOLDER`: runs commands on FOLDER in overlap.

Each line read is a JSON list of commands (argv lists, or ["window"] for what the window does
when it opens: take the folder as its own, open the book, make the automatic backup). Every
command runs in its own forked child, all at once; each reports `res INDEX CODE STDERR`, then
the server reports `done`. Everything is imported once, so a child starts in milliseconds.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from pathlib import Path

from loyaltydesk import cli
from loyaltydesk.commands.safety import passphrase_for
from loyaltydesk.services import automatic_backups, folder_lock
from loyaltydesk.services.folder_lock import FolderLock
from loyaltydesk.services.session import close_data, open_data


def _say(text: str) -> None:
    os.write(1, (text[:3000] + "\n").encode())  # one write under PIPE_BUF: never interleaved


def _window(folder: Path) -> int:
    lock = FolderLock(folder)
    if not lock.acquire():
        print("the window waits: another program holds the folder", file=sys.stderr)
        return 1
    folder_lock.register(folder, lock)
    data = open_data(folder, passphrase=passphrase_for(folder))
    automatic_backups.automatic_backup(folder, data.passphrase)
    close_data()
    return 0


def _run(folder: Path, argv: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = _window(folder) if argv == ["window"] else cli.main(
                ["--data-dir", str(folder), *argv])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException as exc:
            code, err = 99, io.StringIO(f"{type(exc).__name__}: {exc}")
    return code, err.getvalue()


def serve(folder: Path) -> None:
    for line in sys.stdin:
        children = []
        for index, argv in enumerate(json.loads(line)):
            pid = os.fork()
            if pid == 0:
                code = 98
                try:
                    code, err = _run(folder, argv)
                    _say(f"res {index} {code} {json.dumps(err.strip())}")
                finally:
                    os._exit(0 if code != 98 else 98)
            children.append(pid)
        for pid in children:
            os.waitpid(pid, 0)
        _say("done")


def _warm_up() -> None:
    """Import what the commands import, once: each forked child then starts at once."""
    cli.build_parser()
    import loyaltydesk.exchange.importer
    import loyaltydesk.services.encryption
    import loyaltydesk.services.errors
    import loyaltydesk.services.integrity
    import loyaltydesk.services.restore  # noqa: F401


if __name__ == "__main__":
    _warm_up()
    serve(Path(sys.argv[1]))

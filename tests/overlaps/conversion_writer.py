"""`python -m tests.overlaps.conversion_writer FOLDER`: forks an encrypt or a decrypt of the
folder for each line read ("encrypt" or "decrypt"), each child printing every step it reports
as done; the parent prints "pid N" first and "dead N CODE" when the child has ended.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from loyaltydesk.services import encryption

SECRET = "kill me softly"


def _say(text: str) -> None:
    os.write(1, f"{text}\n".encode())  # one write each: lines never interleave


def convert(folder: Path, what: str) -> None:
    if what == "encrypt":
        encryption.encrypt(folder, SECRET, on_step=_say)
    else:
        encryption.decrypt(folder, SECRET, on_step=_say)


def serve(folder: Path) -> None:
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                convert(folder, line.strip())
                _say("finished")
            finally:
                os._exit(0)
        _say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"dead {pid} {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    serve(Path(sys.argv[1]))

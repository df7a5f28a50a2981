"""`python -m tests.overlaps.conversion_writer FOLDER`: forks an encrypt or a decrypt of the
folder for each line read ("encrypt N" or "decrypt N"), each child printing every step it
reports as done and stopping itself (SIGSTOP) once it has reported N, there to be killed; the
parent prints "pid N" first and "dead N CODE" when the child has ended.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from loyaltydesk.services import encryption

SECRET = "kill me softly"


def _say(text: str) -> None:
    os.write(1, f"{text}\n".encode())  # one write each: lines never interleave


def convert(folder: Path, what: str, stop_after: int) -> None:
    done = 0

    def step(text: str) -> None:
        nonlocal done
        _say(text)
        done += 1
        if done == stop_after:
            os.kill(os.getpid(), signal.SIGSTOP)  # the kill lands after this step, not later

    if stop_after == 0:
        os.kill(os.getpid(), signal.SIGSTOP)
    if what == "encrypt":
        encryption.encrypt(folder, SECRET, on_step=step)
    else:
        encryption.decrypt(folder, SECRET, on_step=step)


def serve(folder: Path) -> None:
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                what, stop_after = line.split()
                convert(folder, what, int(stop_after))
                _say("finished")
            finally:
                os._exit(0)
        _say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"dead {pid} {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    serve(Path(sys.argv[1]))

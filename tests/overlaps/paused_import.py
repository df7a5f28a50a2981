"""`python -m tests.overlaps.paused_import FOLDER FILE`: the real `import` command, told to
stop inside its transaction (after its first rows) until a line arrives on stdin.

It reports "inside" once it is paused, with its transaction open, and "exit N" at the end.
"""

from __future__ import annotations

import os
import sys

from loyaltydesk import cli
from loyaltydesk.exchange import importer

_apply = importer.apply_import


def _say(text: str) -> None:
    os.write(1, f"{text}\n".encode())


def _pausing(done: int, total: int) -> bool:
    if done and not getattr(_pausing, "paused", False):
        _pausing.paused = True
        _say("inside")
        sys.stdin.readline()
    return True


def apply_paused(preview, add_missing: bool = False, progress=None, *, skip_bad: bool = False):
    return _apply(preview, add_missing, _pausing, skip_bad=skip_bad)


if __name__ == "__main__":
    importer.apply_import = apply_paused  # the command looks it up when it runs
    code = cli.main(["--data-dir", sys.argv[1], "import", sys.argv[2]])
    _say(f"exit {code}")

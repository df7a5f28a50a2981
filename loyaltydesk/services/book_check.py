"""No write into a book before its quick integrity check has passed.

The command line checks a book before it writes into it (`open_data(verify=True)`). The window
cannot wait for that: the check reads the whole file (seconds on a big book), so the window
opens first and checks off its painting thread. Until that check is over, a write waits for
it (or runs it, when it has not started); a book that fails it takes no write at all.
"""

from __future__ import annotations

import threading
from pathlib import Path

from loyaltydesk.services.session import RECOVER_HINT, DamagedBook
from loyaltydesk.store import snapshot


class BookCheck:
    """The quick check of one book, run once; `unit_of_work.guard_writes(check.before_writing)`
    makes every write of this process wait for it."""

    def __init__(self, path: Path, passphrase: str | None) -> None:
        self.path, self._passphrase = path, passphrase
        self._lock = threading.Lock()  # held while the check runs: a write waits for it
        self.found: list[str] | None = None  # None: not checked yet

    def run(self, cancelled: snapshot.Cancelled = snapshot.never) -> list[str]:
        """The check (the window's start-up job); what it found, empty for a sound book."""
        from loyaltydesk.services.backups import quick_problems

        with self._lock:
            if self.found is None:
                self.found = quick_problems(self.path, self._passphrase, cancelled)
            return self.found

    def before_writing(self) -> None:
        """Wait for the check (run it here when nobody has); refuse a book that failed it."""
        found = self.found if self.found is not None else self.run()
        if found:
            raise DamagedBook(f"The data fails its quick integrity check ({found[0]}), so "
                              f"nothing is written into it; {RECOVER_HINT}")

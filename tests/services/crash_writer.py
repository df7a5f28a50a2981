"""A writer that can be killed cheaply: `python -m tests.services.crash_writer FOLDER`.

This process imports everything once, then forks a fresh writer each time it reads a line.
A writer opens the folder and writes customers and purchases without end, printing what each
commit committed; the parent kills it with SIGKILL, and this process reports the death.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services.customers import create_customer
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.session import open_data


def _say(text: str) -> None:
    os.write(1, f"{text}\n".encode())  # one write each: lines never interleave


def write_forever(folder: Path) -> None:
    open_data(folder)
    _say("open")
    n = 0
    while True:
        n += 1
        name = f"Writer {os.getpid()} {n}"
        customer = create_customer(ContactDetails(name=name, city="Lyon",
                                                  tags=["wine", f"t{n % 7}"]))
        _say(f"c {customer} {name}")
        purchase = record_purchase(customer, PurchaseInput(date(2026, 3, 2), Decimal("12.50")))
        _say(f"p {customer} {purchase.purchase_id}")


def serve(folder: Path) -> None:
    for _ in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(folder)
            finally:
                os._exit(1)
        _say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"dead {pid} {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    serve(Path(sys.argv[1]))

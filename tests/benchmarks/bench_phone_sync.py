"""Phone sync against a real Radicale on 127.0.0.1: requests of a sync with nothing changed,
and the first sync of 2,000 follow-ups against the caldav library alone PUTting them."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

import pytest

from tests.benchmarks import budgets
from tests.radicale_server import PASSWORD, USER, Radicale

FOLLOWUPS = int(os.environ.get("LOYALTYDESK_BENCH_DAV_FOLLOWUPS", "2000"))


@pytest.fixture
def radicale(tmp_path):
    (tmp_path / "radicale").mkdir()
    server = Radicale(tmp_path / "radicale").start()
    yield server
    server.remove()


@pytest.fixture
def book(tmp_path, monkeypatch):
    """A fresh data folder with a fixed clock; yields a function adding follow-ups."""
    from loyaltydesk.clock import FixedClock, set_clock
    from loyaltydesk.services.session import close_data, open_data

    previous = set_clock(FixedClock(datetime(2026, 3, 2, 10, tzinfo=UTC)))
    monkeypatch.setenv("LOYALTYDESK_DAV_PASSWORD", PASSWORD)
    open_data(tmp_path / "data")
    yield _add
    close_data()
    set_clock(previous)


def _add(customers: int, per_customer: int) -> None:
    from loyaltydesk.clock import now
    from loyaltydesk.domain.contacts import ContactDetails
    from loyaltydesk.services.customers import create_customer
    from loyaltydesk.services.followups import schedule_followup
    for c in range(customers):
        cid = create_customer(ContactDetails(name=f"Customer {c}", phone=f"+33 6 {c:08d}"))
        for i in range(per_customer):
            schedule_followup(cid, now() + timedelta(days=1 + i, minutes=c), f"Call {i}")


def _connect(radicale: Radicale, **choices):
    from loyaltydesk.exchange.dav.setup import connect
    return connect(radicale.url, USER, PASSWORD, **choices)


def test_a_sync_with_nothing_changed_makes_the_same_requests_whatever_the_size(
        book, radicale):
    from loyaltydesk.exchange.dav.sync import sync
    requests = {}
    _connect(radicale)
    for size in (10, 200):
        book(size, 2)  # the book grows from 10 to 210 customers, 20 to 420 follow-ups
        sync()
        sync()  # reads back the sync's own writes once
        requests[size] = sync().requests
    assert requests[200] == requests[10] <= 4
    budgets.ratio_budget("phone sync with nothing changed (requests, 420 vs 20 follow-ups)",
                         requests[200], requests[10], 1.0, unit="requests",
                         note=f"{requests[10]} requests for each size")


def test_first_sync_of_2000_followups_against_caldav_alone(book, radicale):
    import caldav

    from loyaltydesk.clock import now
    from loyaltydesk.exchange.dav import payloads
    from loyaltydesk.exchange.dav.sync import sync
    from loyaltydesk.services.phone import outgoing

    book(FOLLOWUPS // 20, 20)
    account = _connect(radicale, customers=False)
    client = caldav.DAVClient(url=radicale.url, username=USER, password=PASSWORD)
    reference = client.principal().make_calendar(name="Reference", cal_id="reference")
    entries = [(payloads.href_name(f.uuid, "ics"), payloads.calendar_entry(f, False, now()))
               for f in outgoing.followups()]
    headers = {"Content-Type": "text/calendar; charset=utf-8", "If-None-Match": "*"}
    started = time.perf_counter()
    for name, body in entries:  # the library's own PUT, nothing around it
        assert client.put(f"{reference.url}{name}", body.decode(), headers).status == 201
    alone = (time.perf_counter() - started) * 1000
    assert account.calendar_url
    started = time.perf_counter()
    result = sync()
    ours = (time.perf_counter() - started) * 1000
    assert result.sent == len(entries) == FOLLOWUPS
    budget = budgets.ratio_budget(f"first phone sync of {FOLLOWUPS:,} follow-ups", ours, alone,
                                  3.0, note="against caldav's DAVClient.put of the same entries")
    assert budget.passed, f"{ours:.0f} ms against {alone:.0f} ms"

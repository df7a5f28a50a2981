"""A real Radicale on 127.0.0.1 for each test, a connected data folder, and "the phone"."""

from __future__ import annotations

from datetime import timedelta

import caldav
import keyring
import pytest
from keyring.backend import KeyringBackend

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services.customers import create_customer
from loyaltydesk.services.followups import schedule_followup
from loyaltydesk.services.phone.account import ENV_PASSWORD
from tests.radicale_server import PASSWORD, USER, Radicale


class MemoryKeyring(KeyringBackend):
    """The keyring of a test: in memory, never the system's own."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(previous)


@pytest.fixture
def radicale(tmp_path):
    (tmp_path / "radicale").mkdir()
    server = Radicale(tmp_path / "radicale").start()
    yield server
    server.remove()


@pytest.fixture
def connected(data, radicale, monkeypatch):
    from loyaltydesk.exchange.dav.setup import connect
    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
    return connect(radicale.url, USER, PASSWORD)


@pytest.fixture
def phone(radicale, connected):
    """A second CalDAV client writing to the same calendar, as a phone would."""
    client = caldav.DAVClient(url=radicale.url, username=USER, password=PASSWORD)
    return client.calendar(url=connected.calendar_url)


def add_customer(name: str, phone_number: str = "+33 6 12 34 56 78") -> int:
    return create_customer(ContactDetails(name=name, phone=phone_number, email=""))


def add_followups(clock, count: int, customer_id: int | None = None) -> list[int]:
    cid = customer_id or add_customer("Agnès Andersen")
    return [schedule_followup(cid, clock.now() + timedelta(days=1, minutes=i), f"Call {i}")
            for i in range(count)]

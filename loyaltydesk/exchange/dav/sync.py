"""One phone sync: connect, then the calendar and the address book; status for the user."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from loyaltydesk.clock import now
from loyaltydesk.exchange.dav import client as dav_client
from loyaltydesk.exchange.dav.calendar_sync import CALENDAR_TYPE, CalendarSync
from loyaltydesk.exchange.dav.collection import Collection, Report
from loyaltydesk.exchange.dav.contacts_sync import CARD_TYPE, ContactsSync
from loyaltydesk.exchange.words import tr
from loyaltydesk.services.folder_lock import FolderLock
from loyaltydesk.services.phone import account as accounts
from loyaltydesk.services.phone.account import Account, PhoneSyncError, SyncStatus
from loyaltydesk.store.database import db


class SyncLock(FolderLock):
    """One sync at a time per data folder, whether from the window or the command line."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.path = self.path.with_name("phone-sync.lock")


@dataclass(frozen=True)
class SyncResult:
    sent: int
    received: int
    requests: int


def _quiet(_what: str, _done: int, _total: int) -> None:
    return None


def sync(password: str | None = None, report: Report = _quiet) -> SyncResult:
    """Sync follow-ups and customers with the phone's server; the status says how it went."""
    current = accounts.account()
    if current is None:
        raise PhoneSyncError(tr("Phone sync is not set up (loyaltydesk dav connect URL --user "
                                "U)"))
    lock = SyncLock(Path(db.obj.database).parent)
    if not lock.acquire():
        raise PhoneSyncError(tr("A phone sync is already running for this data folder"))
    try:
        result = _run(current, password or accounts.password(current), report)
    except PhoneSyncError as exc:
        before = accounts.status()
        accounts.save_status(SyncStatus(before.last_sync_at, str(exc), before.sent,
                                        before.received))
        raise
    finally:
        lock.release()
    accounts.save_status(SyncStatus(now().isoformat(), "", result.sent, result.received))
    return result


def _run(current: Account, password: str, report: Report) -> SyncResult:
    client = dav_client.connect(current.url, current.user, password)
    sent = received = 0
    if current.followups and current.calendar_url:
        calendar = CalendarSync(Collection(client, current.calendar_url, CALENDAR_TYPE),
                                current.as_events, report)
        calendar.run()
        sent, received = sent + calendar.sent, received + calendar.received
    if current.customers and current.addressbook_url:
        contacts = ContactsSync(Collection(client, current.addressbook_url, CARD_TYPE),
                                current.customer_filter, current.contacts_back, report)
        contacts.run()
        sent, received = sent + contacts.sent, received + contacts.received
    return SyncResult(sent, received, client.requests_made)

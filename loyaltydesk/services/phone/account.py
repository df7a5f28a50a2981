"""The phone-sync account: server, user, chosen collections and what to sync (no password)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from urllib.parse import urlsplit

from loyaltydesk.services.words import tr
from loyaltydesk.store.database import db
from loyaltydesk.store.dav_models import DavCollection, DavItem, DavNotice
from loyaltydesk.store.models import Setting
from loyaltydesk.store.queries import delete

ACCOUNT_KEY = "phone_sync.account"
STATUS_KEY = "phone_sync.status"
ENV_PASSWORD = "LOYALTYDESK_DAV_PASSWORD"
KEYRING_SERVICE = "LoyaltyDesk phone sync"
LOOPBACK = {"localhost", "127.0.0.1", "::1"}


class PhoneSyncError(Exception):
    """Phone sync cannot go on; the message is one line for the user."""


@dataclass(frozen=True)
class CustomerFilter:
    """Which customers go to the address book; empty means all of them."""

    with_open_followup: bool = False
    tag: str = ""
    stage: str = ""


@dataclass(frozen=True)
class Account:
    url: str
    user: str
    calendar_url: str = ""
    addressbook_url: str = ""
    calendar_name: str = ""  # as the server names them, for people
    addressbook_name: str = ""
    followups: bool = True
    as_events: bool = False  # VEVENT instead of VTODO, for phones that show only events
    customers: bool = True
    customer_filter: CustomerFilter = field(default_factory=CustomerFilter)
    # offer phone numbers and emails edited on the phone back, to accept or dismiss; off, the
    # app's card goes back over them
    contacts_back: bool = True


@dataclass(frozen=True)
class SyncStatus:
    last_sync_at: str = ""  # ISO moment of the last complete sync
    last_error: str = ""
    sent: int = 0
    received: int = 0


def still_open(database: object) -> bool:
    """Whether `database` is still the data in use (not closed, restored or replaced)."""
    return db.obj is database


def check_url(url: str) -> str:
    """The URL, refused unless it is HTTPS or points at this computer."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PhoneSyncError(tr("{url} is not a server address (like https://dav.example.com)")
                             .format(url=repr(url)))
    if parts.scheme == "http" and parts.hostname not in LOOPBACK:
        raise PhoneSyncError(tr("The server address must start with https:// (plain http is "
                                "only allowed for this computer)"))
    return url.strip()


def _read(key: str) -> dict | None:
    row = Setting.get_or_none(Setting.key == key)
    return None if row is None else json.loads(row.value)


def _write(key: str, value: dict) -> None:
    Setting.replace(key=key, value=json.dumps(value, sort_keys=True)).execute()


def account() -> Account | None:
    data = _read(ACCOUNT_KEY)
    if data is None:
        return None
    data["customer_filter"] = CustomerFilter(**data.get("customer_filter", {}))
    return Account(**data)


def save_account(value: Account) -> None:
    """Keep the account; a different calendar or address book starts their sync afresh."""
    check_url(value.url)
    old = account()
    with db.atomic():
        if old is None or old.calendar_url != value.calendar_url:
            _forget("followup")
        if old is None or old.addressbook_url != value.addressbook_url:
            _forget("customer")
        _write(ACCOUNT_KEY, asdict(value))


def update_account(**changes) -> Account:
    current = account()
    if current is None:
        raise PhoneSyncError(tr("Phone sync is not set up (loyaltydesk dav connect URL --user "
                                "U)"))
    new = replace(current, **changes)
    save_account(new)
    return new


def _forget(kind: str) -> None:
    delete(DavItem).where(DavItem.kind == kind).execute()
    delete(DavCollection).where(DavCollection.kind == kind).execute()


def disconnect() -> None:
    """Forget the account and every sync record; the server's copies stay where they are."""
    with db.atomic():
        delete(Setting).where(Setting.key.in_([ACCOUNT_KEY, STATUS_KEY])).execute()
        for model in (DavItem, DavCollection, DavNotice):
            delete(model).execute()


def status() -> SyncStatus:
    return SyncStatus(**(_read(STATUS_KEY) or {}))


def save_status(value: SyncStatus) -> None:
    with db.atomic():
        _write(STATUS_KEY, asdict(value))


def _keyring():
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def _keyring_account(value: Account) -> str:
    return f"{value.user}@{value.url}"


def password(value: Account) -> str:
    """The password from LOYALTYDESK_DAV_PASSWORD or the system keyring."""
    if os.environ.get(ENV_PASSWORD):
        return os.environ[ENV_PASSWORD]
    keyring = _keyring()
    found = None
    if keyring is not None:
        try:
            found = keyring.get_password(KEYRING_SERVICE, _keyring_account(value))
        except Exception:
            found = None
    if not found:
        raise PhoneSyncError(tr("No password for {user}: set {variable} or keep one in the "
                                "system keyring (Edit > Phone sync...)").format(
            user=value.user, variable=ENV_PASSWORD))
    return found


def remember_password(value: Account, secret: str) -> bool:
    """Keep the password in the system keyring; False when there is no usable keyring."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_account(value), secret)
    except Exception:
        return False
    return True


def forget_password(value: Account) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, _keyring_account(value))
    except Exception:
        pass

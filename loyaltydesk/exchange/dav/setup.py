"""Connecting once: find the server's collections, make LoyaltyDesk's own when missing."""

from __future__ import annotations

from urllib.parse import urljoin

from caldav.collection import Calendar
from caldav.elements import dav
from caldav.elements.base import BaseElement
from caldav.lib import error
from lxml import etree

from loyaltydesk.exchange.dav import client as dav_client
from loyaltydesk.exchange.dav.client import Found
from loyaltydesk.exchange.words import tr
from loyaltydesk.services.phone import account as accounts
from loyaltydesk.services.phone.account import Account, PhoneSyncError

DEFAULT_NAME = "LoyaltyDesk"


class _Addressbook(BaseElement):
    tag = dav_client.ADDRESSBOOK_TYPE


def _named(collections, name: str) -> str:
    for c in collections:
        if c.name == name:
            return c.url
    return ""


def _name_of(collections, url: str) -> str:
    """The name the server gives the collection at `url`; ours when we have just made it."""
    for c in collections:
        if c.url == url:
            return c.name
    return DEFAULT_NAME


def make_calendar(url: str, user: str, password: str) -> str:
    """A "LoyaltyDesk" calendar for follow-ups (to-dos and events)."""
    client = dav_client.connect(url, user, password)
    try:
        made = client.principal().make_calendar(
            name=DEFAULT_NAME, cal_id="loyaltydesk",
            supported_calendar_component_set=["VTODO", "VEVENT"])
    except error.DAVError as exc:
        raise PhoneSyncError(tr("The server would not make a {name} calendar").format(
            name=DEFAULT_NAME)) from exc
    return str(made.url)


def make_addressbook(url: str, user: str, password: str) -> str:
    """A "LoyaltyDesk" address book (extended MKCOL, RFC 5689)."""
    client = dav_client.connect(url, user, password)
    base = dav_client.addressbook_home(client, str(client.principal().url))
    target = urljoin(base if base.endswith("/") else base + "/", "loyaltydesk-contacts/")
    body = dav.Mkcol() + (dav.Set() + (dav.Prop() + [
        dav.ResourceType() + [dav.Collection(), _Addressbook()],
        dav.DisplayName(DEFAULT_NAME)]))
    response = client.mkcol(target, etree.tostring(body.xmlelement(), encoding="utf-8",
                                                   xml_declaration=True).decode("utf-8"))
    if response.status >= 400:
        raise PhoneSyncError(tr("The server would not make a {name} address book (HTTP "
                                "{status})").format(name=DEFAULT_NAME, status=response.status))
    return target


def takes_todos(url: str, user: str, password: str, calendar_url: str) -> bool:
    """Whether the calendar accepts to-dos; many hold events only (RFC 4791 5.2.3)."""
    client = dav_client.connect(url, user, password)
    try:
        found = Calendar(client=client, url=calendar_url).get_supported_components()
    except error.DAVError:
        return True  # the server does not say: to-dos, and a refused one says so when sent
    assert isinstance(found, list)  # a blocking client answers at once
    return "VTODO" in [str(name).upper() for name in found]


def connect(url: str, user: str, password: str, *, calendar_url: str = "",
            addressbook_url: str = "", **choices) -> Account:
    """Check the account, pick (or make) the collections, and keep the account.

    Follow-ups go as events to a calendar that takes no to-dos, whatever was asked.
    """
    found: Found = dav_client.discover(url, user, password)
    calendar_url = calendar_url or _named(found.calendars, DEFAULT_NAME) or make_calendar(
        found.service_url, user, password)
    if (choices.get("followups", True) and not choices.get("as_events", False)
            and not takes_todos(found.service_url, user, password, calendar_url)):
        choices["as_events"] = True
    if not addressbook_url:
        addressbook_url = _named(found.addressbooks, DEFAULT_NAME) or make_addressbook(
            found.service_url, user, password)
    value = Account(url=found.service_url, user=user, calendar_url=calendar_url,
                    addressbook_url=addressbook_url,
                    calendar_name=_name_of(found.calendars, calendar_url),
                    addressbook_name=_name_of(found.addressbooks, addressbook_url), **choices)
    accounts.save_account(value)
    return value

"""The connection to the user's CalDAV/CardDAV server: discovery, requests, plain errors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from caldav.davclient import DAVClient
from caldav.elements import dav
from caldav.elements.base import BaseElement
from caldav.lib import error
from lxml import etree

from loyaltydesk.exchange.words import tr
from loyaltydesk.services.phone.account import PhoneSyncError, check_url

TIMEOUT = 30
# What the server answered, said by the client (kept apart from its class for the catalogue)
SERVER_LABELS = {
    "forbidden": "The server does not let {user} use {path}",
    "refused": "The server refused the user name or password",
    "unreachable": "The server at {server} does not answer; the next sync goes on from here",
}


class ServerUnreachable(PhoneSyncError):
    """The server did not answer; nothing is lost, the next sync goes on from here."""


class Forbidden(PhoneSyncError):
    """The server knows the user but refuses the request (403): a collection that is not
    theirs, or a sync token it no longer keeps (RFC 6578 3.2)."""


def _forbidden(exc: error.AuthorizationError) -> bool:
    return getattr(exc, "status", None) == 403 or exc.reason == "Forbidden"


class CountingClient(DAVClient):
    """A DAV client that counts its requests, so the status can say what a sync cost."""

    requests_made = 0

    def request(self, url, method="GET", body="", headers=None, rate_limit_time_slept=0):
        self.requests_made += 1
        try:
            return super().request(url, method, body, headers, rate_limit_time_slept)
        except error.AuthorizationError as exc:
            if _forbidden(exc):
                raise Forbidden(tr(SERVER_LABELS["forbidden"]).format(
                    user=self.username, path=urlsplit(str(url)).path)) from exc
            raise PhoneSyncError(tr(SERVER_LABELS["refused"])) from exc
        except OSError as exc:
            raise ServerUnreachable(tr(SERVER_LABELS["unreachable"]).format(
                server=urlsplit(str(url)).netloc)) from exc


def _network_errors() -> tuple[type[Exception], ...]:
    found: list[type[Exception]] = [ConnectionError, TimeoutError]
    for name in ("niquests", "requests"):
        try:
            module = __import__(name)
            found.append(module.exceptions.RequestException)
        except ImportError:
            pass
    return tuple(found)


NETWORK_ERRORS = _network_errors()


def connect(url: str, user: str, password: str) -> CountingClient:
    check_url(url)
    return _Guarded(url=url, username=user, password=password, timeout=TIMEOUT,
                    enable_rfc6764=False, require_tls=urlsplit(url).scheme == "https")


class _Guarded(CountingClient):
    """Network failures of the HTTP library come out as one plain message."""

    def request(self, url, method="GET", body="", headers=None, rate_limit_time_slept=0):
        try:
            return super().request(url, method, body, headers, rate_limit_time_slept)
        except NETWORK_ERRORS as exc:
            if isinstance(exc, PhoneSyncError):
                raise
            raise ServerUnreachable(f"The server at {urlsplit(str(url)).netloc} does not "
                                    "answer; the next sync goes on from here") from exc


@dataclass(frozen=True)
class Collection:
    url: str
    name: str


@dataclass(frozen=True)
class Found:
    """What the server offers this user: calendars (with to-dos or events) and address books."""

    service_url: str
    calendars: list[Collection]
    addressbooks: list[Collection]


def discover(url: str, user: str, password: str) -> Found:
    """Find the service from a bare host (/.well-known) and list the user's collections."""
    check_url(url)
    base = _well_known(url, user, password)
    client = connect(base, user, password)
    try:
        principal = client.principal()
        calendars = [Collection(str(c.url), c.get_display_name() or str(c.url))
                     for c in principal.calendars()]
        books = _addressbooks(client, principal)
    except error.DAVError as exc:
        raise PhoneSyncError(tr("The server at {server} does not speak CalDAV ({reason})")
                             .format(server=base, reason=exc)) from exc
    return Found(base, calendars, books)


def _well_known(url: str, user: str, password: str) -> str:
    """A bare host is asked where its service lives (RFC 6764), calendars first."""
    parts = urlsplit(url)
    if parts.path not in ("", "/"):
        return url
    probe = connect(url, user, password)
    for service in ("caldav", "carddav"):
        try:
            response = probe.session.request("GET", urljoin(url, f"/.well-known/{service}"),
                                             allow_redirects=False, timeout=TIMEOUT,
                                             auth=(user, password))
        except NETWORK_ERRORS as exc:
            raise ServerUnreachable(f"The server at {parts.netloc} does not answer") from exc
        location = response.headers.get("Location")
        if response.status_code in (301, 302, 303, 307, 308) and location:
            target = urljoin(url, location)
            if urlsplit(target).hostname == parts.hostname:  # never to another host
                return check_url(target)
    return url


ADDRESSBOOK_HOME = "{urn:ietf:params:xml:ns:carddav}addressbook-home-set"
ADDRESSBOOK_TYPE = "{urn:ietf:params:xml:ns:carddav}addressbook"


class _AddressbookHome(BaseElement):
    tag = ADDRESSBOOK_HOME


def _propfind(client: CountingClient, url: str, props: list, depth: int) -> list:
    body = dav.Propfind() + [dav.Prop() + props]
    xml = etree.tostring(body.xmlelement(), encoding="utf-8", xml_declaration=True)
    return client.propfind(url, xml, depth).parse_propfind()


def addressbook_home(client: CountingClient, principal_url: str) -> str:
    [found] = _propfind(client, principal_url, [_AddressbookHome()], 0) or [None]
    home = found.properties.get(ADDRESSBOOK_HOME) if found else None
    if isinstance(home, list):
        home = home[0] if home else None
    if not isinstance(home, str) or not home:
        return principal_url
    return urljoin(principal_url, home)


def _addressbooks(client: CountingClient, principal) -> list[Collection]:
    home_url = addressbook_home(client, str(principal.url))
    found = []
    for item in _propfind(client, home_url, [dav.ResourceType(), dav.DisplayName()], 1):
        if ADDRESSBOOK_TYPE in (item.properties.get(dav.ResourceType.tag) or []):
            name = item.properties.get(dav.DisplayName.tag) or item.href
            found.append(Collection(urljoin(home_url, item.href), str(name)))
    return found


Progress = Callable[[str, int, int], None]

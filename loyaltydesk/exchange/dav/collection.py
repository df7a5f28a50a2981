"""One synced collection on the server: what changed since a token, and guarded writes."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from caldav.calendarobjectresource import CalendarObjectResource
from caldav.collection import Calendar
from caldav.elements import dav
from caldav.lib import error
from caldav.lib.url import URL

from loyaltydesk.exchange.dav.client import CountingClient, Forbidden
from loyaltydesk.exchange.words import tr
from loyaltydesk.services.phone.account import PhoneSyncError

PRECONDITION_FAILED = 412
# What the server would not do (said from inside the collection, so kept apart for the catalogue)
GONE_LABELS = {"gone": "The collection {url} is gone from the server; choose another in "
                       "Edit > Phone sync..."}
REFUSED_LABELS = {"read": "The server would not read an entry (HTTP {status})",
                  "save": "The server would not save an entry (HTTP {status})",
                  "delete": "The server would not delete an entry (HTTP {status})"}
NOT_FOUND = 404


def path_of(url: object) -> str:
    return unquote(urlsplit(str(url)).path)


@dataclass(frozen=True)
class Changes:
    etags: dict[str, str | None]  # path -> ETag of what was added or changed
    deleted: set[str]  # paths
    token: str | None
    everything: bool = False  # a full listing: what it does not name is gone

    def gone(self, known: Iterable[str]) -> set[str]:
        """Paths deleted on the server, among those this side knows."""
        if not self.everything:
            return set(self.deleted)
        return self.deleted | (set(known) - self.etags.keys())


@dataclass(frozen=True)
class Written:
    status: int
    etag: str | None


class Collection:
    """A calendar or address book, read and written through the caldav library."""

    def __init__(self, client: CountingClient, url: str, content_type: str) -> None:
        self.client = client
        self.url = url if url.endswith("/") else url + "/"
        self.content_type = content_type
        self._calendar = Calendar(client=client, url=self.url)

    def item_url(self, name: str) -> str:
        return urljoin(self.url, name)

    def changes(self, token: str | None) -> Changes:
        """What changed since `token` (everything when None): one sync-collection report.

        A token the server no longer keeps (offline longer than it remembers) is refused
        (RFC 6578 3.2): then everything is listed, and what is missing was deleted there.
        """
        try:
            found = self._report(token)
        except Forbidden:
            if token is None:
                raise
            token, found = None, self._report(None)
        etags = {path_of(o.url): _etag(o.props.get(dav.GetEtag.tag)) for o in found.objects}
        deleted = {path_of(u) for u in found.deleted_urls}
        return Changes({p: e for p, e in etags.items() if p not in deleted}, deleted,
                       found.sync_token, everything=token is None)

    def _report(self, token: str | None) -> Any:
        try:
            found = self._calendar.get_objects_by_sync_token(token, load_objects=False)
        except error.NotFoundError as exc:
            raise PhoneSyncError(tr(GONE_LABELS["gone"]).format(url=self.url)) from exc
        assert not isinstance(found, Coroutine)  # a blocking client answers at once
        return found

    def read(self, path: str) -> tuple[str | None, bytes | None]:
        """The ETag and body of one item; (None, None) when it is gone."""
        response = self.client.request(urljoin(self.url, path), "GET")
        if response.status == NOT_FOUND:
            return None, None
        _check(response.status, "read")
        return _etag(response.headers.get("ETag")), response.raw.encode("utf-8") \
            if isinstance(response.raw, str) else response.raw

    def read_many(self, paths: list[str]) -> dict[str, bytes]:
        """Bodies of calendar entries, a hundred per multiget report."""
        found: dict[str, bytes] = {}
        for start in range(0, len(paths), 100):
            urls = [URL.objectify(urljoin(self.url, p)) for p in paths[start:start + 100]]
            objects: list[CalendarObjectResource] | Coroutine[Any, Any, list[Any]] = \
                self._calendar.multiget(urls, raise_notfound=False)
            assert not isinstance(objects, Coroutine)  # a blocking client answers at once
            for obj in objects:
                found[path_of(obj.url)] = obj.data.encode("utf-8")
        return found

    def put(self, url: str, body: bytes, etag: str | None) -> Written:
        """Create (only if absent) or replace (only if unchanged since `etag`)."""
        headers = {"Content-Type": self.content_type}
        headers.update({"If-Match": _quoted(etag)} if etag else {"If-None-Match": "*"})
        response = self.client.put(url, body.decode("utf-8"), headers)
        if response.status == PRECONDITION_FAILED:
            return Written(PRECONDITION_FAILED, None)
        _check(response.status, "save")
        return Written(response.status, _etag(response.headers.get("ETag")))

    def delete(self, url: str, etag: str | None) -> Written:
        headers = {"If-Match": _quoted(etag)} if etag else {}
        response = self.client.delete(url, headers)
        if response.status in (PRECONDITION_FAILED, NOT_FOUND):
            return Written(response.status, None)
        _check(response.status, "delete")
        return Written(response.status, None)


def _etag(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if text.startswith("W/"):
        text = text[2:]
    return text.strip('"') or None


def _quoted(etag: str) -> str:
    return f'"{etag}"'


def _check(status: int, what: str) -> None:
    if status >= 400:
        raise PhoneSyncError(tr(REFUSED_LABELS[what]).format(status=status))


Report = Callable[[str, int, int], None]

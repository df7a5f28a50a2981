"""The sync state: server copies (href, ETag, what was agreed), tokens, and the phone's notices."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from loyaltydesk.store.database import db
from loyaltydesk.store.dav_models import DavCollection, DavItem, DavNotice
from loyaltydesk.store.queries import delete, tuples


@dataclass(frozen=True)
class ServerCopy:
    """Where one follow-up or customer lives on the server and what both sides agreed on."""

    local_uuid: str
    href: str
    etag: str | None
    digest: str
    agreed: dict = field(default_factory=dict)


def copies(kind: str) -> dict[str, ServerCopy]:
    """Every server copy of this kind, by the local uuid."""
    query = tuples(DavItem.select().where(DavItem.kind == kind))
    return {row.local_uuid: row for row in (
        ServerCopy(u, h, e, d, json.loads(a))
        for (_, _, u, h, e, d, a) in query)}


def record(kind: str, written: Iterable[ServerCopy]) -> None:
    """Keep what was written to or read from the server, in one transaction."""
    rows = [{"kind": kind, "local_uuid": c.local_uuid, "href": c.href, "etag": c.etag,
             "digest": c.digest, "agreed": json.dumps(c.agreed, sort_keys=True)}
            for c in written]
    if not rows:
        return
    with db.atomic():
        for start in range(0, len(rows), 100):
            (DavItem.insert_many(rows[start:start + 100])
             .on_conflict(conflict_target=[DavItem.kind, DavItem.local_uuid],
                          preserve=[DavItem.href, DavItem.etag, DavItem.digest, DavItem.agreed])
             .execute())


def forget(kind: str, local_uuids: Iterable[str]) -> None:
    uuids = list(local_uuids)
    with db.atomic():
        for start in range(0, len(uuids), 500):
            delete(DavItem).where((DavItem.kind == kind)
                                   & DavItem.local_uuid.in_(uuids[start:start + 500])).execute()


def sync_token(kind: str, url: str) -> str | None:
    """The last token for this collection; None for a first sync or another collection."""
    row = DavCollection.get_or_none(DavCollection.kind == kind)
    return row.sync_token if row is not None and row.url == url else None


def save_token(kind: str, url: str, token: str | None) -> None:
    with db.atomic():
        DavCollection.replace(kind=kind, url=url, sync_token=token).execute()


@dataclass(frozen=True)
class Notice:
    id: int
    kind: str
    customer_uuid: str
    followup_uuid: str
    field: str
    app_value: str
    phone_value: str
    message: str


def add_notice(kind: str, message: str, *, customer_uuid: str = "", followup_uuid: str = "",
               field_name: str = "", app_value: str = "", phone_value: str = "") -> None:
    """Show the user what the phone did; a newer notice on the same thing replaces the old."""
    with db.atomic():
        (DavNotice.update(state="replaced")
         .where((DavNotice.state == "open") & (DavNotice.kind == kind)
                & (DavNotice.customer_uuid == customer_uuid)
                & (DavNotice.followup_uuid == followup_uuid)
                & (DavNotice.field == field_name)).execute())
        DavNotice.create(kind=kind, message=message, customer_uuid=customer_uuid,
                         followup_uuid=followup_uuid, field=field_name, app_value=app_value,
                         phone_value=phone_value)


def open_notices() -> list[Notice]:
    query = DavNotice.select().where(DavNotice.state == "open").order_by(DavNotice.id)
    return [Notice(n.id, n.kind, n.customer_uuid, n.followup_uuid, n.field, n.app_value,
                   n.phone_value, n.message) for n in query]


def close_notice(notice_id: int, state: str) -> None:
    with db.atomic():
        DavNotice.update(state=state).where(DavNotice.id == notice_id).execute()

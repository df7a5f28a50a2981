"""The phone-sync tables: server copies of follow-ups and customers, sync tokens, notices."""

from __future__ import annotations

import peewee as pw

from loyaltydesk.clock import now
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import MomentField


class _Table(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


class DavItem(_Table):
    """One follow-up (kind "followup") or customer (kind "customer") kept on the server."""

    kind = pw.CharField()
    local_uuid = pw.CharField()
    href = pw.CharField(unique=True)
    etag = pw.CharField(null=True)
    # What the app last sent or accepted: a digest of the payload's fields, and the fields a
    # phone may change (due time, status, phone, email) as JSON, to tell who changed what.
    digest = pw.CharField()
    agreed = pw.TextField(default="{}")

    class Meta:
        indexes = ((("kind", "local_uuid"), True),)


class DavCollection(_Table):
    """The calendar or address book synced, with the RFC 6578 token of the last sync."""

    kind = pw.CharField(primary_key=True)
    url = pw.CharField()
    sync_token = pw.CharField(null=True)


class DavNotice(_Table):
    """What the phone changed that the app did not take as is: shown to the user."""

    id = pw.AutoField()  # peewee's own key, written out for the type checker
    at = MomentField(default=now)
    kind = pw.CharField()  # conflict, deleted, contact_edit
    customer_uuid = pw.CharField(default="")
    followup_uuid = pw.CharField(default="")
    field = pw.CharField(default="")
    app_value = pw.TextField(default="")
    phone_value = pw.TextField(default="")
    message = pw.TextField()
    state = pw.CharField(default="open")  # open, accepted, dismissed


DAV_MODELS: tuple[type[pw.Model], ...] = (DavItem, DavCollection, DavNotice)

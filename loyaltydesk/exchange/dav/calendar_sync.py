"""Follow-ups and the CalDAV calendar: read the phone's changes, then send the app's."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from loyaltydesk.clock import now
from loyaltydesk.domain.phone_sync import FROM_PHONE, Action, PhoneEntry, decide
from loyaltydesk.exchange.dav import payloads
from loyaltydesk.exchange.dav.collection import PRECONDITION_FAILED, Collection, Report, path_of
from loyaltydesk.services.phone import outgoing, state
from loyaltydesk.services.phone.from_phone import apply_followup, note_conflict
from loyaltydesk.services.phone.outgoing import FollowUpOut
from loyaltydesk.services.phone.state import ServerCopy

KIND = "followup"
BATCH = 50
CALENDAR_TYPE = "text/calendar; charset=utf-8"


class CalendarSync:
    def __init__(self, collection: Collection, as_events: bool, report: Report) -> None:
        self.collection = collection
        self.as_events = as_events
        self.report = report
        self.received = 0
        self.sent = 0

    def run(self) -> None:
        url = self.collection.url
        changes = self.collection.changes(state.sync_token(KIND, url))
        known = [c.href for c in state.copies(KIND).values()]
        self.pull(changes.etags, changes.gone(known))
        self.push()
        state.save_token(KIND, url, changes.token)

    # --- from the phone -------------------------------------------------------------
    def pull(self, etags: dict[str, str | None], deleted: set[str]) -> None:
        by_path = {c.href: c for c in state.copies(KIND).values()}
        changed = [p for p, etag in etags.items() if p in by_path and etag != by_path[p].etag]
        bodies = self.collection.read_many(changed) if changed else {}
        work: list[tuple[str, PhoneEntry | None]] = [
            (p, payloads.read_entry(bodies[p])) for p in changed if p in bodies]
        work += [(p, None) for p in deleted & by_path.keys()]
        for number, (path, entry) in enumerate(work, 1):
            self._take(by_path[path], etags.get(path) if entry else None, entry)
            if number % BATCH == 0 or number == len(work):
                self.report(FROM_PHONE, number, len(work))

    def _take(self, copy: ServerCopy, etag: str | None, phone: PhoneEntry | None) -> None:
        local = outgoing.followup_by_uuid(copy.local_uuid)
        if local is None:
            state.forget(KIND, [copy.local_uuid])
            return
        decision = decide(payloads.agreed_due(copy.agreed), copy.agreed.get("open", False),
                          self._digest(local) != copy.digest, local.status == "open", phone)
        if decision.action is not Action.NOTHING:
            self.received += 1
        new_copy = self._copy_after(copy, etag, phone, decision.action)
        apply_followup(copy.local_uuid, decision, new_copy)
        if decision.action in (Action.COMPLETE, Action.RESCHEDULE) and new_copy is not None:
            after = outgoing.followup_by_uuid(copy.local_uuid)
            assert after is not None  # completed or moved, not deleted
            state.record(KIND, [replace(new_copy, digest=self._digest(after))])

    def _copy_after(self, copy: ServerCopy, etag: str | None, phone: PhoneEntry | None,
                    action: Action) -> ServerCopy | None:
        if phone is None:  # deleted on the phone: the app's version comes back if it wins
            return None
        if action is Action.KEEP_APP:
            return replace(copy, etag=etag, digest="")
        if action in (Action.COMPLETE, Action.RESCHEDULE):
            due = phone.due or payloads.agreed_due(copy.agreed)
            agreed = {"due": due.astimezone(UTC).isoformat() if due else "",
                      "open": not phone.completed}
            return replace(copy, etag=etag, agreed=agreed)
        return replace(copy, etag=etag)

    # --- to the phone ---------------------------------------------------------------
    def _digest(self, f: FollowUpOut) -> str:
        return outgoing.digest(f, self.as_events)

    def _wanted(self, f: FollowUpOut) -> bool:
        return f.status == "open" or (f.status == "done" and not self.as_events)

    def push(self) -> None:
        copies = state.copies(KIND)
        work = [f for f in outgoing.followups() if self._needs_write(f, copies.get(f.uuid))]
        stamp = now().astimezone(UTC).replace(microsecond=0)
        written: list[ServerCopy] = []
        gone: list[str] = []
        try:
            for number, f in enumerate(work, 1):
                result = self._write(f, copies.get(f.uuid), stamp)
                (written.append(result) if isinstance(result, ServerCopy) else gone.append(f.uuid))
                if number % BATCH == 0:
                    self._keep(written, gone)
                    self.report("calendar", number, len(work))
        finally:
            self._keep(written, gone)
        self.report("calendar", len(work), len(work))

    def _keep(self, written: list[ServerCopy], gone: list[str]) -> None:
        state.record(KIND, written)
        state.forget(KIND, gone)
        self.sent += len(written) + len(gone)
        written.clear()
        gone.clear()

    def _needs_write(self, f: FollowUpOut, copy: ServerCopy | None) -> bool:
        if copy is None:  # only open follow-ups go to the phone anew
            return f.status == "open"
        return not self._wanted(f) or copy.digest != self._digest(f)

    def _write(self, f: FollowUpOut, copy: ServerCopy | None, stamp: datetime
               ) -> ServerCopy | None:
        url = self.collection.item_url(payloads.href_name(f.uuid, "ics"))
        if copy is not None:
            url = self.collection.item_url(copy.href)
        if not self._wanted(f):
            result = self.collection.delete(url, copy.etag if copy else None)
            if result.status == PRECONDITION_FAILED:
                self._reread(f, copy, url)
                self.collection.delete(url, None)
            return None
        body = payloads.calendar_entry(f, self.as_events, stamp)
        result = self.collection.put(url, body, copy.etag if copy else None)
        if result.status == PRECONDITION_FAILED:
            etag = self._reread(f, copy, url)
            result = self.collection.put(url, body, etag)
            if result.status == PRECONDITION_FAILED:  # changed again: next sync reads it
                return copy
        return ServerCopy(f.uuid, path_of(url), result.etag, self._digest(f),
                          payloads.agreed_followup(f))

    def _reread(self, f: FollowUpOut, copy: ServerCopy | None, url: str) -> str | None:
        """A 412: read what the phone wrote; the app's version wins and the phone's is shown."""
        etag, body = self.collection.read(path_of(url))
        if body is None or copy is None:
            return etag
        phone = payloads.read_entry(body)
        decision = decide(payloads.agreed_due(copy.agreed), copy.agreed.get("open", False),
                          True, f.status == "open", phone)
        if decision.action is Action.KEEP_APP:
            note_conflict(f.uuid, decision)
        return etag

"""Customers and the CardDAV address book: one way, with phone edits offered back."""

from __future__ import annotations

from dataclasses import replace

from loyaltydesk.exchange.dav import payloads
from loyaltydesk.exchange.dav.collection import PRECONDITION_FAILED, Collection, Report, path_of
from loyaltydesk.services.phone import outgoing, state
from loyaltydesk.services.phone.account import CustomerFilter
from loyaltydesk.services.phone.from_phone import offer_contact_edits
from loyaltydesk.services.phone.outgoing import CustomerOut
from loyaltydesk.services.phone.state import ServerCopy
from loyaltydesk.services.purchases import main_currency

KIND = "customer"
BATCH = 50
CARD_TYPE = "text/vcard; charset=utf-8"


class ContactsSync:
    def __init__(self, collection: Collection, chosen: CustomerFilter, offer_back: bool,
                 report: Report) -> None:
        self.collection = collection
        self.chosen = chosen
        self.offer_back = offer_back
        self.report = report
        self.received = 0
        self.sent = 0
        self.currency = main_currency()  # the book's, as its figures show lifetime value

    def run(self) -> None:
        url = self.collection.url
        changes = self.collection.changes(state.sync_token(KIND, url))
        known = [c.href for c in state.copies(KIND).values()]
        self.pull(changes.etags, changes.gone(known))
        self.push()
        state.save_token(KIND, url, changes.token)

    def pull(self, etags: dict[str, str | None], deleted: set[str]) -> None:
        by_path = {c.href: c for c in state.copies(KIND).values()}
        for path, etag in etags.items():
            copy = by_path.get(path)
            if copy is None or etag == copy.etag:
                continue
            state.record(KIND, [self._take(copy, path)])
        # A card deleted on the phone comes back: the address book follows the app.
        state.forget(KIND, [by_path[p].local_uuid for p in deleted & by_path.keys()])

    def _take(self, copy: ServerCopy, path: str) -> ServerCopy:
        etag, body = self.collection.read(path)
        if body is None:
            return replace(copy, digest="")
        if not self.offer_back:
            return replace(copy, etag=etag, digest="")  # one way: the app's card goes back
        local = outgoing.customer_by_uuid(copy.local_uuid)
        name = (local.name or local.company) if local else ""
        taken = offer_contact_edits(replace(copy, etag=etag), payloads.read_card(body), name)
        if taken.agreed != copy.agreed:
            self.received += 1
        return taken

    def _digest(self, c: CustomerOut) -> str:
        # cards in euros keep the fingerprint they always had; another currency is part of it
        return outgoing.digest(c) if self.currency == "EUR" else outgoing.digest(c, self.currency)

    def push(self) -> None:
        copies = state.copies(KIND)
        wanted = list(outgoing.customers(self.chosen))
        keep = {c.uuid for c in wanted}
        work: list[tuple[CustomerOut | None, ServerCopy | None]] = [
            (c, copies.get(c.uuid)) for c in wanted
            if c.uuid not in copies or copies[c.uuid].digest != self._digest(c)]
        work += [(None, copy) for uuid, copy in copies.items() if uuid not in keep]
        written: list[ServerCopy] = []
        gone: list[str] = []
        try:
            for number, (customer, copy) in enumerate(work, 1):
                if customer is None:
                    assert copy is not None  # a customer gone here: its server copy goes
                    self._remove(copy)
                    gone.append(copy.local_uuid)
                else:
                    written.append(self._write(customer, copy))
                if number % BATCH == 0:
                    self._keep(written, gone)
                    self.report("contacts", number, len(work))
        finally:
            self._keep(written, gone)
        self.report("contacts", len(work), len(work))

    def _keep(self, written: list[ServerCopy], gone: list[str]) -> None:
        state.record(KIND, written)
        state.forget(KIND, gone)
        self.sent += len(written) + len(gone)
        written.clear()
        gone.clear()

    def _remove(self, copy: ServerCopy) -> None:
        url = self.collection.item_url(copy.href)
        if self.collection.delete(url, copy.etag).status == PRECONDITION_FAILED:
            self.collection.delete(url, None)  # the card leaves the book whatever the phone did

    def _write(self, c: CustomerOut, copy: ServerCopy | None) -> ServerCopy:
        url = self.collection.item_url(copy.href if copy else payloads.href_name(c.uuid, "vcf"))
        body = payloads.contact_card(c, self.currency)
        result = self.collection.put(url, body, copy.etag if copy else None)
        if result.status == PRECONDITION_FAILED:  # re-read, never overwrite blindly
            etag, phone_body = self.collection.read(path_of(url))
            if copy is not None and phone_body is not None and self.offer_back:
                offer_contact_edits(copy, payloads.read_card(phone_body), c.name or c.company)
            result = self.collection.put(url, body, etag)
            if result.status == PRECONDITION_FAILED:
                return copy or ServerCopy(c.uuid, path_of(url), None, "", {})
        agreed = payloads.agreed_customer(c)
        if copy is not None and self.offer_back:
            agreed = {**agreed, **{k: v for k, v in copy.agreed.items() if k not in agreed}}
        return ServerCopy(c.uuid, path_of(url), result.etag, self._digest(c), agreed)

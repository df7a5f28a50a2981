"""Rows inserted in bulk are stored exactly as a model's create stores them."""

from __future__ import annotations

from datetime import date, timedelta

from loyaltydesk.store.bulk import insert_rows
from loyaltydesk.store.database import db
from loyaltydesk.store.models import Customer, FollowUp, Purchase


def _stored(table: str, row_id: int) -> dict:
    cursor = db.execute_sql(f'SELECT * FROM "{table}" WHERE id = ?', [row_id])
    names = [c[0] for c in cursor.description]
    return {k: v for k, v in zip(names, cursor.fetchone(), strict=True)
            if k not in ("id", "uuid")}


def test_bulk_rows_are_stored_as_create_stores_them(data, clock):
    customer = Customer.create(name="Ann Lee").id
    due = clock.now() + timedelta(days=3)
    values = {"customer": customer, "due_at": due, "remind_at": due, "kind": "check",
              "channel": "phone", "title": "Check in", "purchase": None}
    made = FollowUp.create(**values).id
    first, second = insert_rows(FollowUp, [values, {**values, "title": "Again"}])
    assert second == first + 1 > made
    assert _stored("follow_up", first) == _stored("follow_up", made)
    assert _stored("follow_up", second)["title"] == "Again"
    uuids = {r for r in db.execute_sql("SELECT uuid, typeof(uuid) FROM follow_up")}
    assert len(uuids) == 3 and {kind for _, kind in uuids} == {"blob"}

    sale = {"customer": customer, "purchased_on": date(2026, 2, 1), "amount_cents": 1250,
            "is_renewal": True, "contract_end_on": None}
    assert _stored("purchase", Purchase.create(**sale).id) == \
        _stored("purchase", insert_rows(Purchase, [sale])[0])


def test_nothing_to_insert_makes_nothing(data):
    assert insert_rows(FollowUp, []) == []

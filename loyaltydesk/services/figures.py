"""Keeps each customer's stored figures (LTV, last contact, next follow-up...) true."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from loyaltydesk.clock import clock
from loyaltydesk.domain.metrics import LTV_YEARS, ltv_window, years_before
from loyaltydesk.domain.rhythm import DAYS_PAST_GAP, FALLBACK_RHYTHM, TAG_GAP_RULE
from loyaltydesk.store import tallies
from loyaltydesk.store.database import db
from loyaltydesk.store.models import Customer, Setting


def today() -> date:
    c = clock()
    return c.now().astimezone(c.local_tz()).date()


# What the customer's sales of the LTV window add up to.
_LTV = """coalesce((SELECT sum(amount_cents) FROM purchase p
                          WHERE p.customer_id = customer.id AND p.deleted_at IS NULL
                          AND p.purchased_on > :ltv_start AND p.purchased_on <= :today), 0)"""

_FIGURES_SQL = f"""
UPDATE customer SET
    purchase_count = (SELECT count(*) FROM purchase p
                      WHERE p.customer_id = customer.id AND p.deleted_at IS NULL),
    first_purchase_on = (SELECT min(purchased_on) FROM purchase p
                         WHERE p.customer_id = customer.id AND p.deleted_at IS NULL),
    last_purchase_on = (SELECT max(purchased_on) FROM purchase p
                        WHERE p.customer_id = customer.id AND p.deleted_at IS NULL),
    ltv_cents = {_LTV},
    ltv_as_of = :today,
    last_contact_at = max(
        coalesce((SELECT max(occurred_at) FROM interaction i
                  WHERE i.customer_id = customer.id AND i.deleted_at IS NULL), ''),
        coalesce((SELECT max(completed_at) FROM follow_up f
                  WHERE f.customer_id = customer.id AND f.status = 'done'
                  AND f.deleted_at IS NULL), '')),
    next_followup_at = (SELECT min(remind_at) FROM follow_up f
                        WHERE f.customer_id = customer.id AND f.status = 'open'
                        AND f.deleted_at IS NULL),
    last_score = (SELECT score FROM survey s
                  WHERE s.customer_id = customer.id AND s.deleted_at IS NULL
                  ORDER BY surveyed_at DESC, id DESC LIMIT 1)
"""

# The rhythm rule of domain.rhythm (customer override, else the tightest tag, else the stage),
# in SQL so a whole book can be refreshed in one statement; built from the domain's constants.
_TAG_GAP = (f"(SELECT {TAG_GAP_RULE.__name__}(t.{{col}}) FROM customer_tag ct "
            "JOIN tag t ON t.id = ct.tag_id "
            "WHERE ct.customer_id = customer.id AND t.ideal_gap_days IS NOT NULL)")
_STAGE_GAP = "(SELECT s.{col} FROM stage_rhythm s WHERE s.stage = customer.stage)"
_IDEAL = (f"coalesce(customer.ideal_gap_days, {_TAG_GAP.format(col='ideal_gap_days')}, "
          f"{_STAGE_GAP.format(col='ideal_gap_days')}, {FALLBACK_RHYTHM[0]})")
_BASE_MAX = (f"coalesce({_TAG_GAP.format(col='max_gap_days')}, "
             f"{_STAGE_GAP.format(col='max_gap_days')}, {FALLBACK_RHYTHM[1]})")
_MAX = f"max(coalesce(customer.max_gap_days, max({_BASE_MAX}, {_IDEAL})), {_IDEAL})"
_LAST_DAY = ("date(substr(CASE WHEN customer.last_contact_at IS NULL "
             "OR customer.last_contact_at = '' THEN customer.created_at "
             "ELSE customer.last_contact_at END, 1, 19), :offset)")
_RHYTHM_SQL = f"""
UPDATE customer SET
    last_contact_at = nullif(last_contact_at, ''),
    amber_on = date({_LAST_DAY}, '+' || ({_IDEAL} + {DAYS_PAST_GAP}) || ' days'),
    red_on = date({_LAST_DAY}, '+' || ({_MAX} + {DAYS_PAST_GAP}) || ' days')
"""


def _params(as_of: date) -> dict[str, str]:
    c = clock()
    offset = c.now().astimezone(c.local_tz()).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    after, until = ltv_window(as_of)
    return {"ltv_start": after.isoformat(), "today": until.isoformat(),
            "offset": f"{minutes:+d} minutes"}


def _run(where: str, params: Mapping[str, object]) -> None:
    db.execute_sql(f"{_FIGURES_SQL} {where}", params)
    db.execute_sql(f"{_RHYTHM_SQL} {where}", params)


def refresh(customer_ids: Iterable[int], as_of: date | None = None) -> None:
    """Recompute the stored figures of these customers (inside the caller's transaction)."""
    ids = list(dict.fromkeys(customer_ids))
    params = _params(as_of or today())
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join(f":id{i}" for i in range(len(chunk)))
        _run(f"WHERE id IN ({marks})", {**params, **{f"id{i}": v for i, v in enumerate(chunk)}})


def refresh_values(first_id: int, last_id: int) -> None:
    """Recompute the LTV of customers `first_id`..`last_id`, whose sales' amounts alone
    changed (inside the caller's transaction)."""
    db.execute_sql(f"UPDATE customer SET ltv_cents = {_LTV} WHERE id BETWEEN :first AND :last",
                   {**_params(today()), "first": first_id, "last": last_id})


def refresh_all(as_of: date | None = None) -> None:
    with db.atomic():
        tallies.forget()  # every row is written: counting them again afterwards costs less
        _run("", _params(as_of or today()))


def refresh_rhythm_all() -> None:
    """After a rhythm default changes: every customer's amber and red days."""
    with db.atomic():
        tallies.forget()  # as refresh_all
        db.execute_sql(_RHYTHM_SQL, _params(today()))


def refresh_missing() -> int:
    """Fill figures never computed (rows from an older schema); cheap when there are none."""
    missing = [r.id for r in Customer.select(Customer.id).where(Customer.amber_on.is_null())]
    if missing:
        with db.atomic():
            refresh(missing)
    return len(missing)


_LTV_CHECKED_KEY = "figures.ltv_checked_on"

_LTV_UPDATE = (
    "UPDATE customer SET ltv_cents = coalesce((SELECT sum(amount_cents) FROM purchase p "
    "WHERE p.customer_id = customer.id AND p.deleted_at IS NULL "
    "AND p.purchased_on > :ltv_start AND p.purchased_on <= :today), 0), ltv_as_of = :today")


def refresh_stale_ltv(as_of: date | None = None) -> int:
    """LTV slides with the calendar: recompute it where a purchase has left the window (or a
    future-dated one entered it) since it was computed.

    Only those customers are written; the rest keep their date, as their value still holds.
    """
    as_of = as_of or today()
    params = _params(as_of)
    changed = 0
    with db.atomic():
        # Once a day is enough: the check below reads every customer.
        done = Setting.get_or_none(Setting.key == _LTV_CHECKED_KEY)
        if done is not None and done.value >= as_of.isoformat():
            return 0
        Setting.replace(key=_LTV_CHECKED_KEY, value=as_of.isoformat()).execute()
        for (computed_on,) in db.execute_sql(
                "SELECT DISTINCT ltv_as_of FROM customer WHERE ltv_as_of IS NOT NULL "
                "AND ltv_as_of < :today", params).fetchall():
            since = years_before(date.fromisoformat(computed_on), LTV_YEARS).isoformat()
            cursor = db.execute_sql(
                f"{_LTV_UPDATE} WHERE ltv_as_of = :computed_on AND id IN ("
                "SELECT customer_id FROM purchase WHERE deleted_at IS NULL AND ("
                "(purchased_on > :since AND purchased_on <= :ltv_start) "
                "OR (purchased_on > :computed_on AND purchased_on <= :today)))",
                {**params, "computed_on": computed_on, "since": since})
            changed += cursor.rowcount
    return changed

"""The stored figures' SQL and the domain's pure rules give the same answers on any book."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyaltydesk import clock as clock_module
from loyaltydesk.clock import FixedClock
from loyaltydesk.domain.ladder import LADDER
from loyaltydesk.domain.metrics import LTV_YEARS, Sale, lifetime_value, years_before
from loyaltydesk.domain.rhythm import FALLBACK_RHYTHM, Rhythm, gap_dates, resolve
from loyaltydesk.services import figures, rhythm
from loyaltydesk.store.database import db
from loyaltydesk.store.models import Customer, CustomerTag, Interaction, Purchase, StageRhythm, Tag

TODAY_UTC = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
ZONES = [timezone(timedelta(hours=h)) for h in (-7, 0, 2, 13)]


def _days_near(anchor: date) -> st.SearchStrategy[date]:
    """Days at and around a boundary, and anywhere in the five years before it."""
    return st.one_of(st.integers(-2, 2).map(lambda d: anchor + timedelta(days=d)),
                     st.integers(-5 * 366, 0).map(lambda d: anchor + timedelta(days=d)))


def _gaps() -> st.SearchStrategy[tuple[int, int]]:
    return st.tuples(st.integers(1, 120), st.integers(0, 120)).map(lambda g: (g[0], g[0] + g[1]))


_override = st.tuples(st.none() | st.integers(1, 120), st.none() | st.integers(1, 240)).filter(
    lambda o: None in o or o[1] >= o[0])

_customer = st.fixed_dictionaries({
    "stage": st.sampled_from(LADDER),
    "override": _override,
    "tags": st.sets(st.integers(0, 2), max_size=3),
    "created_hours_ago": st.integers(0, 24 * 400),
    "contact_hours_ago": st.none() | st.integers(-24, 24 * 400),
    "purchases": st.lists(st.tuples(st.integers(-2, 2) | st.integers(-3 * 370, 370),
                                    st.integers(0, 10_000_00)), max_size=4),
})

_book = st.fixed_dictionaries({
    "zone": st.sampled_from(ZONES),
    "tag_gaps": st.lists(st.none() | _gaps(), min_size=3, max_size=3),
    "stage_gaps": st.dictionaries(st.sampled_from(LADDER), _gaps() | st.none(), max_size=3),
    "customers": st.lists(_customer, min_size=1, max_size=4),
})


def _write(book: dict, today: date) -> list[int]:
    tags = [Tag.create(name=f"tag{i}", ideal_gap_days=g and g[0], max_gap_days=g and g[1]).id
            for i, g in enumerate(book["tag_gaps"])]
    for stage, gaps in book["stage_gaps"].items():
        if gaps is None:
            StageRhythm.delete().where(StageRhythm.stage == stage.value).execute()
        else:
            StageRhythm.insert(stage=stage.value, ideal_gap_days=gaps[0],
                               max_gap_days=gaps[1]).on_conflict_replace().execute()
    ids = []
    ltv_start = years_before(today, LTV_YEARS)
    for n, c in enumerate(book["customers"]):
        row = Customer.create(name=f"C{n}", stage=c["stage"].value,
                              created_at=TODAY_UTC - timedelta(hours=c["created_hours_ago"]),
                              ideal_gap_days=c["override"][0], max_gap_days=c["override"][1])
        for t in c["tags"]:
            CustomerTag.create(customer=row.id, tag=tags[t])
        for offset, cents in c["purchases"]:
            # Small offsets land on the window's edges: exactly three years back, and today.
            on = (ltv_start if abs(offset) <= 1 and cents % 2 else today) + timedelta(days=offset)
            Purchase.create(customer=row.id, purchased_on=on, amount_cents=cents)
        if c["contact_hours_ago"] is not None:
            Interaction.create(customer=row.id, summary="Call",
                               occurred_at=TODAY_UTC - timedelta(hours=c["contact_hours_ago"]))
        ids.append(row.id)
    return ids


def _expected(customer_id: int, today: date, zone) -> tuple[int, date, date]:
    row = Customer.get_by_id(customer_id)
    sales = [Sale(p.purchased_on, p.amount_cents) for p in row.purchases]
    tag_rhythms = [Rhythm(t.ideal_gap_days, t.max_gap_days) for t in
                   Tag.select().join(CustomerTag).where((CustomerTag.customer == customer_id)
                                                        & Tag.ideal_gap_days.is_null(False))]
    stage_row = StageRhythm.get_or_none(StageRhythm.stage == row.stage)
    stage = Rhythm(stage_row.ideal_gap_days, stage_row.max_gap_days) if stage_row else \
        Rhythm(*FALLBACK_RHYTHM)
    contacts = [i.occurred_at for i in row.interactions]
    last = max(contacts) if contacts else row.created_at
    dates = gap_dates(last.astimezone(zone).date(),
                      resolve((row.ideal_gap_days, row.max_gap_days), tag_rhythms, stage))
    return lifetime_value(sales, today), dates.amber_on, dates.red_on


@pytest.mark.slow
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(book=_book)
def test_stored_figures_match_the_domain_rules_on_any_book(data, book):
    previous = clock_module.set_clock(FixedClock(TODAY_UTC, book["zone"]))
    try:
        today = TODAY_UTC.astimezone(book["zone"]).date()
        with db.atomic() as transaction:
            ids = _write(book, today)
            figures.refresh(ids)
            for cid in ids:
                row = Customer.get_by_id(cid)
                assert (row.ltv_cents, row.amber_on, row.red_on) == _expected(
                    cid, today, book["zone"])
                assert (row.amber_on, row.red_on) == (rhythm.rhythm_of(cid).amber_on,
                                                      rhythm.rhythm_of(cid).red_on)
            # A rhythm default changed: amber and red alone are recomputed, the same way.
            figures.refresh_rhythm_all()
            for cid in ids:
                row = Customer.get_by_id(cid)
                assert (row.amber_on, row.red_on) == _expected(cid, today, book["zone"])[1:]
            transaction.rollback()
    finally:
        clock_module.set_clock(previous)


def _customer(**fields) -> int:
    return Customer.create(name="Edge", created_at=TODAY_UTC, **fields).id


def test_a_purchase_exactly_three_years_old_leaves_the_lifetime_value(data):
    cid = _customer()
    today = TODAY_UTC.date()
    for on, cents in ((years_before(today, 3), 100), (years_before(today, 3) + timedelta(1), 20),
                      (today, 3), (today + timedelta(1), 4000)):
        Purchase.create(customer=cid, purchased_on=on, amount_cents=cents)
    figures.refresh([cid])
    assert Customer.get_by_id(cid).ltv_cents == 23


def test_two_tags_with_different_rhythms_give_the_tightest_of_each_gap(data):
    cid = _customer(stage="loyal")
    for name, gaps in (("wine", (10, 80)), ("golf", (20, 40))):
        tag = Tag.create(name=name, ideal_gap_days=gaps[0], max_gap_days=gaps[1])
        CustomerTag.create(customer=cid, tag=tag.id)
    figures.refresh([cid])
    row = Customer.get_by_id(cid)
    last = TODAY_UTC.date()
    assert (row.amber_on, row.red_on) == (last + timedelta(11), last + timedelta(41))


def test_a_customer_exactly_at_the_ideal_gap_is_not_amber_yet(data):
    cid = _customer(ideal_gap_days=7, max_gap_days=9)
    figures.refresh([cid])
    row = Customer.get_by_id(cid)
    created = datetime.combine(TODAY_UTC.date(), time())
    assert row.amber_on == (created + timedelta(days=8)).date()
    assert row.red_on == (created + timedelta(days=10)).date()

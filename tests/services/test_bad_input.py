"""Bad input to every service a form writes through: a clear refusal or a whole write, no crash."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, integrity
from loyaltydesk.services.errors import USER_ERRORS
from loyaltydesk.services.followups import schedule_followup
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.store.database import db

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
texts = st.text(max_size=300)
words = st.text(st.characters(categories=["L", "Zs", "Nd", "P"]), min_size=1, max_size=40)
names = st.one_of(words, texts)  # plausible or hostile, so both branches get exercised
currencies = st.one_of(st.sampled_from(["EUR", "usd", " gbp ", "JPY"]), texts)
amounts = st.one_of(st.decimals(allow_nan=True, allow_infinity=True),
                    st.integers(-10**30, 10**30).map(Decimal),
                    st.decimals(min_value=0, max_value=10**9, places=2))
moments = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                       timezones=st.just(UTC))


def _snapshot() -> dict[str, int]:
    tables = [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _whole_or_nothing(write) -> object | None:
    """Run `write`; a refusal must be a user error and leave every table as it was."""
    before = _snapshot()
    try:
        return write()
    except USER_ERRORS:
        assert _snapshot() == before
        return None


@pytest.fixture
def customer(data) -> int:
    return customers.create_customer(ContactDetails(name="Ann"))


@FUZZ
@given(name=names, company=names, email=st.one_of(st.just(""), st.emails(), texts),
       phone=st.one_of(st.just(""), st.from_regex(r"\+?[0-9 ]{4,15}", fullmatch=True), texts),
       city=names, notes=texts, tags=st.lists(names, max_size=5),
       stage=st.sampled_from(list(Stage)))
def test_any_customer_form_is_saved_whole_or_refused(data, name, company, email, phone, city,
                                                     notes, tags, stage):
    details = ContactDetails(name=name, company=company, email=email, phone=phone, city=city,
                             notes=notes, tags=tags)
    made = _whole_or_nothing(lambda: customers.create_customer(details, stage))
    event("saved" if made else "refused")
    if made is not None:
        record = customers.get_customer(made)
        assert record.stage is stage
        _whole_or_nothing(lambda: customers.update_customer(made, details))
    assert integrity.problems() == []


@FUZZ
@given(amount=amounts, currency=currencies, description=texts, renewal=st.booleans(),
       bought=st.dates(), ends=st.none() | st.dates())
def test_any_purchase_form_is_saved_whole_or_refused(customer, amount, currency, description,
                                                     renewal, bought, ends):
    entry = PurchaseInput(bought, amount, currency, description, renewal, ends)
    event("saved" if _whole_or_nothing(lambda: record_purchase(customer, entry)) else "refused")
    assert integrity.problems() == []


@FUZZ
@given(kind=st.sampled_from(list(InteractionKind)), summary=names, notes=texts,
       effort=st.integers(-10**6, 10**12), at=st.none() | moments)
def test_any_contact_log_is_saved_whole_or_refused(customer, kind, summary, notes, effort, at):
    entry = InteractionInput(kind, summary, at, notes, effort)
    _whole_or_nothing(lambda: log_interaction(customer, entry))
    assert integrity.problems() == []


@FUZZ
@given(title=names, due=moments, script=texts)
def test_any_follow_up_form_is_saved_whole_or_refused(customer, title, due, script):
    _whole_or_nothing(lambda: schedule_followup(customer, due, title, script=script))


@FUZZ
@given(ideal=st.none() | st.integers(-10**9, 10**9), most=st.none() | st.integers(-10**9, 10**9))
def test_any_keep_in_touch_rhythm_is_saved_whole_or_refused(customer, ideal, most):
    _whole_or_nothing(lambda: customers.set_rhythm(customer, ideal, most))
    assert integrity.problems() == []


def test_the_examples_above_really_write(customer):
    """The properties above would pass vacuously if every write were refused."""
    assert record_purchase(customer, PurchaseInput(date(2026, 3, 1), Decimal("10"))).purchase_id
    assert customers.customer_count() == 1

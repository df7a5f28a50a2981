"""A follow-up whose goal is met closes itself, whatever path met it, and says what met it."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from loyaltydesk.domain.cadences import FollowUpKind
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.followups import FollowUpError
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.exchange.importer import apply_import, preview_import
from loyaltydesk.services import customers, feedback, followups, goals, integrity, rhythm
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.timeline import EntryKind, customer_timeline
from loyaltydesk.store.models import FollowUp

SECOND = "Ask for the second order"


def _customer(name="Zoé Martin", email="", stage=Stage.PROSPECT):
    return customers.create_customer(ContactDetails(name=name, email=email), stage=stage)


def _of(cid, kind):
    return [f for f in followups.followups_of(cid) if f.kind is kind]


def _buy(cid, day, amount="100", **extra):
    return record_purchase(cid, PurchaseInput(day, Decimal(amount), **extra))


def test_a_second_purchase_closes_the_ask_for_the_second_order_and_names_it(data, clock):
    cid = _customer()
    _buy(cid, date(2026, 3, 2))
    [ask] = _of(cid, FollowUpKind.SECOND_ORDER)
    assert ask.status == "open" and ask.title == SECOND
    clock.advance(timedelta(days=1))
    _buy(cid, date(2026, 3, 3))
    [ask] = _of(cid, FollowUpKind.SECOND_ORDER)
    assert ask.status == "done" and ask.outcome == "Closed: second purchase on 3 Mar"
    entry = next(e for e in customer_timeline(cid)
                 if e.kind is EntryKind.FOLLOWUP and e.ref_id == ask.id)
    assert entry.detail == "Closed: second purchase on 3 Mar" and entry.subtype == "done"
    assert ("done", "Closed: second purchase on 3 Mar") in [
        (action, detail) for _, action, detail in followups.history_of(ask.id)]
    # Weeks later, nothing asks a loyal customer for their second order.
    late = datetime(2026, 5, 1, tzinfo=UTC)
    assert not [f for f in followups.due_followups(late) if f.kind is FollowUpKind.SECOND_ORDER]
    assert integrity.problems() == []


def test_a_second_purchase_from_the_purchases_file_closes_it_too(data, clock, tmp_path):
    cid = _customer(email="zoe@example.com")
    _buy(cid, date(2026, 2, 27))
    path = tmp_path / "orders.csv"
    path.write_text("Date,Email,Customer,Amount,Currency,Description\n"
                    "2026-03-01,zoe@example.com,,80,EUR,Refill\n", encoding="utf-8")
    apply_import(preview_import(path))
    [ask] = _of(cid, FollowUpKind.SECOND_ORDER)
    assert ask.status == "done" and ask.outcome == "Closed: second purchase on 1 Mar"
    assert customers.get_customer(cid).stage is Stage.LOYAL


def test_a_survey_from_anywhere_closes_the_survey_follow_up(data, clock):
    cid = _customer()
    _buy(cid, date(2026, 3, 2))
    [survey] = _of(cid, FollowUpKind.SURVEY)
    clock.advance(timedelta(days=3))
    feedback.record_survey(cid, 8, "Faster delivery")  # not from the follow-up itself
    [survey] = _of(cid, FollowUpKind.SURVEY)
    assert survey.status == "done" and survey.outcome == "Closed: survey answered on 5 Mar"
    assert customers.get_customer(cid).next_followup_at != survey.remind_at


def test_a_testimonial_and_a_referral_close_the_promoter_asks(data, clock):
    cid = _customer(stage=Stage.CLIENT)
    feedback.record_survey(cid, 10)
    asks = {f.kind: f for f in followups.followups_of(cid)}
    assert {FollowUpKind.TESTIMONIAL, FollowUpKind.REFERRAL} <= set(asks)
    clock.advance(timedelta(days=1))
    feedback.add_testimonial(cid, "They come back after the sale.")
    kinds = {f.kind: f for f in followups.followups_of(cid)}
    assert kinds[FollowUpKind.TESTIMONIAL].outcome == "Closed: testimonial on 3 Mar"
    assert kinds[FollowUpKind.REFERRAL].status == "open"
    feedback.add_referral(cid, referred_name="Ann Lee")
    kinds = {f.kind: f for f in followups.followups_of(cid)}
    assert kinds[FollowUpKind.REFERRAL].outcome == "Closed: referral on 3 Mar"
    assert customers.get_customer(cid).next_followup_at is None


def test_a_recorded_renewal_closes_the_renewal_touches(data, clock):
    cid = _customer(stage=Stage.CLIENT)
    _buy(cid, date(2026, 3, 2), "5000", contract_end_on=date(2027, 3, 2))
    assert len([f for f in _of(cid, FollowUpKind.RENEWAL) if f.status == "open"]) == 3
    clock.advance(timedelta(days=30))
    _buy(cid, date(2026, 4, 1), "5200", is_renewal=True)
    renewals = _of(cid, FollowUpKind.RENEWAL)
    assert {f.status for f in renewals} == {"done"}
    assert {f.outcome for f in renewals} == {"Closed: renewal on 1 Apr"}


def test_a_plain_purchase_leaves_the_renewal_touches_open(data, clock):
    cid = _customer(stage=Stage.CLIENT)
    _buy(cid, date(2026, 3, 2), "5000", contract_end_on=date(2027, 3, 2))
    _buy(cid, date(2026, 3, 2), "30")
    assert {f.status for f in _of(cid, FollowUpKind.RENEWAL)} == {"open"}


def test_a_contact_closes_keep_in_touch_made_before_it(data, clock):
    cid = _customer(stage=Stage.LOYAL)
    planned = rhythm.plan_next_step(cid)
    clock.advance(timedelta(hours=2))
    log_interaction(cid, InteractionInput(InteractionKind.CALL, "Caught up"))
    assert followups.get_followup(planned).outcome == "Closed: contact on 2 Mar"
    # A contact logged now, dated before the plan was made, does not meet it.
    clock.advance(timedelta(hours=1))
    again = rhythm.plan_next_step(cid)
    log_interaction(cid, InteractionInput(InteractionKind.CALL, "Last week's call",
                                          occurred_at=clock.now() - timedelta(days=7)))
    assert followups.get_followup(again).status == "open"


def test_a_cadence_step_already_met_when_it_fires_is_not_scheduled(data, clock):
    cid = _customer()
    # An order history entered late: the second sale is known before the first's care runs.
    _buy(cid, date(2026, 3, 1))
    _buy(cid, date(2026, 2, 26))
    assert {f.status for f in _of(cid, FollowUpKind.SECOND_ORDER)} == {"done"}
    other = _customer("Ann Lee", stage=Stage.CLIENT)
    feedback.add_testimonial(other, "Great service")
    feedback.record_survey(other, 9)
    kinds = [f.kind for f in followups.followups_of(other)]
    assert FollowUpKind.TESTIMONIAL not in kinds and FollowUpKind.REFERRAL in kinds


def test_a_follow_up_restored_after_its_goal_was_met_closes(data, clock):
    cid = _customer()
    _buy(cid, date(2026, 3, 2))
    [ask] = _of(cid, FollowUpKind.SECOND_ORDER)
    followups.drop_followup(ask.id)
    _buy(cid, date(2026, 3, 2))
    followups.restore_followup(ask.id)
    assert followups.get_followup(ask.id).outcome == "Closed: second purchase on 2 Mar"


def test_a_follow_up_by_hand_whose_goal_is_met_is_refused_with_the_reason(data, clock):
    cid = _customer()
    feedback.record_survey(cid, 8)
    with pytest.raises(FollowUpError, match="already met: survey answered on 2 Mar"):
        followups.schedule_followup(cid, clock.now() + timedelta(days=3), "Ask again",
                                    FollowUpKind.SURVEY)
    assert followups.schedule_followup(cid, clock.now() + timedelta(days=3), "Call",
                                       FollowUpKind.TASK)


def test_check_reports_open_follow_ups_whose_goal_is_met_and_repair_closes_them(data, clock):
    cid = _customer()
    _buy(cid, date(2026, 3, 2))
    [ask] = _of(cid, FollowUpKind.SECOND_ORDER)
    _buy(cid, date(2026, 3, 2))
    # As an older version left it: closed by nothing.
    FollowUp.update(status="open", outcome="", completed_at=None).where(
        FollowUp.id == ask.id).execute()
    [problem] = integrity.problems()
    assert problem.startswith("follow-ups: 1 still open though their goal is met")
    assert f"#{ask.id}" in problem and "check --repair" in problem
    assert goals.repair() == 1
    assert integrity.problems() == []
    assert followups.get_followup(ask.id).outcome == "Closed: second purchase on 2 Mar"
    assert goals.repair() == 0


def test_a_follow_up_edited_into_a_kind_whose_goal_is_met_closes(data, clock):
    cid = _customer()
    feedback.record_survey(cid, 8)
    fid = followups.schedule_followup(cid, clock.now() + timedelta(days=2), "Call")
    followups.edit_followup(fid, "Ask again", FollowUpKind.SURVEY, followups.Channel.PHONE, "")
    assert followups.get_followup(fid).outcome == "Closed: survey answered on 2 Mar"
    assert goals.met_but_open() == []

from datetime import date
from decimal import Decimal

import pytest

from loyaltydesk.domain.cadences import FollowUpKind
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, feedback
from loyaltydesk.services.followups import followups_of
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.timeline import EntryKind, customer_timeline


@pytest.fixture
def buyer(data, clock):
    cid = customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.PROSPECT)
    record_purchase(cid, PurchaseInput(date(2026, 3, 2), Decimal("100")))
    return cid


def test_a_promoter_confirms_value_and_is_asked_for_testimonial_and_referral(buyer):
    outcome = feedback.record_survey(buyer, 10, eleven="Deliver on Fridays")
    assert outcome.stage_move.to_stage is Stage.VALUE_CONFIRMED
    kinds = {f.kind for f in followups_of(buyer)}
    assert {FollowUpKind.TESTIMONIAL, FollowUpKind.REFERRAL} <= kinds
    assert customers.get_customer(buyer).last_score == 10


def test_a_detractor_gets_a_recovery_call(buyer):
    outcome = feedback.record_survey(buyer, 4, comment="Late delivery")
    assert outcome.stage_move is None
    assert FollowUpKind.RECOVERY in {f.kind for f in followups_of(buyer)}


def test_scores_outside_zero_to_ten_are_refused(buyer):
    with pytest.raises(feedback.FeedbackError):
        feedback.record_survey(buyer, 11)


def test_referrals_and_testimonials_land_on_the_timeline(buyer):
    friend = customers.create_customer(ContactDetails(name="Lucas"))
    feedback.add_referral(buyer, referred_id=friend, reward="Gift card")
    feedback.add_testimonial(buyer, "They came back after the sale.", may_publish=True)
    kinds = {e.kind for e in customer_timeline(buyer)}
    assert {EntryKind.REFERRAL, EntryKind.TESTIMONIAL, EntryKind.PURCHASE} <= kinds
    assert customers.get_customer(friend).referred_by_id == buyer

from datetime import UTC, date, datetime

import pytest

from loyaltydesk.domain.cadences import FollowUpKind
from loyaltydesk.domain.goals import (
    GOAL_OF_KIND,
    CustomerFacts,
    Goal,
    OpenFollowUp,
    Sale,
    meeting_for,
)

MADE = datetime(2026, 3, 2, 10, tzinfo=UTC)


def _open(kind, since=date(2026, 3, 2), purchase_id=None):
    return OpenFollowUp(kind, since, MADE, purchase_id)


def test_every_follow_up_kind_has_a_goal():
    assert set(GOAL_OF_KIND) == set(FollowUpKind)


def test_the_second_purchase_meets_the_second_order_and_is_named():
    facts = CustomerFacts(sales=(Sale(1, date(2026, 3, 2)), Sale(2, date(2026, 12, 3))))
    meeting = meeting_for(_open(FollowUpKind.SECOND_ORDER), facts)
    assert meeting.goal is Goal.SECOND_ORDER
    assert meeting.closing_note() == "Closed: second purchase on 3 Dec"


def test_one_purchase_or_an_older_second_one_leaves_the_ask_open():
    one = CustomerFacts(sales=(Sale(1, date(2026, 3, 2)),))
    assert meeting_for(_open(FollowUpKind.SECOND_ORDER), one) is None
    older = CustomerFacts(sales=(Sale(1, date(2025, 1, 2)), Sale(2, date(2025, 6, 1))))
    assert meeting_for(_open(FollowUpKind.SECOND_ORDER), older) is None


def test_a_renewal_other_than_the_contract_that_started_the_touches_meets_them():
    contract = Sale(7, date(2026, 3, 2), renewal=True)
    item = _open(FollowUpKind.RENEWAL, purchase_id=7)
    assert meeting_for(item, CustomerFacts(sales=(contract,))) is None
    renewed = CustomerFacts(sales=(contract, Sale(8, date(2027, 2, 20), renewal=True)))
    assert meeting_for(item, renewed).describe() == "renewal on 20 Feb"
    plain = CustomerFacts(sales=(contract, Sale(9, date(2027, 2, 20))))
    assert meeting_for(item, plain) is None


@pytest.mark.parametrize(("kind", "facts", "named"), [
    (FollowUpKind.SURVEY, CustomerFacts(survey_days=(date(2026, 3, 5),)), "survey answered"),
    (FollowUpKind.TESTIMONIAL, CustomerFacts(testimonial_days=(date(2026, 3, 5),)),
     "testimonial"),
    (FollowUpKind.REFERRAL, CustomerFacts(referral_days=(date(2026, 3, 5),)), "referral"),
])
def test_feedback_on_or_after_the_reason_meets_its_ask(kind, facts, named):
    assert meeting_for(_open(kind), facts).describe() == f"{named} on 5 Mar"
    assert meeting_for(_open(kind, since=date(2026, 3, 6)), facts) is None


def test_a_contact_from_the_moment_keep_in_touch_was_made_meets_it():
    before = CustomerFacts(contacts=(datetime(2026, 3, 2, 9, tzinfo=UTC),))
    after = CustomerFacts(contacts=(datetime(2026, 3, 4, 23, 30, tzinfo=UTC),))
    assert meeting_for(_open(FollowUpKind.KEEP_IN_TOUCH), before) is None
    assert meeting_for(_open(FollowUpKind.KEEP_IN_TOUCH), after).describe() == \
        "contact on 4 Mar"


@pytest.mark.parametrize("kind", [FollowUpKind.CHECK, FollowUpKind.TOUCH,
                                  FollowUpKind.RECOVERY, FollowUpKind.TASK])
def test_checks_touches_recoveries_and_tasks_are_met_only_by_doing_them(kind):
    everything = CustomerFacts(
        sales=(Sale(1, date(2026, 3, 2)), Sale(2, date(2026, 3, 9), renewal=True)),
        survey_days=(date(2026, 3, 9),), testimonial_days=(date(2026, 3, 9),),
        referral_days=(date(2026, 3, 9),), contacts=(datetime(2026, 3, 9, tzinfo=UTC),))
    assert meeting_for(_open(kind), everything) is None

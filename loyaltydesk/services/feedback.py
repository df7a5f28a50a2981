"""Satisfaction surveys, referrals and testimonials: loyalty beyond the purchase."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from loyaltydesk.clock import now
from loyaltydesk.domain.cadences import Trigger
from loyaltydesk.domain.ladder import Stage, StageMove, stage_after_survey
from loyaltydesk.domain.metrics import is_detractor, is_promoter
from loyaltydesk.services.cadences import run_trigger
from loyaltydesk.services.customers import record_move
from loyaltydesk.services.events import Change
from loyaltydesk.services.followups import complete_followup
from loyaltydesk.services.goals import close_met_goals
from loyaltydesk.services.unit_of_work import touched, unit_of_work
from loyaltydesk.services.words import tr
from loyaltydesk.store.models import Customer, Referral, Survey, Testimonial


class FeedbackError(ValueError):
    """Feedback that cannot be recorded as given."""


class ReferralStatus(StrEnum):
    SUGGESTED = "suggested"
    CONTACTED = "contacted"
    WON = "won"
    LOST = "lost"


class TestimonialKind(StrEnum):
    TESTIMONIAL = "testimonial"
    REVIEW = "review"
    CASE_STUDY = "case_study"
    VIDEO = "video"
    SOCIAL = "social"


@dataclass(frozen=True)
class SurveyOutcome:
    survey_id: int
    stage_move: StageMove | None
    followup_ids: list[int]


def record_survey(customer_id: int, score: int, eleven: str = "", comment: str = "",
                  at: datetime | None = None, followup_id: int | None = None) -> SurveyOutcome:
    """A rating out of 10 and what would make it 11: may confirm value, starts asks or recovery."""
    if not 0 <= score <= 10:
        raise FeedbackError(tr("A satisfaction score is from 0 to 10"))
    with unit_of_work():
        survey = Survey.create(customer=customer_id, score=score, eleven=eleven.strip(),
                               comment=comment.strip(), surveyed_at=at or now(),
                               followup=followup_id)
        move = stage_after_survey(Stage(Customer.get_by_id(customer_id).stage), score)
        if move is not None:
            record_move(customer_id, move)
        start = (at or now()).date()
        created: list[int] = []
        if is_promoter(score):
            created = run_trigger(customer_id, Trigger.PROMOTER, start)
        elif is_detractor(score):
            created = run_trigger(customer_id, Trigger.DETRACTOR, start)
        if followup_id is not None:
            complete_followup(followup_id, f"Scored {score}/10")
        close_met_goals([customer_id])
        touched(customer_id, Change.TIMELINE, Change.CUSTOMERS, Change.FOLLOWUPS)
    return SurveyOutcome(survey.id, move, created)


def add_referral(referrer_id: int, referred_id: int | None = None, referred_name: str = "",
                 status: ReferralStatus = ReferralStatus.SUGGESTED, reward: str = "",
                 on: date | None = None) -> int:
    if referred_id is None and not referred_name.strip():
        raise FeedbackError(tr("Say who was referred"))
    if referred_id == referrer_id:
        raise FeedbackError(tr("A customer cannot refer themselves"))
    with unit_of_work():
        row = Referral.create(referrer=referrer_id, referred=referred_id,
                              referred_name=referred_name.strip(), status=status.value,
                              reward=reward.strip(), referred_on=on or now().date())
        if referred_id is not None:
            Customer.update(referred_by=referrer_id).where(
                (Customer.id == referred_id) & Customer.referred_by.is_null()).execute()
        touched(referrer_id, Change.TIMELINE, figures=False)
        _close_goals_met(referrer_id)
    return row.id


def set_referral_status(referral_id: int, status: ReferralStatus, reward: str = "") -> None:
    with unit_of_work():
        row = Referral.get_by_id(referral_id)
        row.status, row.reward = status.value, reward.strip() or row.reward
        row.save()
        touched(row.referrer_id, Change.TIMELINE, figures=False)


def add_testimonial(customer_id: int, text: str,
                    kind: TestimonialKind = TestimonialKind.TESTIMONIAL,
                    may_publish: bool = False, on: date | None = None) -> int:
    if not text.strip():
        raise FeedbackError(tr("A testimonial needs its words"))
    with unit_of_work():
        row = Testimonial.create(customer=customer_id, text=text.strip(), kind=kind.value,
                                 may_publish=may_publish, given_on=on or now().date())
        touched(customer_id, Change.TIMELINE, figures=False)
        _close_goals_met(customer_id)
    return row.id


def _close_goals_met(customer_id: int) -> None:
    """Close what this feedback met (an ask for a testimonial or a referral)."""
    if close_met_goals([customer_id]):
        touched(customer_id, Change.FOLLOWUPS, Change.CUSTOMERS)

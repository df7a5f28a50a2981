"""Satisfaction surveys, referrals and testimonials: loyalty beyond the purchase."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from loyaltydesk.clock import now
from loyaltydesk.domain.cadences import Trigger
from loyaltydesk.domain.followups import Status
from loyaltydesk.domain.goals import Goal
from loyaltydesk.domain.ladder import Stage, StageMove, stage_after_survey
from loyaltydesk.domain.metrics import is_detractor, is_promoter
from loyaltydesk.services.batches import rounds
from loyaltydesk.services.cadences import TriggerRun, run_triggers
from loyaltydesk.services.customers import record_moves
from loyaltydesk.services.events import Change
from loyaltydesk.services.followups import close_followups
from loyaltydesk.services.goals import close_met_goals
from loyaltydesk.services.unit_of_work import touched, unit_of_work
from loyaltydesk.services.words import tr
from loyaltydesk.store.bulk import insert_rows
from loyaltydesk.store.database import db
from loyaltydesk.store.models import Referral, Survey, Testimonial


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


@dataclass(frozen=True)
class SurveyAnswer:
    """A rating out of 10 and what would make it 11, with the follow-up that asked."""

    customer_id: int
    score: int
    eleven: str = ""
    comment: str = ""
    at: datetime | None = None
    followup_id: int | None = None


def record_survey(customer_id: int, score: int, eleven: str = "", comment: str = "",
                  at: datetime | None = None, followup_id: int | None = None) -> SurveyOutcome:
    """A rating out of 10 and what would make it 11: may confirm value, starts asks or recovery."""
    return record_surveys([SurveyAnswer(customer_id, score, eleven, comment, at,
                                        followup_id)])[0]


def record_surveys(answers: Sequence[SurveyAnswer]) -> list[SurveyOutcome]:
    """Record answers, all or none, each as if entered alone and in the order given."""
    for answer in answers:
        if not 0 <= answer.score <= 10:
            raise FeedbackError(tr("A satisfaction score is from 0 to 10"))
    outcomes: dict[int, SurveyOutcome] = {}
    with unit_of_work():
        for batch in rounds(list(enumerate(answers)), lambda a: a[1].customer_id):
            made = _survey_round([a for _, a in batch])
            outcomes.update((index, o) for (index, _), o in zip(batch, made, strict=True))
    return [outcomes[index] for index in range(len(answers))]


def _survey_round(answers: list[SurveyAnswer]) -> list[SurveyOutcome]:
    """Answers of different customers."""
    moment = now()
    ids = insert_rows(Survey, [{
        "customer": a.customer_id, "score": a.score, "eleven": a.eleven.strip(),
        "comment": a.comment.strip(), "surveyed_at": a.at or moment, "followup": a.followup_id}
        for a in answers])
    customers = [a.customer_id for a in answers]
    stages = dict(db.execute_sql(
        f"SELECT id, stage FROM customer WHERE id IN ({','.join('?' * len(customers))})",
        customers).fetchall())
    moves = [stage_after_survey(Stage(stages[a.customer_id]), a.score) for a in answers]
    record_moves([(a.customer_id, m) for a, m in zip(answers, moves, strict=True) if m])
    runs = [(index, TriggerRun(a.customer_id, trigger, (a.at or moment).date()))
            for index, a in enumerate(answers)
            for trigger in _triggers_of(a.score)]
    created: list[list[int]] = [[] for _ in answers]
    for (index, _), made in zip(runs, run_triggers([r for _, r in runs]), strict=True):
        created[index] += made
    close_followups([(a.followup_id, Status.DONE, f"Scored {a.score}/10")
                     for a in answers if a.followup_id is not None])
    close_met_goals(customers, (Goal.SATISFACTION,))
    touched(customers if len(customers) > 1 else customers[0], Change.TIMELINE,
            Change.CUSTOMERS, Change.FOLLOWUPS)
    return [SurveyOutcome(i, m, c) for i, m, c in zip(ids, moves, created, strict=True)]


def _triggers_of(score: int) -> tuple[Trigger, ...]:
    if is_promoter(score):
        return (Trigger.PROMOTER,)
    if is_detractor(score):
        return (Trigger.DETRACTOR,)
    return ()


@dataclass(frozen=True)
class ReferralEntry:
    referrer_id: int
    referred_id: int | None = None
    referred_name: str = ""
    status: ReferralStatus = ReferralStatus.SUGGESTED
    reward: str = ""
    on: date | None = None


def add_referral(referrer_id: int, referred_id: int | None = None, referred_name: str = "",
                 status: ReferralStatus = ReferralStatus.SUGGESTED, reward: str = "",
                 on: date | None = None) -> int:
    return add_referrals([ReferralEntry(referrer_id, referred_id, referred_name, status,
                                        reward, on)])[0]


def add_referrals(entries: Sequence[ReferralEntry]) -> list[int]:
    """Record referrals, all or none; the referred customer, when known, is marked as
    brought in by the referrer (unless someone already was)."""
    for e in entries:
        if e.referred_id is None and not e.referred_name.strip():
            raise FeedbackError(tr("Say who was referred"))
        if e.referred_id == e.referrer_id:
            raise FeedbackError(tr("A customer cannot refer themselves"))
    if not entries:
        return []
    with unit_of_work():
        today = now().date()
        ids = insert_rows(Referral, [{
            "referrer": e.referrer_id, "referred": e.referred_id,
            "referred_name": e.referred_name.strip(), "status": e.status.value,
            "reward": e.reward.strip(), "referred_on": e.on or today} for e in entries])
        db.cursor().executemany(
            "UPDATE customer SET referred_by_id = ? WHERE id = ? AND referred_by_id IS NULL",
            [(e.referrer_id, e.referred_id) for e in entries if e.referred_id is not None])
        referrers = list(dict.fromkeys(e.referrer_id for e in entries))
        touched(referrers if len(referrers) > 1 else referrers[0], Change.TIMELINE,
                figures=False)
        _close_goals_met(referrers, Goal.REFERRAL)
    return ids


def set_referral_status(referral_id: int, status: ReferralStatus, reward: str = "") -> None:
    with unit_of_work():
        row = Referral.get_by_id(referral_id)
        row.status, row.reward = status.value, reward.strip() or row.reward
        row.save()
        touched(row.referrer_id, Change.TIMELINE, figures=False)


@dataclass(frozen=True)
class TestimonialEntry:
    customer_id: int
    text: str
    kind: TestimonialKind = TestimonialKind.TESTIMONIAL
    may_publish: bool = False
    on: date | None = None


def add_testimonial(customer_id: int, text: str,
                    kind: TestimonialKind = TestimonialKind.TESTIMONIAL,
                    may_publish: bool = False, on: date | None = None) -> int:
    return add_testimonials([TestimonialEntry(customer_id, text, kind, may_publish, on)])[0]


def add_testimonials(entries: Sequence[TestimonialEntry]) -> list[int]:
    if any(not e.text.strip() for e in entries):
        raise FeedbackError(tr("A testimonial needs its words"))
    if not entries:
        return []
    with unit_of_work():
        today = now().date()
        ids = insert_rows(Testimonial, [{
            "customer": e.customer_id, "text": e.text.strip(), "kind": e.kind.value,
            "may_publish": e.may_publish, "given_on": e.on or today} for e in entries])
        customers = list(dict.fromkeys(e.customer_id for e in entries))
        touched(customers if len(customers) > 1 else customers[0], Change.TIMELINE,
                figures=False)
        _close_goals_met(customers, Goal.TESTIMONIAL)
    return ids


def _close_goals_met(customer_ids: list[int], goal: Goal) -> None:
    """Close what this feedback met (an ask for a testimonial or a referral)."""
    closed = close_met_goals(customer_ids, (goal,))
    if closed:
        met = sorted({m.customer_id for m in closed})
        touched(met if len(met) > 1 else met[0], Change.FOLLOWUPS, Change.CUSTOMERS)

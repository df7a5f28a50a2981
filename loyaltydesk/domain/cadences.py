"""Cadences: the playbooks that turn a sale, a survey or a renewal into dated follow-ups."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum


class Trigger(StrEnum):
    """What starts a cadence for a customer."""

    PURCHASE = "purchase"  # every recorded purchase
    FIRST_PURCHASE = "first_purchase"  # only the customer's first purchase
    PROMOTER = "promoter"  # a satisfaction score of 9 or 10
    DETRACTOR = "detractor"  # a satisfaction score of 0 to 6
    CONTRACT_END = "contract_end"  # a purchase with a contract end date; offsets count back
    MANUAL = "manual"  # started by hand from the customer page
    BIRTHDAY = "birthday"  # the customer's next birthday; offsets count from it


class FollowUpKind(StrEnum):
    CHECK = "check"  # post-sale satisfaction check
    TOUCH = "touch"  # a value-creating point of contact
    SURVEY = "survey"  # rating out of 10 and the 11/10 question
    SECOND_ORDER = "second_order"  # ask for the next order
    TESTIMONIAL = "testimonial"
    REFERRAL = "referral"
    RENEWAL = "renewal"
    RECOVERY = "recovery"  # a detractor's follow-up
    KEEP_IN_TOUCH = "keep_in_touch"  # made by the relationship rhythm
    TASK = "task"  # anything else


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    MEETING = "meeting"
    VISIT = "visit"
    MESSAGE = "message"


# How long a follow-up is planned to take, by how it is done: the week draws it that long, and
# calendars (the .ics export, phone sync) get it as the event's length or the to-do's time.
PLANNED_MINUTES: dict[Channel, int] = {
    Channel.PHONE: 30, Channel.EMAIL: 30, Channel.MESSAGE: 30, Channel.MEETING: 60,
    Channel.VISIT: 90,
}


def planned_length(channel: str) -> timedelta:
    """The time a follow-up done this way is planned to take (half an hour when unknown)."""
    try:
        return timedelta(minutes=PLANNED_MINUTES[Channel(channel)])
    except ValueError:
        return timedelta(minutes=30)


class OffsetUnit(StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


ELEVEN_QUESTION = (
    "How satisfied are you, out of 10? If we could give you 11 out of 10, "
    "what would we have to do that we are not doing right now?"
)

# Follow-ups are placed at this local time of day unless a step says otherwise.
DEFAULT_DUE_TIME = time(9, 30)


@dataclass(frozen=True)
class StepPlan:
    offset: int
    unit: OffsetUnit
    kind: FollowUpKind
    channel: Channel
    title: str
    script: str = ""


@dataclass(frozen=True)
class CadencePlan:
    key: str
    name: str
    trigger: Trigger
    description: str
    steps: tuple[StepPlan, ...] = field(default_factory=tuple)
    active: bool = True  # how a new book starts with it


def add_offset(start: date, offset: int, unit: OffsetUnit) -> date:
    """The day `offset` units after `start` (before it when negative); months keep the day."""
    if unit is OffsetUnit.DAYS:
        return start + timedelta(days=offset)
    if unit is OffsetUnit.WEEKS:
        return start + timedelta(weeks=offset)
    month_index = start.month - 1 + offset
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def to_working_day(day: date, *, backwards: bool = False) -> date:
    """Saturday and Sunday move to the next Monday, or the Friday before when going back."""
    step = -1 if backwards else 1
    while day.weekday() >= 5:
        day += timedelta(days=step)
    return day


def due_moment(start: date, step: StepPlan, tz: tzinfo, at: time = DEFAULT_DUE_TIME,
               *, keep_ahead: bool = False) -> datetime:
    """When a step falls due: on a working day, at the usual hour, in the user's timezone.

    A weekend moves to the Monday after, or to the Friday before for steps that must not be
    late (before a date, or `keep_ahead`: birthday wishes are not sent two days late).
    """
    day = to_working_day(add_offset(start, step.offset, step.unit),
                         backwards=step.offset < 0 or keep_ahead)
    return datetime.combine(day, at, tzinfo=tz)


def describe_offset(offset: int, unit: OffsetUnit) -> str:
    """'D+7', 'D+1 month', '90 days before'."""
    if offset < 0:
        return f"{-offset} {unit.value if -offset != 1 else unit.value[:-1]} before"
    if unit is OffsetUnit.DAYS:
        return f"D+{offset}"
    name = unit.value if offset != 1 else unit.value[:-1]
    return f"D+{offset} {name}"


def _s(offset: int, unit: OffsetUnit, kind: FollowUpKind, channel: Channel, title: str,
       script: str = "") -> StepPlan:
    return StepPlan(offset, unit, kind, channel, title, script)


D, W, M = OffsetUnit.DAYS, OffsetUnit.WEEKS, OffsetUnit.MONTHS

BUILT_IN_CADENCES: tuple[CadencePlan, ...] = (
    CadencePlan(
        "post_sale_check", "Post-sale check", Trigger.PURCHASE,
        "A systematic satisfaction check right after every sale, before small hiccups grow.",
        (
            _s(1, D, FollowUpKind.CHECK, Channel.PHONE, "Check the delivery went well",
               "Did everything arrive as promised? Any hiccup we should deal with now?"),
            _s(7, D, FollowUpKind.CHECK, Channel.EMAIL, "One week on: how is it going?",
               "How are things progressing? Is it delivering the value we talked about?"),
        ),
    ),
    CadencePlan(
        "after_sale_touches", "Stay in touch after the sale", Trigger.PURCHASE,
        "Further points of contact, because needs change: D+1 month, D+3 months, D+6 months.",
        (
            _s(1, M, FollowUpKind.TOUCH, Channel.PHONE, "One month on: results so far",
               "What are the results to date? What are the new needs?"),
            _s(3, M, FollowUpKind.TOUCH, Channel.EMAIL, "Three months on: share something useful",
               "Send an insight or industry news that helps them; ask what has changed."),
            _s(6, M, FollowUpKind.TOUCH, Channel.MEETING, "Six months on: review together",
               "Review results, what could be done differently, and what comes next."),
        ),
    ),
    CadencePlan(
        "satisfaction_survey", "Satisfaction survey", Trigger.PURCHASE,
        "Ask for a rating out of 10 and what would make it 11 out of 10.",
        (_s(14, D, FollowUpKind.SURVEY, Channel.PHONE, "Satisfaction: what would make it 11/10?",
            ELEVEN_QUESTION),),
    ),
    CadencePlan(
        "second_order", "Ask for the second order", Trigger.FIRST_PURCHASE,
        "The first sale can be a fluke; loyalty starts after the second one. Ask for it.",
        (_s(5, W, FollowUpKind.SECOND_ORDER, Channel.PHONE, "Ask for the second order",
            "Now the value is confirmed, what would the next order look like? Offer a reason "
            "to come back: a refill, a complement, a volume step."),),
    ),
    CadencePlan(
        "promoter_asks", "Promoter: testimonial and referral", Trigger.PROMOTER,
        "A happy customer is asked for a testimonial, then for a referral.",
        (
            _s(2, D, FollowUpKind.TESTIMONIAL, Channel.EMAIL, "Ask for a testimonial or review",
               "Would you share a few words about your experience? A review, a quote, a story."),
            _s(3, W, FollowUpKind.REFERRAL, Channel.PHONE, "Ask for a referral",
               "Who else do you know who would benefit the way you have?"),
        ),
    ),
    CadencePlan(
        "detractor_recovery", "Detractor recovery", Trigger.DETRACTOR,
        "A low score gets a call quickly: listen, take notes, fix what can be fixed.",
        (_s(1, D, FollowUpKind.RECOVERY, Channel.PHONE, "Call back about the low score",
            "Listen first. What went wrong? What would it take to make it right?"),),
    ),
    CadencePlan(
        "renewal", "Renewal, worked ahead of time", Trigger.CONTRACT_END,
        "Renewals are not passive income: touches with value 90, 60 and 30 days before the end.",
        (
            _s(-90, D, FollowUpKind.RENEWAL, Channel.MEETING, "Renewal in 90 days: review value",
               "Review the value delivered this term and the trigger events ahead of them."),
            _s(-60, D, FollowUpKind.RENEWAL, Channel.EMAIL, "Renewal in 60 days: bring an idea",
               "Bring industry information or an idea that helps their strategy."),
            _s(-30, D, FollowUpKind.RENEWAL, Channel.PHONE, "Renewal in 30 days: agree next term",
               "Agree the next term on the value created, not on last year's contract."),
        ),
    ),
    CadencePlan(
        "birthday", "Birthday wishes", Trigger.BIRTHDAY,
        "A personal word on the customer's birthday: a classic loyalty gesture. Off until "
        "you turn it on.",
        (_s(0, D, FollowUpKind.TOUCH, Channel.MESSAGE, "Wish a happy birthday",
            "A short, personal message; no sales pitch today."),),
        active=False,
    ),
)


def built_in(key: str) -> CadencePlan:
    for plan in BUILT_IN_CADENCES:
        if plan.key == key:
            return plan
    raise KeyError(key)


# A purchase entered late (or imported from an order history) still gets its upcoming care,
# but not a pile of reminders that would have fallen due long ago.
STALE_AFTER = timedelta(days=7)


def steps_to_schedule(moments: list[datetime], now: datetime, *,
                      keep_last: bool = False) -> list[int]:
    """Indexes of the steps worth scheduling, given each step's due moment."""
    fresh = [i for i, m in enumerate(moments) if m >= now - STALE_AFTER]
    if not fresh and keep_last and moments:
        return [len(moments) - 1]
    return fresh

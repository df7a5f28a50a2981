"""The demo's account manager: turns the story's days into service input, works through the
follow-ups that fall due, a little late now and then, and plans a next step at the end."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, tzinfo

from loyaltydesk.domain.cadences import Channel, FollowUpKind
from loyaltydesk.domain.followups import Status, working_day_due
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.records import IncomingContact
from loyaltydesk.services import followups
from loyaltydesk.services.demo_story import Person, Story
from loyaltydesk.services.feedback import (
    ReferralEntry,
    ReferralStatus,
    SurveyAnswer,
    TestimonialEntry,
)
from loyaltydesk.services.interactions import InteractionInput, InteractionKind
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import moment_text, parse_moment

# What the manager notes on a follow-up done, by kind.
DONE_NOTES = {
    FollowUpKind.CHECK: "All fine", FollowUpKind.TOUCH: "Shared some news; they liked it",
    FollowUpKind.SURVEY: "Survey sent", FollowUpKind.SECOND_ORDER: "Asked; they will think "
    "about it", FollowUpKind.TESTIMONIAL: "Asked; they will write a few words",
    FollowUpKind.REFERRAL: "Asked; they will think of someone",
    FollowUpKind.RENEWAL: "Talked about the next term",
    FollowUpKind.RECOVERY: "Listened, and sorted out what went wrong",
    FollowUpKind.KEEP_IN_TOUCH: "Caught up", FollowUpKind.TASK: "Done",
}
UNREACHED = "Could not reach them"
# Days it takes to get to a follow-up: mostly on the day, sometimes a few days late.
# A few are left for weeks: overdue work is spread over the last weeks, not only yesterday's.
LATENESS = ((0, 0.7), (1, 0.1), (2, 0.06), (3, 0.04), (4, 0.02), (6, 0.02), (8, 0.015),
            (11, 0.015), (14, 0.012), (19, 0.008), (25, 0.006), (32, 0.004))
# Of the customers with nothing planned at the end, how many get a next step by hand.
PLANNED_SHARE = {Stage.SUSPECT: 0.2, Stage.PROSPECT: 0.7}  # from first purchase up: 0.7
EARLY_TASKS = ("Send the proposal", "Invite to the spring open day", "Share a customer story")
LATER_TASKS = ("Plan the next order together", "Invite to the customer day",
               "Share what is new this season")
TESTIMONIAL = "They listen, and they come back after the sale."


class Desk:
    def __init__(self, story: Story, tz: tzinfo, seed: int) -> None:
        self.story, self.tz = story, tz
        self.rng = random.Random(seed * 7919 + 1)
        self.ids: dict[int, int] = {}  # story number -> customer id
        self.people: dict[int, Person] = {}  # customer id -> person
        self.lateness: dict[int, int] = {}  # follow-up id -> days it will be late
        self.first_id: int | None = None  # customers from this id on are this desk's

    # -- the story's input, as the services take it ----------------------------------------

    def incoming(self, person: Person) -> IncomingContact:
        return IncomingContact(person.details, f"customer {person.number}")

    def known(self, people: list[Person], customer_ids: list[int]) -> None:
        for person, cid in zip(people, customer_ids, strict=True):
            self.ids[person.number], self.people[cid] = cid, person
        self.first_id = min(self.first_id or customer_ids[0], *customer_ids)

    def _at(self, day: date, hour: int) -> datetime:
        return datetime.combine(day, time(hour, self.rng.randrange(0, 60, 5)), self.tz)

    def answer(self, day: date, number: int, score: int, eleven: str,
               hour: int) -> SurveyAnswer:
        return SurveyAnswer(self.ids[number], score, eleven, at=self._at(day, hour))

    def testimonial(self, day: date, number: int) -> TestimonialEntry:
        return TestimonialEntry(self.ids[number], TESTIMONIAL,
                                may_publish=self.rng.random() < 0.6, on=day)

    def referral(self, day: date, referrer: int, referred: int, status: str,
                 reward: str) -> ReferralEntry:
        return ReferralEntry(self.ids[referrer], self.ids[referred], "",
                             ReferralStatus(status), reward, day)

    def contact(self, day: date, number: int, kind: str, summary: str, hour: int,
                effort: int) -> tuple[int, InteractionInput, None]:
        return (self.ids[number], InteractionInput(InteractionKind(kind), summary,
                                                   self._at(day, hour), "", effort), None)

    # -- the manager's own work -----------------------------------------------------------

    def work_through(self, day: date) -> None:
        """Do (or, for a customer out of reach, skip) the follow-ups due by the end of the
        day that the manager gets to today."""
        end = moment_text(datetime.combine(day + timedelta(days=1), time(0), self.tz))
        outcomes = []
        if self.first_id is None:
            return
        for fid, cid, kind, remind in db.execute_sql(
                "SELECT id, customer_id, kind, remind_at FROM follow_up WHERE status = 'open' "
                "AND deleted_at IS NULL AND remind_at < ? AND +customer_id >= ?",
                [end, self.first_id]):
            late = self.lateness.get(fid)
            if late is None:
                late = self.lateness[fid] = self.rng.choices(
                    [d for d, _ in LATENESS], [w for _, w in LATENESS])[0]
            if parse_moment(remind).astimezone(self.tz).date() + timedelta(days=late) > day:
                continue
            del self.lateness[fid]
            person = self.people[cid]
            if person.in_touch or day <= person.last_contact:
                outcomes.append((fid, Status.DONE, DONE_NOTES[FollowUpKind(kind)]))
            else:
                outcomes.append((fid, Status.SKIPPED, UNREACHED))
        followups.close_followups(outcomes)

    def plan_next_steps(self) -> None:
        """Most of the desk's customers with nothing planned get a next step, due over the
        coming weeks."""
        mine = sorted(self.people)
        if not mine:
            return
        span = [mine[0], mine[-1]]
        planned = {cid for (cid,) in db.execute_sql(
            "SELECT DISTINCT customer_id FROM follow_up WHERE status = 'open' "
            "AND deleted_at IS NULL AND customer_id BETWEEN ? AND ?", span)}
        plans = []
        today = self.story.today
        for cid, stage in db.execute_sql(
                "SELECT id, stage FROM customer WHERE id BETWEEN ? AND ? ORDER BY id", span):
            stage = Stage(stage)
            if cid in planned or self.rng.random() >= PLANNED_SHARE.get(stage, 0.7):
                continue
            early = stage.rank < Stage.FIRST_PURCHASE.rank
            due = working_day_due(today + timedelta(days=self.rng.randint(1, 45)), self.tz)
            plans.append(followups.PlannedFollowUp(
                cid, due, self.rng.choice(EARLY_TASKS if early else LATER_TASKS),
                FollowUpKind.TASK if early else FollowUpKind.TOUCH,
                Channel.PHONE if early else Channel.MEETING))
        followups.schedule_followups(plans)

"""The tables: customers, their stage timeline, contacts, purchases, follow-ups and feedback."""

from __future__ import annotations

import uuid

import peewee as pw

from loyaltydesk.clock import now
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import DayField, MomentField, UuidField


def new_uuid() -> str:
    return uuid.uuid4().hex


class BaseModel(pw.Model):
    """Every row: a stable id for a later sync, created and updated moments."""

    # The key peewee adds by itself, written out so a type checker knows it.
    id = pw.AutoField()
    uuid = UuidField(unique=True, default=new_uuid)
    created_at = MomentField(default=now)
    updated_at = MomentField(default=now)

    class Meta:
        database = db
        legacy_table_names = False

    def save(self, *args, **kwargs):
        self.updated_at = now()
        return super().save(*args, **kwargs)


class TrashableModel(BaseModel):
    """Rows the user can delete: they go to the trash (deleted_at set) and can come back."""

    deleted_at = MomentField(null=True, index=True)


class Customer(TrashableModel):
    name = pw.CharField(default="")
    company = pw.CharField(default="")
    email = pw.CharField(default="", index=True)
    phone = pw.CharField(default="")
    street = pw.CharField(default="")
    postal_code = pw.CharField(default="")
    city = pw.CharField(default="", index=True)
    country = pw.CharField(default="")
    website = pw.CharField(default="")
    owner = pw.CharField(default="", index=True)
    notes = pw.TextField(default="")
    # What a contact file said beyond the details (see domain.personal): ISO day texts,
    # "--MM-DD" without a year, and the structured vCard name.
    birthday = pw.CharField(default="")
    anniversary = pw.CharField(default="")
    name_parts = pw.CharField(default="")
    referred_by = pw.ForeignKeyField("self", null=True, backref="referred", on_delete="SET NULL")
    referred_by_id: int | None  # peewee's accessor for the key's raw value (typing only)
    # Current rung, kept equal to the newest StageChange by the services.
    stage = pw.CharField(default="suspect", index=True)
    stage_since = MomentField(default=now)
    # Keep-in-touch rhythm overrides in days; None falls back to tag, then stage defaults.
    ideal_gap_days = pw.IntegerField(null=True)
    max_gap_days = pw.IntegerField(null=True)
    # Figures kept up to date by services.figures on every write, so the list sorts and
    # filters 100,000 customers with an index instead of aggregating on each keystroke.
    last_contact_at = MomentField(null=True, index=True)
    next_followup_at = MomentField(null=True, index=True)
    purchase_count = pw.IntegerField(default=0, index=True)
    first_purchase_on = DayField(null=True)
    last_purchase_on = DayField(null=True)
    ltv_cents = pw.IntegerField(default=0, index=True)  # last three years, as of ltv_as_of
    ltv_as_of = DayField(null=True)
    last_score = pw.IntegerField(null=True, index=True)
    # First local day the customer is past the ideal / the maximum keep-in-touch gap.
    amber_on = DayField(null=True, index=True)
    red_on = DayField(null=True, index=True)
    # In a team's book, the server role that alone sees this customer; None: the whole team.
    private_to = pw.CharField(null=True)


class Tag(BaseModel):
    """A value or interest shared with the business; may carry a keep-in-touch rhythm."""

    name = pw.CharField(unique=True)
    ideal_gap_days = pw.IntegerField(null=True)
    max_gap_days = pw.IntegerField(null=True)


class CustomerTag(pw.Model):
    customer = pw.ForeignKeyField(Customer, backref="tag_links", on_delete="CASCADE")
    tag = pw.ForeignKeyField(Tag, backref="customer_links", on_delete="CASCADE")

    class Meta:
        database = db
        legacy_table_names = False
        primary_key = pw.CompositeKey("customer", "tag")
        indexes = ((("tag", "customer"), False),)


class ContactSource(pw.Model):
    """A contact's own id in an address book we imported from (vCard UID, a CSV id)."""

    customer = pw.ForeignKeyField(Customer, backref="sources", on_delete="CASCADE")
    source_key = pw.CharField(unique=True)

    class Meta:
        database = db
        legacy_table_names = False


class StageChange(BaseModel):
    """One move on the ladder: the customer's stage timeline is the list of these."""

    customer = pw.ForeignKeyField(Customer, backref="stage_changes", on_delete="CASCADE")
    from_stage = pw.CharField(null=True)
    to_stage = pw.CharField()
    changed_at = MomentField(default=now)
    reason = pw.TextField(default="")
    automatic = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("customer", "changed_at"), False), (("to_stage", "changed_at"), False))


class Purchase(TrashableModel):
    customer = pw.ForeignKeyField(Customer, backref="purchases", on_delete="CASCADE")
    customer_id: int
    purchased_on = DayField()
    amount_cents = pw.IntegerField()
    currency = pw.CharField(max_length=3, default="EUR")
    description = pw.TextField(default="")
    is_renewal = pw.BooleanField(default=False)
    contract_end_on = DayField(null=True, index=True)

    class Meta:
        indexes = ((("customer", "purchased_on"), False),)


class Cadence(BaseModel):
    name = pw.CharField()
    description = pw.TextField(default="")
    trigger = pw.CharField(index=True)
    active = pw.BooleanField(default=True)
    builtin_key = pw.CharField(null=True, unique=True)
    position = pw.IntegerField(default=0)
    steps: pw.ModelSelect[CadenceStep]  # the backref CadenceStep.cadence makes (typing only)


class CadenceStep(BaseModel):
    cadence = pw.ForeignKeyField(Cadence, backref="steps", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    offset = pw.IntegerField()
    unit = pw.CharField(default="days")
    kind = pw.CharField()
    channel = pw.CharField()
    title = pw.CharField()
    script = pw.TextField(default="")


class FollowUp(TrashableModel):
    customer = pw.ForeignKeyField(Customer, backref="followups", on_delete="CASCADE")
    customer_id: int
    due_at = MomentField()
    kind = pw.CharField(default="task")
    channel = pw.CharField(default="phone")
    title = pw.CharField()
    script = pw.TextField(default="")
    status = pw.CharField(default="open")
    snoozed_until = MomentField(null=True)
    # snoozed_until, else due_at: the one column the reminder tick's index reads.
    remind_at = MomentField()
    # When the reminder was raised for the current remind_at; cleared by snooze/reschedule,
    # so each due time is raised once and survives restarts.
    notified_at = MomentField(null=True)
    completed_at = MomentField(null=True)
    outcome = pw.TextField(default="")  # skip reason or completion note
    cadence_step = pw.ForeignKeyField(CadenceStep, null=True, backref="followups",
                                      on_delete="SET NULL")
    purchase = pw.ForeignKeyField(Purchase, null=True, backref="followups", on_delete="SET NULL")

    class Meta:
        indexes = ((("customer", "status", "remind_at"), False), (("status", "remind_at"), False))


class FollowUpEvent(BaseModel):
    """What happened to a follow-up and when: raised, snoozed, moved, done, skipped."""

    followup = pw.ForeignKeyField(FollowUp, backref="events", on_delete="CASCADE")
    action = pw.CharField()
    at = MomentField(default=now)
    detail = pw.TextField(default="")

    class Meta:
        indexes = ((("followup", "at"), False),)


class Interaction(TrashableModel):
    customer = pw.ForeignKeyField(Customer, backref="interactions", on_delete="CASCADE")
    customer_id: int
    kind = pw.CharField(default="call")
    occurred_at = MomentField(default=now)
    summary = pw.CharField(default="")
    notes = pw.TextField(default="")
    effort_minutes = pw.IntegerField(default=0)
    followup = pw.ForeignKeyField(FollowUp, null=True, backref="interactions",
                                  on_delete="SET NULL")

    class Meta:
        indexes = ((("customer", "occurred_at"), False),)


class Survey(TrashableModel):
    customer = pw.ForeignKeyField(Customer, backref="surveys", on_delete="CASCADE")
    surveyed_at = MomentField(default=now)
    score = pw.IntegerField(constraints=[pw.Check("score BETWEEN 0 AND 10")])
    eleven = pw.TextField(default="")  # "what would make it 11 out of 10?"
    comment = pw.TextField(default="")
    followup = pw.ForeignKeyField(FollowUp, null=True, on_delete="SET NULL")

    class Meta:
        indexes = ((("customer", "surveyed_at"), False), (("surveyed_at",), False))


class Referral(TrashableModel):
    referrer = pw.ForeignKeyField(Customer, backref="referrals_made", on_delete="CASCADE")
    referred = pw.ForeignKeyField(Customer, null=True, backref="referrals_received",
                                  on_delete="SET NULL")
    referrer_id: int
    referred_id: int | None
    referred_name = pw.CharField(default="")
    status = pw.CharField(default="suggested")  # suggested, contacted, won, lost
    reward = pw.CharField(default="")
    referred_on = DayField()


class Testimonial(TrashableModel):
    customer = pw.ForeignKeyField(Customer, backref="testimonials", on_delete="CASCADE")
    given_on = DayField()
    kind = pw.CharField(default="testimonial")  # testimonial, review, case_study, video, social
    text = pw.TextField(default="")
    may_publish = pw.BooleanField(default=False)


class StageRhythm(pw.Model):
    """Default keep-in-touch gaps (days) for customers on a rung of the ladder."""

    stage = pw.CharField(primary_key=True)
    ideal_gap_days = pw.IntegerField()
    max_gap_days = pw.IntegerField()

    class Meta:
        database = db
        legacy_table_names = False


class Setting(pw.Model):
    key = pw.CharField(primary_key=True)
    value = pw.TextField()

    class Meta:
        database = db
        legacy_table_names = False


ALL_MODELS: tuple[type[pw.Model], ...] = (
    Customer, Tag, CustomerTag, StageChange, Purchase, Cadence, CadenceStep, FollowUp,
    FollowUpEvent, Interaction, Survey, Referral, Testimonial, StageRhythm, Setting,
    ContactSource,
)

TRASHABLE: tuple[type[TrashableModel], ...] = (
    Customer, Purchase, FollowUp, Interaction, Survey, Referral, Testimonial,
)

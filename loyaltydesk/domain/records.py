"""Plain records that cross the layers: a customer as read, a contact as read from a file."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.personal import KeptFields

# The stored text columns of a customer's details (tags live in their own table).
DETAIL_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ContactDetails) if f.name != "tags")
# What a file may say beyond the editable details, stored as text columns too.
KEPT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(KeptFields))


@dataclass(frozen=True)
class CustomerRecord:
    id: int
    uuid: str
    details: ContactDetails
    stage: Stage
    stage_since: datetime
    referred_by_id: int | None
    ideal_gap_days: int | None
    max_gap_days: int | None
    purchase_count: int
    first_purchase_on: date | None
    last_purchase_on: date | None
    ltv_cents: int
    last_contact_at: datetime | None
    next_followup_at: datetime | None
    last_score: int | None
    amber_on: date | None
    red_on: date | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    kept: KeptFields = field(default_factory=KeptFields)

    @property
    def display_name(self) -> str:
        return self.details.display_name()


@dataclass
class IncomingContact:
    """A contact read from a file, with where it was (for messages) and what was adjusted."""

    details: ContactDetails
    source: str  # "line 4", "card 2"
    warnings: list[str] = field(default_factory=list)
    source_id: str = ""  # the file's own id for the contact (vCard UID, a CSV id column)
    kept: KeptFields = field(default_factory=KeptFields)

"""Keep-in-touch rhythm: how long a customer may go without contact, by stage and by tag."""

from __future__ import annotations

from loyaltydesk.domain.ladder import Stage

# (ideal gap, maximum gap) in days: a loyal client is touched more often than a suspect.
DEFAULT_STAGE_RHYTHM: dict[Stage, tuple[int, int]] = {
    Stage.SUSPECT: (90, 180),
    Stage.PROSPECT: (21, 45),
    Stage.FIRST_PURCHASE: (14, 30),
    Stage.VALUE_CONFIRMED: (21, 45),
    Stage.LOYAL: (30, 60),
    Stage.CLIENT: (30, 60),
    Stage.PARTNER: (45, 90),
}

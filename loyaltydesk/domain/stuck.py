"""How long a customer may stay on one rung of the ladder before the board calls them stuck."""

from __future__ import annotations

from datetime import date

from loyaltydesk.domain.ladder import Stage

# Days on a rung after which a customer is stuck. A first purchase with no second order after
# 90 days is the case that matters most: loyalty only starts with the second sale. Clients and
# partners are where customers should stay, so they are never stuck.
STUCK_AFTER_DAYS: dict[Stage, int | None] = {
    Stage.SUSPECT: 180,
    Stage.PROSPECT: 60,
    Stage.FIRST_PURCHASE: 90,
    Stage.VALUE_CONFIRMED: 90,
    Stage.LOYAL: 365,
    Stage.CLIENT: None,
    Stage.PARTNER: None,
}


def days_on_rung(reached_on: date, today: date) -> int:
    """Whole days since the rung was reached (0 on the day itself, never negative)."""
    return max((today - reached_on).days, 0)


def is_stuck(stage: Stage, reached_on: date, today: date) -> bool:
    """Stuck once a customer has spent more than the rung's allowance on it."""
    limit = STUCK_AFTER_DAYS[stage]
    return limit is not None and days_on_rung(reached_on, today) > limit


def stuck_before(stage: Stage, today: date) -> date | None:
    """A customer who reached `stage` before this day is stuck today (None: never stuck)."""
    limit = STUCK_AFTER_DAYS[stage]
    if limit is None:
        return None
    return date.fromordinal(today.toordinal() - limit)

"""The stage ladder a customer climbs, and the rules that move them on it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Stage(StrEnum):
    SUSPECT = "suspect"
    PROSPECT = "prospect"
    FIRST_PURCHASE = "first_purchase"
    VALUE_CONFIRMED = "value_confirmed"
    LOYAL = "loyal"
    CLIENT = "client"
    PARTNER = "partner"

    @property
    def rank(self) -> int:
        return LADDER.index(self)

    @property
    def label(self) -> str:
        return STAGE_LABELS[self]


LADDER: tuple[Stage, ...] = tuple(Stage)

STAGE_LABELS: dict[Stage, str] = {
    Stage.SUSPECT: "Suspect",
    Stage.PROSPECT: "Prospect",
    Stage.FIRST_PURCHASE: "First purchase",
    Stage.VALUE_CONFIRMED: "Value confirmed",
    Stage.LOYAL: "Loyal",
    Stage.CLIENT: "Client",
    Stage.PARTNER: "Partner",
}

STAGE_MEANINGS: dict[Stage, str] = {
    Stage.SUSPECT: "Met, not yet interested",
    Stage.PROSPECT: "Value communicated, starting to believe it",
    Stage.FIRST_PURCHASE: "Bought once: could still be a fluke",
    Stage.VALUE_CONFIRMED: "Confirmed after the sale that the value was real",
    Stage.LOYAL: "Bought a second time: loyalty starts here",
    Stage.CLIENT: "Trusted, buys again without shopping around",
    Stage.PARTNER: "Recommends you and is rewarded for it",
}

# A satisfaction score at or above this, given while on the first purchase rung, confirms the
# value the customer was promised before the sale.
VALUE_CONFIRMED_SCORE = 7


class LadderError(ValueError):
    """A move the ladder does not allow."""


@dataclass(frozen=True)
class StageMove:
    """One move on the ladder, as it is written into the stage timeline."""

    from_stage: Stage | None
    to_stage: Stage
    reason: str
    automatic: bool


FIRST_PURCHASE_REASON = "First purchase recorded"
SECOND_PURCHASE_REASON = "Second purchase: loyalty starts here"


def stage_after_purchase(current: Stage, purchase_count: int) -> StageMove | None:
    """Where a purchase takes a customer who now has `purchase_count` purchases.

    The first purchase moves a suspect or prospect to "first purchase"; the second makes the
    customer loyal. Customers already higher on the ladder are never moved down by a sale.
    """
    if purchase_count >= 2 and current.rank < Stage.LOYAL.rank:
        return StageMove(current, Stage.LOYAL, SECOND_PURCHASE_REASON, True)
    if purchase_count == 1 and current.rank < Stage.FIRST_PURCHASE.rank:
        return StageMove(current, Stage.FIRST_PURCHASE, FIRST_PURCHASE_REASON, True)
    return None


def purchase_behind(move: StageMove) -> int | None:
    """Which of the customer's purchases (1 for the first, 2 for the second) made this move.

    None for a move no purchase made: by hand, on adding the customer, after a survey.
    """
    if not move.automatic or move.from_stage is None:
        return None
    if move.to_stage is Stage.FIRST_PURCHASE and move.reason == FIRST_PURCHASE_REASON:
        return 1
    if move.to_stage is Stage.LOYAL and move.reason == SECOND_PURCHASE_REASON:
        return 2
    return None


def stage_after_survey(current: Stage, score: int) -> StageMove | None:
    """A good score after the first sale confirms the value that was sold."""
    if current is Stage.FIRST_PURCHASE and score >= VALUE_CONFIRMED_SCORE:
        return StageMove(
            current,
            Stage.VALUE_CONFIRMED,
            f"Satisfaction {score}/10 after the first purchase",
            True,
        )
    return None


def manual_move(current: Stage | None, target: Stage, reason: str) -> StageMove:
    """A move the account manager makes by hand: it always needs a reason."""
    reason = reason.strip()
    if not reason:
        raise LadderError("A manual stage change needs a reason")
    if current is target:
        raise LadderError(f"The customer is already at {target.label}")
    return StageMove(current, target, reason, False)


def parse_stage(text: str) -> Stage:
    """A stage from its key or its label, in any case ("loyal", "First purchase")."""
    wanted = text.strip().casefold().replace("-", "_").replace(" ", "_")
    for stage in LADDER:
        if wanted in (stage.value, stage.label.casefold().replace(" ", "_")):
            return stage
    raise LadderError(f"Unknown stage {text!r}; expected one of: {', '.join(LADDER)}")

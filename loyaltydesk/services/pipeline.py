"""The pipeline board: how many customers sit on each rung, and the few cards worth showing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from loyaltydesk.clock import clock
from loyaltydesk.domain.ladder import LADDER, Stage
from loyaltydesk.domain.rhythm import GapDates, GapState, gap_state, needs_next_step
from loyaltydesk.domain.stuck import days_on_rung, is_stuck, stuck_before
from loyaltydesk.services import figures
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import moment_text, parse_moment


class CardOrder(StrEnum):
    LONGEST_ON_RUNG = "longest"  # the most stuck first
    NEWEST_ON_RUNG = "newest"  # the most recent arrivals first
    LONGEST_OUT_OF_TOUCH = "out_of_touch"  # the earliest amber day first


_ORDER_SQL = {
    CardOrder.LONGEST_ON_RUNG: "stage_since ASC, id ASC",
    CardOrder.NEWEST_ON_RUNG: "stage_since DESC, id DESC",
    CardOrder.LONGEST_OUT_OF_TOUCH: "amber_on IS NULL, amber_on ASC, id ASC",
}


@dataclass(frozen=True)
class BoardCard:
    id: int
    name: str
    company: str
    stage: Stage
    stage_since: datetime
    days_on_rung: int
    gap: GapState
    stuck: bool
    needs_next_step: bool
    ltv_cents: int = 0  # lifetime value over the last three years

    @property
    def display_name(self) -> str:
        return self.name or self.company


@dataclass(frozen=True)
class BoardColumn:
    stage: Stage
    total: int
    stuck: int
    cards: list[BoardCard]


def _local_day(moment: datetime) -> date:
    return moment.astimezone(clock().local_tz()).date()


def _stuck_cutoff(stage: Stage, today: date) -> str | None:
    """Stored stage_since text below which a customer on `stage` is stuck."""
    day = stuck_before(stage, today)
    if day is None:
        return None
    return moment_text(datetime.combine(day, time.min, tzinfo=clock().local_tz()))


def column_counts(stage: Stage, as_of: date | None = None) -> tuple[int, int]:
    """How many customers are on a rung, and how many of them are stuck there."""
    cutoff = _stuck_cutoff(stage, as_of or figures.today())
    stuck_sql = "sum(stage_since < ?)" if cutoff else "0"
    params = [cutoff, stage.value] if cutoff else [stage.value]
    sql = (f"SELECT count(*), {stuck_sql} FROM customer "
           "WHERE deleted_at IS NULL AND stage = ?")
    total, stuck = db.execute_sql(sql, params).fetchone()
    return total, stuck or 0


def _card(row: tuple, today: date) -> BoardCard:
    stage, since = Stage(row[3]), parse_moment(row[4])
    reached = _local_day(since)
    gap = GapState.OK if row[5] is None else gap_state(
        today, GapDates(date.fromisoformat(row[5]), date.fromisoformat(row[6])))
    return BoardCard(row[0], row[1], row[2], stage, since, days_on_rung(reached, today), gap,
                     is_stuck(stage, reached, today), needs_next_step(stage, row[7] is not None),
                     row[8] or 0)


def column_cards(stage: Stage, limit: int, order: CardOrder = CardOrder.LONGEST_ON_RUNG,
                 as_of: date | None = None) -> list[BoardCard]:
    """The first `limit` customers on a rung, in the board's order."""
    today = as_of or figures.today()
    sql = ("SELECT id, name, company, stage, stage_since, amber_on, red_on, next_followup_at, "
           "ltv_cents FROM customer WHERE deleted_at IS NULL AND stage = ? "
           f"ORDER BY {_ORDER_SQL[order]} LIMIT ?")
    return [_card(r, today) for r in db.execute_sql(sql, (stage.value, limit)).fetchall()]


def column(stage: Stage, limit: int, order: CardOrder = CardOrder.LONGEST_ON_RUNG,
           as_of: date | None = None) -> BoardColumn:
    """One rung: its counts and its first `limit` cards (two indexed queries)."""
    today = as_of or figures.today()
    return BoardColumn(stage, *column_counts(stage, today),
                       column_cards(stage, limit, order, today))


def board(limit: int = 50, order: CardOrder = CardOrder.LONGEST_ON_RUNG,
          as_of: date | None = None) -> list[BoardColumn]:
    """Every rung with its counts and its first `limit` cards."""
    today = as_of or figures.today()
    return [column(stage, limit, order, today) for stage in LADDER]

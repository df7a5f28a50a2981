"""What every insight query shares: the day and period it is computed for, and SQL helpers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from loyaltydesk.clock import clock
from loyaltydesk.domain.ladder import LADDER
from loyaltydesk.domain.metrics import EFFORT_YEARS, LTV_YEARS, years_before
from loyaltydesk.domain.periods import Period, PeriodKey, period_for
from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import moment_text

LIST_LIMIT = 20  # rows a figure's list shows; its count and click-through cover them all

# A moment after every stored one, for "until the end of time".
END_OF_TIME = "9999-12-31T23:59:59.999999Z"

STAGE_RANK_SQL = "CASE {col} " + " ".join(
    f"WHEN '{s.value}' THEN {s.rank}" for s in LADDER) + " END"


def local_midnight(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=tz)


@dataclass(frozen=True)
class Scope:
    """The moment figures are computed at, in the user's zone, and the period asked for."""

    now: datetime
    today: date
    tz: tzinfo
    period: Period

    @property
    def start_moment(self) -> str:
        """The first stored moment inside the period ('' for all time)."""
        if self.period.start is None:
            return ""
        return moment_text(local_midnight(self.period.start, self.tz))

    @property
    def end_moment(self) -> str:
        """The first stored moment after the period (local midnight after its last day)."""
        return moment_text(local_midnight(self.period.end + timedelta(days=1), self.tz))

    @property
    def start_day(self) -> str:
        return self.period.start.isoformat() if self.period.start else ""

    @property
    def end_day(self) -> str:
        return self.period.end.isoformat()

    @property
    def ltv_start(self) -> date:
        """The day before the first day the lifetime value counts."""
        return years_before(self.today, LTV_YEARS)

    @property
    def effort_start(self) -> date:
        return years_before(self.today, EFFORT_YEARS)

    @property
    def offset(self) -> str:
        """The zone's current offset as an SQLite date modifier, to read stored UTC moments as
        local days."""
        delta = self.now.astimezone(self.tz).utcoffset() or timedelta()
        return f"{int(delta.total_seconds() // 60):+d} minutes"

    def params(self) -> dict[str, object]:
        return {"now": moment_text(self.now), "today": self.today.isoformat(),
                "start_m": self.start_moment, "end_m": self.end_moment,
                "start_d": self.start_day, "end_d": self.end_day,
                "ltv_start": self.ltv_start.isoformat(),
                "effort_start_m": moment_text(local_midnight(
                    self.effort_start + timedelta(days=1), self.tz)),
                "effort_start_d": self.effort_start.isoformat(), "offset": self.offset}


def scope(period: PeriodKey | str = PeriodKey.MONTHS_12, at: datetime | None = None) -> Scope:
    c = clock()
    moment = at or c.now()
    tz = c.local_tz()
    today = moment.astimezone(tz).date()
    return Scope(moment, today, tz, period_for(period, today))


def fetch(sql: str, params: dict[str, object] | Sequence[object] = ()) -> list[tuple]:
    return db.execute_sql(sql, params).fetchall()


def ids_of(sql: str, params: dict[str, object]) -> tuple[int, ...]:
    return tuple(r[0] for r in fetch(sql, params))


@dataclass(frozen=True)
class CustomerLine:
    """A customer in a figure's list, with the figure's own values beside the name."""

    id: int
    name: str
    values: tuple[object, ...] = ()


def display_name(name: str, company: str) -> str:
    return name or company


# The drill-downs: for each kind of figure, the customers it counts, as a list filter.
Drill = Callable[[Scope, str], CustomerFilter]
DRILLS: dict[str, Drill] = {}


def drill(kind: str) -> Callable[[Drill], Drill]:
    def register(func: Drill) -> Drill:
        DRILLS[kind] = func
        return func
    return register


# An empty `ids` means "no restriction" to the list, so an empty set names an id no row has.
NOBODY = CustomerFilter(ids=(0,))


def by_ids(sql: str, params: dict[str, object]) -> CustomerFilter:
    ids = ids_of(sql, params)
    return CustomerFilter(ids=ids) if ids else NOBODY

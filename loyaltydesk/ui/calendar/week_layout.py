"""Where each entry of a week sits in the time grid: its day, its minutes, and its lane when
entries overlap (side by side, as many lanes as the busiest overlap needs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from loyaltydesk.formats import local
from loyaltydesk.services.calendar import CalendarEntry

BLOCK_MINUTES = 30  # the shortest block drawn, so that its words can be read
DAY_MINUTES = 24 * 60
GUTTER = 60  # the week's hours column, left of the days


@dataclass(frozen=True)
class Placed:
    entry: CalendarEntry
    day: int  # 0..6 from the first day of the week
    start: int  # minutes after local midnight
    end: int
    lane: int
    lanes: int  # lanes of the overlap group this entry belongs to


def minutes_of(moment: datetime) -> int:
    shown = local(moment)
    return shown.hour * 60 + shown.minute


def place_week(first: date, entries: list[CalendarEntry]) -> list[Placed]:
    """Each entry on its day column and in a lane; entries outside the week are left out."""
    by_day: dict[int, list[tuple[int, int, CalendarEntry]]] = {}
    for entry in entries:
        day = (local(entry.at).date() - first).days
        if 0 <= day < 7:
            start = minutes_of(entry.at)
            end = min(start + max(entry.minutes, BLOCK_MINUTES), DAY_MINUTES)
            by_day.setdefault(day, []).append((start, end, entry))
    placed: list[Placed] = []
    for day, items in sorted(by_day.items()):
        items.sort(key=lambda item: (item[0], item[2].type, item[2].id))
        placed += _lanes(day, items)
    return placed


def _lanes(day: int, items: list[tuple[int, int, CalendarEntry]]) -> list[Placed]:
    """Greedy lanes within each group of entries that overlap one another, chained."""
    result: list[Placed] = []
    group: list[tuple[int, int, CalendarEntry, int]] = []
    lane_ends: list[int] = []
    group_end = -1

    def close() -> None:
        for start, end, entry, lane in group:
            result.append(Placed(entry, day, start, end, lane, len(lane_ends)))

    for start, end, entry in items:
        if group and start >= group_end:
            close()
            group, lane_ends = [], []
        lane = next((i for i, last in enumerate(lane_ends) if last <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        group.append((start, end, entry, lane))
        group_end = max(group_end, end)
    close()
    return result

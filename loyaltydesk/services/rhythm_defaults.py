"""The per-stage keep-in-touch defaults stored with the data."""

from __future__ import annotations

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.rhythm import DEFAULT_STAGE_RHYTHM
from loyaltydesk.store.database import db
from loyaltydesk.store.models import StageRhythm


def ensure_stage_rhythms() -> None:
    # Read first: a book that has them all is not written to (opening it takes no write lock).
    known = {r.stage for r in StageRhythm.select(StageRhythm.stage)}
    rows = [{"stage": s.value, "ideal_gap_days": ideal, "max_gap_days": most}
            for s, (ideal, most) in DEFAULT_STAGE_RHYTHM.items() if s.value not in known]
    if not rows:
        return
    with db.atomic():
        StageRhythm.insert_many(rows).on_conflict_ignore().execute()


def stage_rhythms() -> dict[Stage, tuple[int, int]]:
    return {Stage(r.stage): (r.ideal_gap_days, r.max_gap_days) for r in StageRhythm.select()}

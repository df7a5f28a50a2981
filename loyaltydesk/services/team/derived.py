"""After a merge: what two laptops each derived from the same facts is made one again.

Every laptop runs the same rules on the same rows, so they agree without talking: of two
automatic ladder moves alike, or two follow-ups one cadence step planned for one purchase, the
one with the smallest UUID stays; the stage follows the merged purchases; a move the merge
itself calls for gets a UUID made from what it is, so two laptops make the same row; and a
follow-up whose goal the merged rows meet closes, as on the laptop that recorded them.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable

from loyaltydesk.clock import now
from loyaltydesk.domain.ladder import Stage, stage_after_purchase
from loyaltydesk.services.goals import close_met_goals
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import moment_text, uuid_bytes, uuid_sql

_MERGE_NAMESPACE = uuidlib.UUID("5b1d7c2e-4f0a-4c59-9a3e-6f2d2b8c1a77")


def settle(customer_ids: Iterable[int]) -> set[int]:
    """Make the derived rows of these customers consistent; returns the customers changed."""
    ids = sorted(set(customer_ids))
    for cid in ids:
        moved = _drop_twin_moves(cid)
        _drop_twin_followups(cid)
        moved = _follow_purchases(cid) or moved
        if moved:
            _stage_from_timeline(cid)
    close_met_goals(ids)  # a purchase or survey from another laptop meets asks made here
    return set(ids)


def _drop_twin_moves(cid: int) -> bool:
    return db.execute_sql(
        "DELETE FROM stage_change WHERE customer_id = ? AND automatic = 1 AND uuid NOT IN ("
        " SELECT MIN(uuid) FROM stage_change WHERE customer_id = ? AND automatic = 1"
        " GROUP BY COALESCE(from_stage, ''), to_stage)", (cid, cid)).rowcount > 0


def _drop_twin_followups(cid: int) -> None:
    db.execute_sql(
        "DELETE FROM follow_up WHERE customer_id = ? AND cadence_step_id IS NOT NULL"
        " AND purchase_id IS NOT NULL AND uuid NOT IN ("
        " SELECT MIN(uuid) FROM follow_up WHERE customer_id = ? AND cadence_step_id IS NOT NULL"
        " AND purchase_id IS NOT NULL GROUP BY cadence_step_id, purchase_id)", (cid, cid))


def _follow_purchases(cid: int) -> bool:
    row = db.execute_sql(f"SELECT {uuid_sql('uuid')}, stage FROM customer WHERE id = ?",
                         (cid,)).fetchone()
    if row is None:
        return False
    customer_uuid, stage = row
    count = db.execute_sql("SELECT COUNT(*) FROM purchase WHERE customer_id = ? AND "
                           "deleted_at IS NULL", (cid,)).fetchone()[0]
    move = stage_after_purchase(Stage(stage), count)
    if move is None:
        return False
    made = uuidlib.uuid5(_MERGE_NAMESPACE, f"{customer_uuid}:{move.to_stage.value}").hex
    at = moment_text(now())
    db.execute_sql(
        "INSERT OR IGNORE INTO stage_change (uuid, created_at, updated_at, customer_id, "
        "from_stage, to_stage, changed_at, reason, automatic) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
        (uuid_bytes(made), at, at, cid, move.from_stage.value if move.from_stage else None,
         move.to_stage.value, at, move.reason))
    return True


def _stage_from_timeline(cid: int) -> None:
    moves = db.execute_sql("SELECT to_stage, changed_at FROM stage_change WHERE customer_id = ?",
                           (cid,)).fetchall()
    if not moves:
        return
    # the newest move; moves made in the same instant rank by the rung they reach
    newest = max(moves, key=lambda m: (m[1], Stage(m[0]).rank))
    db.execute_sql("UPDATE customer SET stage = ?, stage_since = ? WHERE id = ? AND "
                   "(stage IS NOT ? OR stage_since IS NOT ?)",
                   (newest[0], newest[1], cid, newest[0], newest[1]))

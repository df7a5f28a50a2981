"""Moving a customer on the ladder by hand, always with a reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from loyaltydesk.domain.ladder import LADDER, STAGE_MEANINGS, Stage
from loyaltydesk.services import customers
from loyaltydesk.ui.dialogs.base import InputError, QuickDialog, choice_box
from loyaltydesk.ui.words import stage_label


class MoveStageDialog(QuickDialog):
    """Pick the rung (the current one is not offered) and say why."""

    def __init__(self, customer_id: int, parent: QWidget | None = None,
                 target: Stage | None = None,
                 mover: Callable[[int, Stage, str], None] | None = None) -> None:
        super().__init__(customer_id, self.tr("Move to stage"), parent)
        # How the move is made: straight through the service, or as an undoable command.
        self._mover = mover or customers.move_stage
        current = self.customer.stage
        self.stage = self.add_row(self.tr("&Stage:"), choice_box(
            self.tr("Stage"), [(stage_label(s), s) for s in LADDER if s is not current]))
        for row in range(self.stage.count()):
            meaning = STAGE_MEANINGS[self.stage.value_at(row)]
            self.stage.setItemData(row, meaning, Qt.ItemDataRole.ToolTipRole)
        above = next((s for s in LADDER if s.rank == current.rank + 1), None)
        self.stage.select(target if target is not None and target is not current else above)
        self.reason = self.add_row(self.tr("&Why:"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("What happened that moves them"))
        self.reason.setFocus()

    def target(self) -> Stage:
        return self.stage.value()

    def save(self) -> Stage:
        if not self.reason.text().strip():
            raise InputError(self.tr("Say why the customer moves: it stays on their timeline"),
                             self.reason)
        self._mover(self.customer_id, self.target(), self.reason.text())
        return self.target()

    def summary(self, result: Stage) -> str:
        return (self.tr("%1 moved to %2").replace("%1", self.customer.display_name)
                .replace("%2", stage_label(result)))

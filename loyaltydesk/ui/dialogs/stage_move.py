"""Asking where a customer moves on the ladder, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.ladder import LADDER, STAGE_MEANINGS, Stage
from loyaltydesk.ui.customers.formatting import stage_label


class StageMoveDialog(QDialog):
    """Pick the new rung and say why; OK stays disabled until there is a reason."""

    def __init__(self, name: str, current: Stage, target: Stage | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move on the ladder"))
        self.current = current
        intro = QLabel(self.tr("{name} is at {stage}.").format(
            name=name, stage=stage_label(current)))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("New stage"))
        for stage in LADDER:
            if stage is not current:
                self.stage.addItem(stage_label(stage), stage.value)
                self.stage.setItemData(self.stage.count() - 1, STAGE_MEANINGS[stage],
                                       Qt.ItemDataRole.ToolTipRole)
        default = target or _next_rung(current)
        self.stage.setCurrentIndex(max(self.stage.findData(default.value), 0))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why the move? It is kept on the timeline."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update_ok)
        form = QFormLayout()
        form.addRow(self.tr("&Move to:"), self.stage)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._update_ok()
        self.reason.setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.text().strip()))

    def chosen(self) -> tuple[Stage, str]:
        return Stage(self.stage.currentData()), self.reason.text().strip()


def _next_rung(current: Stage) -> Stage:
    return LADDER[min(current.rank + 1, len(LADDER) - 1)] if current is not LADDER[-1] \
        else LADDER[-2]


def ask_stage_move(name: str, current: Stage, parent: QWidget | None = None,
                   target: Stage | None = None) -> tuple[Stage, str] | None:
    """The new stage and the reason, or None when the user cancels."""
    dialog = StageMoveDialog(name, current, target, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()

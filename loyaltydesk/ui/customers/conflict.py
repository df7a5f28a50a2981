"""Asking what to keep when a customer was changed elsewhere while the form was open."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from loyaltydesk.services.customer_edits import Conflict


class Keep(Enum):
    MINE = "mine"
    STORED = "stored"
    CANCEL = "cancel"


def _shown(value: object) -> str:
    if value in (None, "", (None, None)):
        return QCoreApplication.translate("EditConflict", "(empty)")
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value if v is not None)
    return str(value)


def conflict_text(conflicts: list[Conflict]) -> str:
    lines = [QCoreApplication.translate("EditConflict", "%1: now “%2”, yours “%3”")
             .replace("%1", c.field.replace("_", " ")).replace("%2", _shown(c.stored))
             .replace("%3", _shown(c.mine)) for c in conflicts]
    return "\n".join(lines)


def ask_keep(conflicts: list[Conflict], parent: QWidget | None = None) -> Keep:
    """Which values to keep for fields changed both here and elsewhere."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("EditConflict", "Changed Elsewhere"),
                      QCoreApplication.translate(
                          "EditConflict", "This customer was changed elsewhere (an import, "
                          "another window) since you opened it. Your other changes are kept "
                          "either way."), parent=parent)
    box.setObjectName("EditConflict")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(conflict_text(conflicts))
    buttons: dict[QAbstractButton, Keep] = {
        box.addButton(QCoreApplication.translate("EditConflict", "Keep Mine"),
                      QMessageBox.ButtonRole.AcceptRole): Keep.MINE,
        box.addButton(QCoreApplication.translate("EditConflict", "Keep Theirs"),
                      QMessageBox.ButtonRole.DestructiveRole): Keep.STORED,
        box.addButton(QMessageBox.StandardButton.Cancel): Keep.CANCEL,
    }
    box.exec()
    return buttons.get(box.clickedButton(), Keep.CANCEL)

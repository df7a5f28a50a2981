"""The frame of the short follow-up forms (skip, snooze to, reschedule, edit).

Marking a follow-up done opens the quick dialogs of `ui.dialogs` (log a contact, record a
survey) with the follow-up chosen, the same forms the Customer menu opens.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services.errors import USER_ERRORS
from loyaltydesk.ui.widgets.ctrl_enter import save_on_ctrl_enter
from loyaltydesk.ui.widgets.least_width import keep_least_width
from loyaltydesk.ui.widgets.marks import gap_sheet
from loyaltydesk.ui.widgets.palette_sheet import dress_with_palette


def plain_label(text: str, *, wrap: bool = True) -> QLabel:
    """A label that shows user text as typed, never as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class FollowUpForm(QDialog):
    """The frame both forms share: what is asked, the fields, an error line, the buttons."""

    saved = Signal()

    def __init__(self, title: str, heading: str, script: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        keep_least_width(self, 440)
        self.form = QFormLayout()
        self.error = plain_label("")
        self.error.setObjectName("error")
        dress_with_palette(self.error, partial(gap_sheet, GapState.RED))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save_on_ctrl_enter(self, self.accept)
        layout = QVBoxLayout(self)
        heading_label = plain_label(heading)
        heading_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading_label)
        if script.strip():
            self.script = plain_label(script)
            self.script.setAccessibleName(self.tr("What to ask"))
            self.script.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.script)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.adjustSize()

    def accept(self) -> None:
        try:
            self.save()
        except USER_ERRORS as exc:
            self.show_error(str(exc))
            return
        self.saved.emit()
        super().accept()

    def save(self) -> None:
        raise NotImplementedError

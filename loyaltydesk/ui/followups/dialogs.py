"""Doing a follow-up: log the contact it asked for, or take the satisfaction score."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.cadences import ELEVEN_QUESTION
from loyaltydesk.services.errors import USER_ERRORS
from loyaltydesk.services.feedback import record_survey
from loyaltydesk.services.followups import FollowUpRow
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.ui.followups.look import overdue_color
from loyaltydesk.ui.theme import use_font

CHANNEL_TO_CONTACT = {"phone": InteractionKind.CALL, "email": InteractionKind.EMAIL,
                      "meeting": InteractionKind.MEETING, "visit": InteractionKind.VISIT,
                      "message": InteractionKind.MESSAGE}
CONTACT_LABELS = {InteractionKind.CALL: "Call", InteractionKind.EMAIL: "Email",
                  InteractionKind.MEETING: "Meeting", InteractionKind.VISIT: "Visit",
                  InteractionKind.EVENT: "Event", InteractionKind.MESSAGE: "Message"}


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
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.error = plain_label("")
        self.error.setObjectName("error")
        self.error.setStyleSheet(f"color: {overdue_color().name()};")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # as in every dialog: Ctrl+Enter saves
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        heading_label = plain_label(heading)
        use_font(heading_label, 1.0, bold=True)
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


class LogContactDialog(FollowUpForm):
    """Log a contact with a customer; when it answers a follow-up, that one is marked done."""

    def __init__(self, customer_id: int, customer_name: str,
                 followup: FollowUpRow | None = None, parent: QWidget | None = None) -> None:
        if followup is None:
            heading = self.tr("Log a contact with %1").replace("%1", customer_name)
            super().__init__(self.tr("Log contact"), heading, "", parent)
        else:
            heading = self.tr("Done: %1 (%2)").replace("%1", followup.title).replace(
                "%2", customer_name)
            super().__init__(self.tr("Follow-up done"), heading, followup.script, parent)
        self.customer_id, self.followup = customer_id, followup
        self.kind = QComboBox()
        for kind, label in CONTACT_LABELS.items():
            self.kind.addItem(self.tr(label), kind)
        if followup is not None:
            self.kind.setCurrentIndex(self.kind.findData(
                CHANNEL_TO_CONTACT.get(followup.channel.value, InteractionKind.CALL)))
        self.summary = QLineEdit(followup.title if followup else "")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.effort = QSpinBox()
        self.effort.setRange(0, 24 * 60)
        self.effort.setSuffix(self.tr(" min"))
        for label, widget, name in ((self.tr("&Contact by"), self.kind, self.tr("Contact by")),
                                    (self.tr("&Summary"), self.summary, self.tr("Summary")),
                                    (self.tr("&Notes"), self.notes, self.tr("Notes")),
                                    (self.tr("&Effort"), self.effort, self.tr("Effort"))):
            widget.setAccessibleName(name)
            self.form.addRow(label, widget)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Log and mark done") if followup else self.tr("Log contact"))
        self.summary.setFocus()
        self.summary.selectAll()

    def save(self) -> None:
        entry = InteractionInput(InteractionKind(self.kind.currentData()), self.summary.text(),
                                 notes=self.notes.toPlainText().strip(),
                                 effort_minutes=self.effort.value())
        log_interaction(self.customer_id, entry, self.followup.id if self.followup else None)


class SurveyDialog(FollowUpForm):
    """The satisfaction score out of 10 and what would make it 11."""

    def __init__(self, followup: FollowUpRow, parent: QWidget | None = None) -> None:
        heading = self.tr("Satisfaction survey: %1").replace("%1", followup.customer_name)
        super().__init__(self.tr("Satisfaction survey"), heading,
                         followup.script or ELEVEN_QUESTION, parent)
        self.followup = followup
        self.score = QSpinBox()
        self.score.setRange(-1, 10)
        self.score.setValue(-1)
        self.score.setSpecialValueText(self.tr("Choose 0 to 10"))
        self.eleven = QLineEdit()
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(80)
        for label, widget, name in (
                (self.tr("&Score out of 10"), self.score, self.tr("Score out of 10")),
                (self.tr("What would make it &11?"), self.eleven,
                 self.tr("What would make it 11 out of 10")),
                (self.tr("&Comment"), self.comment, self.tr("Comment"))):
            widget.setAccessibleName(name)
            self.form.addRow(label, widget)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Record and mark done"))
        self.score.setFocus()

    def save(self) -> None:
        record_survey(self.followup.customer_id, self.score.value(), self.eleven.text(),
                      self.comment.toPlainText(), followup_id=self.followup.id)

    def accept(self) -> None:
        if self.score.value() < 0:
            self.show_error(self.tr("Choose a score from 0 to 10"))
            self.score.setFocus()
            return
        super().accept()

"""Short forms for one follow-up: skip with a reason, pick a new time, edit what it says."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit, QWidget

from loyaltydesk.built_in import shown
from loyaltydesk.domain.cadences import Channel, FollowUpKind
from loyaltydesk.domain.followups import FollowUpError
from loyaltydesk.services.followups import (
    FollowUpChanged,
    FollowUpRow,
    edit_followup,
    skip_followup,
)
from loyaltydesk.translations import QT_TRANSLATE_NOOP
from loyaltydesk.ui.followups.dialogs import FollowUpForm
from loyaltydesk.ui.followups.formatting import CHANNEL_LABELS, KIND_LABELS, tr
from loyaltydesk.ui.local_time import from_qdatetime, to_qdatetime

SKIP_REASONS = (QT_TRANSLATE_NOOP("followups", "Not needed any more"),
                QT_TRANSLATE_NOOP("followups", "Covered in another contact"),
                QT_TRANSLATE_NOOP("followups", "The customer asked not to be contacted"),
                QT_TRANSLATE_NOOP("followups", "Could not reach them"))


class SkipDialog(FollowUpForm):
    def __init__(self, followup: FollowUpRow, parent: QWidget | None = None) -> None:
        heading = self.tr("Skip: %1 (%2)").replace("%1", shown(followup.title)).replace(
            "%2", followup.customer_name)
        super().__init__(self.tr("Skip follow-up"), heading, "", parent)
        self.followup = followup
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([""] + [tr(r) for r in SKIP_REASONS])
        self.reason.setAccessibleName(self.tr("Reason"))
        line = self.reason.lineEdit()
        assert line is not None  # the box is editable
        line.setPlaceholderText(self.tr("Why is it skipped?"))
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.reason.setFocus()

    def save(self) -> None:
        skip_followup(self.followup.id, self.reason.currentText())


class WhenDialog(FollowUpForm):
    """Pick a date and time; `apply` does the snooze or the reschedule with it."""

    def __init__(self, title: str, heading: str, initial: datetime,
                 apply: Callable[[datetime], None], parent: QWidget | None = None) -> None:
        super().__init__(title, heading, "", parent)
        self._apply = apply
        self.when = QDateTimeEdit(to_qdatetime(initial))
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Date and time"))
        self.form.addRow(self.tr("&When"), self.when)
        self.when.setFocus()

    def chosen(self) -> datetime:
        return from_qdatetime(self.when.dateTime())

    def save(self) -> None:
        self._apply(self.chosen())


class EditDialog(FollowUpForm):
    """Change what a scheduled follow-up is about: its title, kind, channel and script."""

    def __init__(self, followup: FollowUpRow, parent: QWidget | None = None) -> None:
        heading = self.tr("Follow-up for %1").replace("%1", followup.customer_name)
        super().__init__(self.tr("Edit follow-up"), heading, "", parent)
        self.followup = followup
        self.base = followup  # the stored values a save expects to find unchanged
        self.title = QLineEdit(shown(followup.title))
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), kind)
        self.kind.setCurrentIndex(self.kind.findData(followup.kind))
        self.channel = QComboBox()
        for channel, label in CHANNEL_LABELS.items():
            self.channel.addItem(tr(label), channel)
        self.channel.setCurrentIndex(self.channel.findData(followup.channel))
        self.script_edit = QPlainTextEdit(shown(followup.script))
        self.script_edit.setTabChangesFocus(True)
        self.script_edit.setFixedHeight(90)
        for label, widget, name in ((self.tr("&Title"), self.title, self.tr("Title")),
                                    (self.tr("&Kind"), self.kind, self.tr("Kind")),
                                    (self.tr("C&hannel"), self.channel, self.tr("Channel")),
                                    (self.tr("&Script"), self.script_edit, self.tr("Script"))):
            widget.setAccessibleName(name)
            self.form.addRow(label, widget)
        self.title.setFocus()

    def save(self) -> None:
        """Only what was changed here: the rest stays as stored, whoever changed it since.
        A field changed here and elsewhere too is not written: the form says so, and OK
        again keeps what was typed here."""
        was = self.followup
        title, script = self.title.text(), self.script_edit.toPlainText()
        kind, channel = FollowUpKind(self.kind.currentData()), Channel(self.channel.currentData())
        try:
            edit_followup(was.id, title if title != shown(was.title) else None,
                          kind if kind != was.kind else None,
                          channel if channel != was.channel else None,
                          script if script != shown(was.script) else None, loaded=self.base)
        except FollowUpChanged as exc:
            self.base = exc.current
            raise FollowUpError(self._changed_text(exc)) from exc

    def _changed_text(self, exc: FollowUpChanged) -> str:
        now = exc.current
        values = {"title": (self.tr("Title"), shown(now.title)),
                  "kind": (self.tr("Kind"), tr(KIND_LABELS[now.kind])),
                  "channel": (self.tr("Channel"), tr(CHANNEL_LABELS[now.channel])),
                  "script": (self.tr("Script"), shown(now.script))}
        lines = [self.tr("%1 is now “%2”").replace("%1", values[name][0])
                 .replace("%2", values[name][1]) for name in exc.fields]
        return "\n".join([self.tr("Changed elsewhere since this form was opened:"), *lines,
                          self.tr("OK again keeps what you typed; Cancel keeps the above.")])

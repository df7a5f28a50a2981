"""Logging a contact with the customer, and scheduling the next one."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from loyaltydesk.built_in import shown
from loyaltydesk.clock import clock
from loyaltydesk.domain.cadences import Channel, FollowUpKind
from loyaltydesk.domain.followups import working_day_due
from loyaltydesk.services import followups
from loyaltydesk.services.followups import FollowUpRow
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.ui.dialogs.base import (
    InputError,
    QuickDialog,
    choice_box,
    date_time_edit,
    open_followup_box,
    text_box,
)
from loyaltydesk.ui.local_time import from_qdatetime, local_now, today
from loyaltydesk.ui.timeline.kinds import format_day

# Translation context: QuickDialog (the words of the tables below)
INTERACTION_LABELS = {
    InteractionKind.CALL: "Call", InteractionKind.EMAIL: "Email",
    InteractionKind.MEETING: "Meeting", InteractionKind.VISIT: "Visit",
    InteractionKind.EVENT: "Event", InteractionKind.MESSAGE: "Message",
}

FOLLOWUP_LABELS = {
    FollowUpKind.TASK: "Task", FollowUpKind.CHECK: "Post-sale check",
    FollowUpKind.TOUCH: "Value touch", FollowUpKind.SURVEY: "Satisfaction survey",
    FollowUpKind.SECOND_ORDER: "Ask for the next order",
    FollowUpKind.TESTIMONIAL: "Ask for a testimonial",
    FollowUpKind.REFERRAL: "Ask for a referral", FollowUpKind.RENEWAL: "Renewal",
    FollowUpKind.RECOVERY: "Recovery", FollowUpKind.KEEP_IN_TOUCH: "Keep in touch",
}

CHANNEL_LABELS = {
    Channel.PHONE: "Phone", Channel.EMAIL: "Email", Channel.MEETING: "Meeting",
    Channel.VISIT: "Visit", Channel.MESSAGE: "Message",
}

# The contact a follow-up's channel asks for, so marking it done logs the right kind.
CHANNEL_TO_CONTACT = {
    Channel.PHONE: InteractionKind.CALL, Channel.EMAIL: InteractionKind.EMAIL,
    Channel.MEETING: InteractionKind.MEETING, Channel.VISIT: InteractionKind.VISIT,
    Channel.MESSAGE: InteractionKind.MESSAGE,
}

# A contact logged this far ahead is a typing slip, not a plan (plans are follow-ups).
FUTURE_SLACK = timedelta(minutes=5)



def _label(text: str) -> str:
    return QCoreApplication.translate("QuickDialog", text)

class LogInteractionDialog(QuickDialog):
    """A call, email, meeting, visit, event or message that happened.

    Given the follow-up it answers (Done on Today, the calendar or the customer page), the form
    starts from it: its script, its title as the summary, its channel, and it is marked done.
    """

    def __init__(self, customer_id: int, parent: QWidget | None = None,
                 followup: FollowUpRow | None = None) -> None:
        title = self.tr("Follow-up done") if followup else self.tr("Log interaction")
        super().__init__(customer_id, title, parent)
        self.followup = followup
        self.script = self.add_script(shown(followup.script) if followup else "")
        self.kind = self.add_row(self.tr("&Kind:"), choice_box(
            self.tr("Kind"), [(_label(t), k) for k, t in INTERACTION_LABELS.items()]))
        self.when = self.add_row(self.tr("&When:"), date_time_edit(local_now(), self.tr("When")))
        self.summary_edit = self.add_row(self.tr("&Summary:"), QLineEdit())
        self.summary_edit.setPlaceholderText(self.tr("What was it about?"))
        self.notes = self.add_row(self.tr("&Notes:"), text_box(self.tr("Notes")))
        self.effort = self.add_row(self.tr("&Effort:"), QSpinBox())
        self.effort.setRange(0, 24 * 60)
        self.effort.setSuffix(self.tr(" min"))
        self.answers = self.add_row(self.tr("&Completes:"), open_followup_box(
            customer_id, chosen=followup.id if followup else None))
        if followup is not None:
            self.kind.select(CHANNEL_TO_CONTACT.get(followup.channel, InteractionKind.CALL))
            self.summary_edit.setText(shown(followup.title))
            self.buttons.button(self.buttons.StandardButton.Save).setText(
                self.tr("Log and mark done"))
        self.summary_edit.setFocus()
        self.summary_edit.selectAll()

    def save(self) -> int:
        if not self.summary_edit.text().strip():
            raise InputError(self.tr("Say in a few words what the contact was about"),
                             self.summary_edit)
        occurred = from_qdatetime(self.when.dateTime())
        if occurred > local_now() + FUTURE_SLACK:
            raise InputError(self.tr("A contact that has not happened yet is a follow-up: "
                                     "choose a time from the past"), self.when)
        entry = InteractionInput(self.kind.value(), self.summary_edit.text(), occurred,
                                 self.notes.toPlainText().strip(), self.effort.value())
        return log_interaction(self.customer_id, entry, self.answers.value())

    def summary(self, result: int) -> str:
        return self.tr("Contact logged with %s") % self.customer.display_name


class ScheduleFollowUpDialog(QuickDialog):
    """A dated next step: what to do, when, through which channel."""

    def __init__(self, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(customer_id, self.tr("Schedule follow-up"), parent)
        tomorrow = working_day_due(today() + timedelta(days=1), clock().local_tz())
        self.title_edit = self.add_row(self.tr("&What:"), QLineEdit())
        self.title_edit.setPlaceholderText(self.tr("Call back about the proposal"))
        self.due = self.add_row(self.tr("&Due:"), date_time_edit(tomorrow, self.tr("Due")))
        self.kind = self.add_row(self.tr("&Kind:"), choice_box(
            self.tr("Kind"), [(_label(t), k) for k, t in FOLLOWUP_LABELS.items()]))
        self.channel = self.add_row(self.tr("C&hannel:"), choice_box(
            self.tr("Channel"), [(_label(t), c) for c, t in CHANNEL_LABELS.items()]))
        self.script = self.add_row(self.tr("&Script:"),
                                   text_box(self.tr("Script"), self.tr("What to say or do")))
        self.title_edit.setFocus()

    def save(self) -> int:
        if not self.title_edit.text().strip():
            raise InputError(self.tr("Give the follow-up a title"), self.title_edit)
        due = from_qdatetime(self.due.dateTime())
        if due < local_now() - FUTURE_SLACK:
            raise InputError(self.tr("A follow-up is due from now on: choose a later time"),
                             self.due)
        return followups.schedule_followup(self.customer_id, due, self.title_edit.text(),
                                           self.kind.value(), self.channel.value(),
                                           self.script.toPlainText().strip())

    def summary(self, result: int) -> str:
        return (self.tr("Follow-up scheduled for %s")
                % format_day(from_qdatetime(self.due.dateTime())))

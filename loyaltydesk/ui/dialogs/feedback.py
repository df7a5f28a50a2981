"""Satisfaction surveys with the 11/10 question, referrals and testimonials."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QCheckBox, QCompleter, QLabel, QLineEdit, QSpinBox, QWidget

from loyaltydesk.built_in import shown
from loyaltydesk.domain.cadences import ELEVEN_QUESTION
from loyaltydesk.domain.metrics import is_detractor, is_promoter
from loyaltydesk.services import feedback, lookup
from loyaltydesk.services.customer_list import CustomerRow
from loyaltydesk.services.feedback import ReferralStatus, SurveyOutcome, TestimonialKind
from loyaltydesk.services.followups import FollowUpRow
from loyaltydesk.translations import QT_TRANSLATE_NOOP
from loyaltydesk.ui.dialogs.base import (
    InputError,
    QuickDialog,
    choice_box,
    date_edit,
    open_followup_box,
    text_box,
)
from loyaltydesk.ui.local_time import from_qdate, today
from loyaltydesk.ui.timeline.kinds import counted
from loyaltydesk.ui.words import stage_label

# Translation context: QuickDialog (the words of the tables below)
REFERRAL_LABELS = {
    ReferralStatus.SUGGESTED: "Suggested", ReferralStatus.CONTACTED: "Contacted",
    ReferralStatus.WON: "Won", ReferralStatus.LOST: "Lost",
}

TESTIMONIAL_LABELS = {
    TestimonialKind.TESTIMONIAL: "Testimonial", TestimonialKind.REVIEW: "Online review",
    TestimonialKind.CASE_STUDY: "Case study", TestimonialKind.VIDEO: "Video",
    TestimonialKind.SOCIAL: "Social media post",
}

NO_SCORE = -1
SUGGESTIONS = 12



def _label(text: str) -> str:
    return QCoreApplication.translate("QuickDialog", text)

class SurveyDialog(QuickDialog):
    """A rating out of 10, and what would make it 11; it completes the survey follow-up."""

    def __init__(self, customer_id: int, parent: QWidget | None = None,
                 followup: FollowUpRow | None = None) -> None:
        super().__init__(customer_id, self.tr("Record satisfaction survey"), parent)
        self.followup = followup
        script = followup.script if followup is not None and followup.script.strip() else ""
        question = QLabel(shown(script or ELEVEN_QUESTION))
        question.setWordWrap(True)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setAccessibleName(self.tr("What to ask"))
        self.script = question
        self.add_note(question)
        self.score = self.add_row(self.tr("&Score (0-10):"), QSpinBox())
        self.score.setAccessibleName(self.tr("Score out of 10"))
        self.score.setRange(NO_SCORE, 10)
        self.score.setSpecialValueText(self.tr("Choose"))
        self.score.setValue(NO_SCORE)
        self.eleven = self.add_row(self.tr("&11/10 would be:"), text_box(
            self.tr("What would make it 11 out of 10"), self.tr("In the customer's words")))
        self.comment = self.add_row(self.tr("C&omment:"), text_box(self.tr("Comment")))
        self.answers = self.add_row(self.tr("&Completes:"), open_followup_box(
            customer_id, prefer="survey", chosen=followup.id if followup else None))
        if followup is not None:
            self.buttons.button(self.buttons.StandardButton.Save).setText(
                self.tr("Record and mark done"))
        self.score.setFocus()

    def save(self) -> SurveyOutcome:
        if self.score.value() == NO_SCORE:
            raise InputError(self.tr("Choose a score from 0 to 10"), self.score)
        return feedback.record_survey(self.customer_id, self.score.value(),
                                      self.eleven.toPlainText(), self.comment.toPlainText(),
                                      followup_id=self.answers.value())

    def summary(self, result: SurveyOutcome) -> str:
        score = self.score.value()
        label = (self.tr("promoter") if is_promoter(score)
                 else self.tr("detractor") if is_detractor(score) else self.tr("passive"))
        parts = [self.tr("Survey recorded: %1/10, %2").replace("%1", str(score))
                 .replace("%2", label)]
        if result.stage_move is not None:
            parts.append(self.tr("now %s") % stage_label(result.stage_move.to_stage))
        if result.followup_ids:
            parts.append(counted(len(result.followup_ids),
                                 QT_TRANSLATE_NOOP("Timeline", "1 follow-up scheduled"),
                                 QT_TRANSLATE_NOOP("Timeline", "%s follow-ups scheduled")))
        return " · ".join(parts)


class ReferralDialog(QuickDialog):
    """Someone this customer recommended us to: a customer already known, or just a name."""

    def __init__(self, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(customer_id, self.tr("Add referral"), parent)
        self._known: dict[str, int] = {}
        self.referred = self.add_row(self.tr("&Referred:"), QLineEdit())
        self.referred.setPlaceholderText(self.tr("A name, or start typing a customer's"))
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.referred.setCompleter(completer)
        self.referred.textEdited.connect(self._suggest)
        self.status = self.add_row(self.tr("&Status:"), choice_box(
            self.tr("Status"), [(_label(t), s) for s, t in REFERRAL_LABELS.items()]))
        self.reward = self.add_row(self.tr("Re&ward:"), QLineEdit())
        self.reward.setPlaceholderText(self.tr("How we thank them"))
        self.day = self.add_row(self.tr("&Date:"), date_edit(today(), self.tr("Date")))
        self.referred.setFocus()

    def _suggest(self, text: str) -> None:
        """Known customers matching the typed words (a few, never the whole book)."""
        if len(text.strip()) < 2:
            return
        rows = lookup.suggest(text, SUGGESTIONS, exclude=self.customer_id)
        self._known = {self._label(r): r.id for r in rows}
        self._suggestions.setStringList(list(self._known))

    @staticmethod
    def _label(row: CustomerRow) -> str:
        extra = f" ({row.company})" if row.name and row.company else ""
        return f"{row.display_name}{extra} #{row.id}"

    def referred_customer(self) -> int | None:
        return self._known.get(self.referred.text().strip())

    def save(self) -> int:
        name = self.referred.text().strip()
        if not name:
            raise InputError(self.tr("Say who was referred"), self.referred)
        known = self.referred_customer()
        return feedback.add_referral(self.customer_id, known, "" if known else name,
                                     self.status.value(), self.reward.text(),
                                     from_qdate(self.day.date()))

    def summary(self, result: int) -> str:
        return self.tr("Referral recorded: %s") % self.referred.text().strip()


class TestimonialDialog(QuickDialog):
    """Their words, what kind of piece it is, and whether we may publish it."""

    def __init__(self, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(customer_id, self.tr("Add testimonial"), parent)
        self.text = self.add_row(self.tr("&Words:"), text_box(
            self.tr("Testimonial text"), self.tr("What the customer said")))
        self.kind = self.add_row(self.tr("&Kind:"), choice_box(
            self.tr("Kind"), [(_label(t), k) for k, t in TESTIMONIAL_LABELS.items()]))
        self.may_publish = self.add_row(self.tr("&Publishing:"),
                                        QCheckBox(self.tr("They allow us to publish it")))
        self.may_publish.setAccessibleName(self.tr("Permission to publish"))
        self.day = self.add_row(self.tr("&Date:"), date_edit(today(), self.tr("Date")))
        self.text.setFocus()

    def save(self) -> int:
        if not self.text.toPlainText().strip():
            raise InputError(self.tr("Type the customer's words"), self.text)
        return feedback.add_testimonial(self.customer_id, self.text.toPlainText(),
                                        self.kind.value(), self.may_publish.isChecked(),
                                        from_qdate(self.day.date()))

    def summary(self, result: int) -> str:
        if self.may_publish.isChecked():
            return self.tr("Testimonial saved, may be published")
        return self.tr("Testimonial saved, not for publication")

from datetime import date, timedelta

from PySide6.QtCore import Qt

from loyaltydesk import formats
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, followups
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.timeline import EntryKind, customer_timeline
from loyaltydesk.store import models
from loyaltydesk.ui.dialogs import feedback as feedback_dialogs
from loyaltydesk.ui.dialogs.contact import LogInteractionDialog, ScheduleFollowUpDialog
from loyaltydesk.ui.dialogs.sale import RecordPurchaseDialog
from loyaltydesk.ui.dialogs.stage import MoveStageDialog


def _customer(name="Zoé Durand", stage=Stage.PROSPECT) -> int:
    return customers.create_customer(ContactDetails(name=name), stage=stage)


def _open(qtbot, dialog_class, customer_id, **kwargs):
    dialog = dialog_class(customer_id, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _save(qtbot, dialog) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)


def _entries(customer_id, kind):
    return [e for e in customer_timeline(customer_id) if e.kind is kind]


def test_logging_a_call_puts_it_on_the_timeline_and_completes_the_follow_up(qtbot, data, clock):
    cid = _customer()
    fid = followups.schedule_followup(cid, clock.now() + timedelta(days=1), "Call about quote")
    dialog = _open(qtbot, LogInteractionDialog, cid)
    assert dialog.focusWidget() is dialog.summary_edit
    qtbot.keyClicks(dialog.summary_edit, "Went through the quote")
    dialog.kind.setCurrentIndex(dialog.kind.findText("Meeting"))
    dialog.effort.setValue(45)
    dialog.answers.setCurrentIndex(dialog.answers.index_of(fid))
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    [entry] = _entries(cid, EntryKind.INTERACTION)
    assert (entry.title, entry.subtype) == ("Went through the quote", "meeting")
    assert "45 min" in entry.detail
    assert followups.get_followup(fid).status.value == "done"
    assert customers.get_customer(cid).last_contact_at == clock.now()


def test_an_empty_summary_is_refused_in_place_and_nothing_is_written(qtbot, data):
    cid = _customer()
    dialog = _open(qtbot, LogInteractionDialog, cid)
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "what the contact was about" in dialog.error_label.text()
    assert dialog.error_label.textFormat() == Qt.TextFormat.PlainText
    assert _entries(cid, EntryKind.INTERACTION) == []


def test_a_contact_in_the_future_is_refused(qtbot, data):
    cid = _customer()
    dialog = _open(qtbot, LogInteractionDialog, cid)
    qtbot.keyClicks(dialog.summary_edit, "Tomorrow's lunch")
    dialog.when.setDateTime(dialog.when.dateTime().addDays(1))
    _save(qtbot, dialog)
    assert "follow-up" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.when
    assert _entries(cid, EntryKind.INTERACTION) == []


def test_a_second_purchase_typed_with_a_comma_makes_the_customer_loyal(qtbot, data):
    cid = _customer()
    record_purchase(cid, PurchaseInput(date(2026, 1, 5), 100))
    dialog = _open(qtbot, RecordPurchaseDialog, cid)
    qtbot.keyClicks(dialog.amount, "1 234,50")
    dialog.currency.setText("eur")
    qtbot.keyClicks(dialog.description, "Annual maintenance")
    _save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error_label.text()
    newest = models.Purchase.select().order_by(models.Purchase.id.desc()).first()
    assert (newest.amount_cents, newest.currency, newest.description) == (
        123450, "EUR", "Annual maintenance")
    assert customers.get_customer(cid).stage is Stage.LOYAL
    summary = dialog.summary(dialog.result_value)
    assert summary.startswith(f"Purchase recorded: {formats.money(123450, 'EUR')} · now Loyal")
    assert "follow-up" in summary


def test_a_purchase_amount_that_is_not_money_is_refused(qtbot, data):
    cid = _customer()
    dialog = _open(qtbot, RecordPurchaseDialog, cid)
    qtbot.keyClicks(dialog.amount, "twelve")
    _save(qtbot, dialog)
    assert "not an amount" in dialog.error_label.text()
    dialog.amount.setText("12")
    dialog.currency.setText("E1")
    _save(qtbot, dialog)
    assert "three-letter" in dialog.error_label.text()
    assert models.Purchase.select().count() == 0


def test_a_contract_end_date_schedules_the_renewal_touches(qtbot, data, clock):
    cid = _customer()
    dialog = _open(qtbot, RecordPurchaseDialog, cid)
    qtbot.keyClicks(dialog.amount, "900")
    assert not dialog.end_day.isEnabled()
    dialog.has_end.setChecked(True)
    assert dialog.end_day.isEnabled()
    _save(qtbot, dialog)
    purchase = models.Purchase.get()
    assert purchase.contract_end_on == date(2027, 3, 2)
    kinds = {f.kind.value for f in followups.followups_of(cid)}
    assert "renewal" in kinds


def test_a_survey_needs_a_score_and_keeps_the_eleven_answer(qtbot, data):
    cid = _customer(stage=Stage.FIRST_PURCHASE)
    dialog = _open(qtbot, feedback_dialogs.SurveyDialog, cid)
    _save(qtbot, dialog)
    assert "score" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.score
    dialog.score.setValue(9)
    qtbot.keyClicks(dialog.eleven, "Deliver on Saturdays")
    _save(qtbot, dialog)
    survey = models.Survey.get()
    assert (survey.score, survey.eleven) == (9, "Deliver on Saturdays")
    assert customers.get_customer(cid).stage is Stage.VALUE_CONFIRMED
    assert "promoter" in dialog.summary(dialog.result_value)


def test_a_referral_links_a_known_customer_or_keeps_a_name(qtbot, data):
    cid = _customer()
    known = _customer("Marc Lefèvre")
    dialog = _open(qtbot, feedback_dialogs.ReferralDialog, cid)
    qtbot.keyClicks(dialog.referred, "Lef")
    label = dialog._suggestions.stringList()[0]
    assert label == f"Marc Lefèvre #{known}"
    dialog.referred.setText(label)
    qtbot.keyClicks(dialog.reward, "A bottle of wine")
    _save(qtbot, dialog)
    referral = models.Referral.get()
    assert referral.referred_id == known and referral.reward == "A bottle of wine"
    assert customers.get_customer(known).referred_by_id == cid
    other = _open(qtbot, feedback_dialogs.ReferralDialog, cid)
    qtbot.keyClicks(other.referred, "Paul from the bakery")
    _save(qtbot, other)
    names = [r.referred_name for r in models.Referral.select()]
    assert names == ["", "Paul from the bakery"]


def test_a_testimonial_keeps_the_permission_to_publish(qtbot, data):
    cid = _customer()
    dialog = _open(qtbot, feedback_dialogs.TestimonialDialog, cid)
    qtbot.keyClicks(dialog.text, "They <b>saved</b> our season")
    dialog.kind.setCurrentIndex(dialog.kind.findText("Online review"))
    dialog.may_publish.setChecked(True)
    _save(qtbot, dialog)
    testimonial = models.Testimonial.get()
    assert testimonial.text == "They <b>saved</b> our season"
    assert testimonial.may_publish and testimonial.kind == "review"
    [entry] = _entries(cid, EntryKind.TESTIMONIAL)
    assert entry.title == "Review (may publish)"


def test_scheduling_a_follow_up_defaults_to_the_next_working_morning(qtbot, data, clock):
    cid = _customer()
    dialog = _open(qtbot, ScheduleFollowUpDialog, cid)
    _save(qtbot, dialog)
    assert "title" in dialog.error_label.text()
    qtbot.keyClicks(dialog.title_edit, "Send the case study")
    dialog.channel.setCurrentIndex(dialog.channel.findText("Email"))
    _save(qtbot, dialog)
    [row] = followups.followups_of(cid)
    assert row.title == "Send the case study" and row.channel.value == "email"
    assert row.due_at.isoformat() == "2026-03-03T09:30:00+00:00"


def test_a_follow_up_in_the_past_is_refused(qtbot, data):
    cid = _customer()
    dialog = _open(qtbot, ScheduleFollowUpDialog, cid)
    qtbot.keyClicks(dialog.title_edit, "Too late")
    dialog.due.setDateTime(dialog.due.dateTime().addDays(-3))
    _save(qtbot, dialog)
    assert "later time" in dialog.error_label.text()
    assert followups.followups_of(cid) == []


def test_moving_stage_by_hand_asks_why(qtbot, data):
    cid = _customer()
    dialog = _open(qtbot, MoveStageDialog, cid)
    assert dialog.stage.index_of(Stage.PROSPECT) == -1  # the current rung is not offered
    assert dialog.target() is Stage.FIRST_PURCHASE
    _save(qtbot, dialog)
    assert "why" in dialog.error_label.text().lower()
    dialog.stage.select(Stage.CLIENT)
    qtbot.keyClicks(dialog.reason, "Signed a framework contract")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert customers.get_customer(cid).stage is Stage.CLIENT
    [move, _added] = _entries(cid, EntryKind.STAGE)
    assert move.detail == "Signed a framework contract"


def test_dialogs_show_the_customer_name_as_typed(qtbot, data):
    cid = _customer(name="<b>x</b>")
    dialog = _open(qtbot, LogInteractionDialog, cid)
    assert dialog.windowTitle() == "Log interaction — <b>x</b>"
    from PySide6.QtWidgets import QLabel
    labels = [w for w in dialog.findChildren(QLabel) if w.text().startswith("<b>x</b>")]
    assert labels and labels[0].textFormat() == Qt.TextFormat.PlainText


def test_a_follow_up_whose_goal_is_already_met_is_refused_in_the_dialog(qtbot, data, clock):
    from loyaltydesk.domain.cadences import FollowUpKind
    from loyaltydesk.services.feedback import record_survey

    cid = _customer(stage=Stage.FIRST_PURCHASE)
    record_survey(cid, 9)
    before = len(followups.followups_of(cid))
    dialog = _open(qtbot, ScheduleFollowUpDialog, cid)
    qtbot.keyClicks(dialog.title_edit, "Ask how satisfied they are")
    dialog.kind.setCurrentIndex(dialog.kind.findText("Satisfaction survey"))
    assert dialog.kind.value() is FollowUpKind.SURVEY
    _save(qtbot, dialog)
    assert dialog.error_label.text() == "Its goal is already met: survey answered on 2 Mar"
    assert len(followups.followups_of(cid)) == before

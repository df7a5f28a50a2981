from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtWidgets import QToolButton

from loyaltydesk.domain.cadences import FollowUpKind
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import customers, followups, reminders
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.reminders import Catching
from loyaltydesk.services.session import close_data, open_data
from loyaltydesk.services.timeline import EntryKind, customer_timeline
from loyaltydesk.ui.dialogs.contact import LogInteractionDialog
from loyaltydesk.ui.followups.customer_followups import CustomerFollowUpsDialog
from loyaltydesk.ui.reminders.notice import NoticeBar
from loyaltydesk.ui.reminders.timer import ReminderTimer

D1_CHECK = "Check the delivery went well"


def _zoé() -> int:
    return customers.create_customer(ContactDetails(name="Zoé Dupont"))


def test_a_purchase_to_its_reminder_to_done_on_the_timeline(qtbot, data, clock, open_window):
    zoé = _zoé()
    record_purchase(zoé, PurchaseInput(date(2026, 3, 2), Decimal("250")))
    window, timer = open_window(data)
    window.show_page("calendar")
    calendar = window.page("calendar")
    tuesday = calendar.model.cell(calendar.model.index_of(date(2026, 3, 3))).content
    assert [e.title for e in tuesday.entries] == [D1_CHECK]
    bar = window.findChild(NoticeBar)
    assert not bar.isVisible()
    clock.set(clock.now().replace(day=3, hour=9, minute=31))
    timer.tick()
    assert bar.isVisible() and bar.title.text() == "Follow-up due: Zoé Dupont"
    assert bar.body.text().startswith(D1_CHECK)
    assert window.navigation_item("today").text() == "Today (1)"
    bar.open_button.click()
    assert window.pages.currentWidget() is window.page("today")
    today = window.page("today")
    today.due_today.setFocus()
    today.due_today.setCurrentIndex(today.today_model.index(0, 0))
    today.followup_actions.done.trigger()
    dialog = today.followup_actions.dialog
    assert isinstance(dialog, LogInteractionDialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert [e.title for e in customer_timeline(zoé) if e.kind is EntryKind.INTERACTION] == [
        D1_CHECK]
    qtbot.waitUntil(lambda: window.navigation_item("today").text() == "Today")


def test_passing_a_due_time_raises_exactly_one_notice(qtbot, data, clock, open_window,
                                                      notices):
    fid = followups.schedule_followup(_zoé(), clock.now() + timedelta(seconds=30), "Call")
    window, timer = open_window(data)
    raised = notices(timer)
    timer.tick()
    assert raised == []
    clock.advance(timedelta(seconds=30))
    timer.tick()
    clock.advance(timedelta(seconds=60))
    timer.tick()
    timer.tick()
    assert [(n.total, n.catching, [f.id for f in n.followups]) for n in raised] == [
        (1, Catching.LIVE, [fid])]


def test_a_snoozed_follow_up_is_raised_again_when_its_snooze_ends(qtbot, data, clock,
                                                                   open_window, notices):
    fid = followups.schedule_followup(_zoé(), clock.now() - timedelta(minutes=1), "Call")
    window, timer = open_window(data)  # raised by the first check
    raised = notices(timer)
    followups.snooze_followup(fid, clock.now() + timedelta(hours=1))
    for _ in range(59):
        clock.advance(timedelta(minutes=1))
        timer.tick()
    assert raised == []
    clock.advance(timedelta(minutes=1))
    timer.tick()
    assert [[f.id for f in n.followups] for n in raised] == [[fid]]


def test_after_a_restart_what_fell_due_meanwhile_is_raised_once(qtbot, data, clock,
                                                               open_window, notices):
    zoé = _zoé()
    first, _timer = open_window(data)
    first.close()
    close_data()
    clock.advance(timedelta(days=2))
    reopened = open_data(data.folder)
    ids = [followups.schedule_followup(zoé, clock.now() - timedelta(hours=h), f"Call {h}")
           for h in (30, 5)]
    second = type(first)(reopened)
    qtbot.addWidget(second)
    timer = second.findChild(ReminderTimer, "ReminderTimer")
    raised = notices(timer)
    with qtbot.waitSignal(timer.checked):
        second.show()
    assert [(n.catching, n.total, [f.id for f in n.followups]) for n in raised] == [
        (Catching.SINCE_CLOSED, 2, ids)]
    assert second.findChild(NoticeBar).title.text() == \
        "2 follow-ups fell due while LoyaltyDesk was closed"
    third = type(first)(reopened)
    qtbot.addWidget(third)
    third_timer = third.findChild(ReminderTimer, "ReminderTimer")
    third_timer.raised.connect(lambda notice: raised.append(notice))
    with qtbot.waitSignal(third_timer.checked):
        third.show()
    assert len(raised) == 1  # the third start found nothing left to raise


def test_waking_from_sleep_catches_up_once(qtbot, data, clock, open_window, notices):
    zoé = _zoé()
    window, timer = open_window(data)
    raised = notices(timer)
    overnight = [followups.schedule_followup(zoé, clock.now() + timedelta(hours=h), f"Call {h}")
                 for h in (2, 6)]
    clock.advance(timedelta(hours=9))  # the laptop slept: no tick ran meanwhile
    timer.tick()
    timer.tick()
    assert [(n.catching, [f.id for f in n.followups]) for n in raised] == [
        (Catching.SINCE_AWAY, overnight)]


def test_a_long_catch_up_is_raised_in_batches_as_one_notice(qtbot, data, clock):
    zoé = _zoé()
    ids = [followups.schedule_followup(zoé, clock.now() - timedelta(hours=h), f"Call {h}")
           for h in range(7, 0, -1)]
    timer = ReminderTimer(60, batch=2, step=2)
    with qtbot.waitSignal(timer.raised) as blocker:
        timer.tick()
    notice = blocker.args[0]
    assert notice.total == 7 and [f.id for f in notice.followups] == ids[:2]
    assert followups.pending_notices() == []
    assert [action for _, action, _ in followups.history_of(ids[-1])] == ["scheduled", "raised"]


def test_a_read_only_folder_counts_what_is_due_but_marks_nothing(qtbot, data, clock):
    fid = followups.schedule_followup(_zoé(), clock.now(), "Call")
    timer = ReminderTimer(60, read_only=True)
    with qtbot.waitSignal(timer.due_count_changed) as blocker:
        timer.tick()
    assert blocker.args == [1]
    assert [f.id for f in followups.pending_notices()] == [fid]


def test_the_status_bar_counts_due_follow_ups_and_opens_today(qtbot, data, clock, open_window):
    zoé = _zoé()
    first = followups.schedule_followup(zoé, clock.now(), "Call", kind=FollowUpKind.CHECK)
    window, timer = open_window(data)
    status = window.findChild(QToolButton, "DueStatus")
    assert status.text() == "1 due"
    assert window.navigation_item("today").text() == "Today (1)"
    followups.schedule_followup(zoé, clock.now(), "Write", kind=FollowUpKind.CHECK)
    qtbot.waitUntil(lambda: status.text() == "2 due")
    followups.complete_followup(first)
    qtbot.waitUntil(lambda: status.text() == "1 due")
    status.click()
    assert window.pages.currentWidget() is window.page("today")


def test_the_tick_interval_comes_from_the_settings(qtbot, data, clock, open_window):
    reminders.save_settings(reminders.ReminderSettings(tick_seconds=5))
    window, timer = open_window(data)
    assert timer.interval == timedelta(seconds=5) and timer.is_active()


def test_a_customers_follow_ups_open_for_the_row_chosen_on_today(qtbot, data, clock,
                                                                 open_window):
    zoé = _zoé()
    followups.schedule_followup(zoé, clock.now(), "Call")
    window, _timer = open_window(data)
    window.show_page("today")
    today = window.page("today")
    today.due_today.setFocus()
    today.due_today.setCurrentIndex(today.today_model.index(0, 0))
    qtbot.waitUntil(lambda: today.selected_customer_ids() == [zoé])
    action = next(a for a in window.customer_menu.actions() if a.text().startswith("Follow-&ups"))
    action.trigger()
    dialog = window.findChild(CustomerFollowUpsDialog, "CustomerFollowUps")
    assert dialog.customer_id == zoé and [f.title for f in dialog.model.rows] == ["Call"]


def test_the_notice_of_what_fell_due_while_closed_takes_its_own_room(qtbot, data, clock,
                                                                    open_window):
    from PySide6.QtCore import QPoint, QRect

    cid = _zoé()
    for hour in range(5):
        followups.schedule_followup(cid, clock.now() - timedelta(days=2, hours=hour),
                                    f"Call back about the order number {hour}")
    window, timer = open_window(data)
    window.resize(1366, 728)
    window.show_page("customers")
    timer.tick()
    bar = window.findChild(NoticeBar)
    assert bar.isVisible() and "fell due while LoyaltyDesk was closed" in bar.title.text()
    assert "\n" not in bar.body.text()
    save = window.browser.page.save_button

    def on_window(widget) -> QRect:
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    assert not on_window(bar).intersects(on_window(save))
    assert not on_window(bar).intersects(on_window(window.browser))

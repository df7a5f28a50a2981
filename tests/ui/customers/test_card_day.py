"""What the card says that depends on the day follows the day, and its keys act from the page."""

from datetime import timedelta

from PySide6.QtCore import Qt

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, followups
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from tests.ui.customers.conftest import add


def test_past_midnight_the_card_turns_amber_without_reopening(qtbot, open_window, clock):
    cid = add("Lou", Stage.LOYAL)
    customers.set_rhythm(cid, 10, 20)
    log_interaction(cid, InteractionInput(InteractionKind.CALL, "Catch-up",
                                          clock.now() - timedelta(days=9)))
    window = open_window()
    window.open_customer(cid)
    card = window.browser.page.header
    assert card.rhythm.text().startswith("In touch")
    clock.advance(timedelta(days=2))  # amber the day after the ideal gap ran out
    assert window.browser.day_watcher.check()
    qtbot.waitUntil(lambda: card.rhythm.text().startswith("Amber"))
    clock.advance(timedelta(days=10))
    assert window.browser.day_watcher.check()
    qtbot.waitUntil(lambda: card.rhythm.text().startswith("Red"))


def test_snooze_from_the_page_uses_todays_menu(qtbot, open_window, clock):
    cid = add("Zoé", Stage.LOYAL)
    fid = followups.schedule_followup(cid, clock.now() + timedelta(hours=2), "Call back")
    window = open_window()
    window.open_customer(cid)
    page = window.browser.page
    page.tabs.setCurrentWidget(page.followups)
    panel = page.followups
    assert panel.current().id == fid
    panel.tree.setFocus()
    before = followups.get_followup(fid).remind_at
    panel.followup_actions.snooze_menu.actions()[1].trigger()  # tomorrow morning
    after = followups.get_followup(fid)
    assert after.snoozed_until is not None and after.remind_at > before
    qtbot.waitUntil(lambda: panel.message.text().startswith("Snoozed until"))
    assert panel.followup_actions.snooze_action.shortcut().toString() == "S"
    qtbot.keyClick(panel.tree, Qt.Key.Key_S)  # the same key as Today opens the menu
    qtbot.waitUntil(lambda: panel.followup_actions.snooze_menu.isVisible())
    panel.followup_actions.snooze_menu.hide()


def test_the_cards_plan_key_works_from_the_page(qtbot, open_window, clock):
    cid = add("Lou", Stage.LOYAL)
    window = open_window()
    window.open_customer(cid)
    page = window.browser.page
    assert page.header.next_step.text() == "No next step"
    page.header.setFocus()
    qtbot.keyClick(page.header, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: page.header.next_step.text().startswith("Next step:"))
    assert len(followups.followups_of(cid)) == 1

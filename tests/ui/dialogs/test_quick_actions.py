from datetime import timedelta

from PySide6.QtCore import Qt

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, followups
from loyaltydesk.services.timeline import EntryKind, customer_timeline
from loyaltydesk.ui.dialogs.contact import LogInteractionDialog
from loyaltydesk.ui.dialogs.quick_actions import QUICK_ACTIONS, QuickActions
from loyaltydesk.ui.main_window import MainWindow


def _window(qtbot, data) -> tuple[MainWindow, QuickActions]:
    window = MainWindow(data)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    if customers.customer_count():  # the first customer's page opens after the first paint
        qtbot.waitUntil(lambda: window.browser.page.customer_id() is not None)
    return window, window.quick_actions


def _select(window: MainWindow, ids: list[int]) -> None:
    """Select these customers in the customer list, as clicks there would."""
    view = window.browser
    view.table.clearSelection()
    if ids:
        view.table.select_customers(ids, ids[0])
    else:
        view.page.show_customer(None)


def test_quick_actions_are_installed_in_the_menu_and_the_context_menu(qtbot, data):
    window, quick = _window(qtbot, data)
    assert window.findChild(QuickActions) is quick
    menu_texts = [a.text() for a in window.customer_menu.actions()]
    for spec in QUICK_ACTIONS:
        action = quick.actions[spec.key]
        assert action.text() in menu_texts and action in window.customer_context_actions
        assert action.shortcut().toString() == spec.shortcut
    shortcuts = [a.shortcut().toString() for a in quick.actions.values()]
    assert len(set(shortcuts)) == len(shortcuts)


def test_actions_are_disabled_until_a_customer_is_selected(qtbot, data):
    cid = customers.create_customer(ContactDetails(name="Zoé"))
    window, quick = _window(qtbot, data)
    _select(window, [])
    assert not any(a.isEnabled() for a in quick.actions.values())
    _select(window, [cid])
    assert all(a.isEnabled() for a in quick.actions.values())
    _select(window, [])
    assert not quick.actions["log_interaction"].isEnabled()


def test_ctrl_l_logs_a_call_for_the_first_selected_customer(qtbot, data):
    first = customers.create_customer(ContactDetails(name="Zoé"))
    second = customers.create_customer(ContactDetails(name="Zygmunt"))
    window, quick = _window(qtbot, data)
    _select(window, [first, second])
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(LogInteractionDialog)
    assert dialog is not None and dialog.customer_id == first and dialog.isModal()
    qtbot.keyClicks(dialog.summary_edit, "Asked about the spring range")
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Return)
    assert [e.title for e in customer_timeline(first) if e.kind is EntryKind.INTERACTION] == [
        "Asked about the spring range"]
    assert window.statusBar().currentMessage() == "Contact logged with Zoé"
    assert not any(e.kind is EntryKind.INTERACTION for e in customer_timeline(second))


def test_plan_next_step_takes_one_keystroke_and_never_duplicates(qtbot, data, clock):
    cid = customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.LOYAL)
    window, quick = _window(qtbot, data)
    _select(window, [cid])
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    [planned] = followups.followups_of(cid)
    assert planned.kind.value == "keep_in_touch"
    assert window.statusBar().currentMessage().startswith("Next step planned: Keep in touch")
    clock.advance(timedelta(hours=1))
    quick.actions["plan_next_step"].trigger()
    assert [f.id for f in followups.followups_of(cid)] == [planned.id]
    assert window.statusBar().currentMessage().startswith("Already planned: Keep in touch")


def test_the_customer_menu_refreshes_what_is_enabled_when_opened(qtbot, data):
    cid = customers.create_customer(ContactDetails(name="Zoé"))
    window, quick = _window(qtbot, data)
    _select(window, [])
    assert not quick.actions["record_purchase"].isEnabled()
    selection = window.browser.table.selectionModel()
    selection.blockSignals(True)  # selected without telling anyone
    _select(window, [cid])
    selection.blockSignals(False)
    assert not quick.actions["record_purchase"].isEnabled()
    window.customer_menu.aboutToShow.emit()
    assert quick.actions["record_purchase"].isEnabled()

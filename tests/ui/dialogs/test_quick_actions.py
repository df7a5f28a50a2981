from datetime import timedelta

from PySide6.QtCore import QObject, Qt, Signal

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, followups
from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.services.timeline import EntryKind, customer_timeline
from loyaltydesk.ui import features
from loyaltydesk.ui.dialogs.contact import LogInteractionDialog
from loyaltydesk.ui.dialogs.quick_actions import QUICK_ACTIONS, QuickActions
from loyaltydesk.ui.main_window import MainWindow


class ListSelection(QObject):
    """Stands in for the customer list's selection: the window's CustomerBrowser seam."""

    selection_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[int] = []

    def select(self, ids: list[int]) -> None:
        self.ids = list(ids)
        self.selection_changed.emit()

    def selected_customer_ids(self) -> list[int]:
        return list(self.ids)

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter()

    def show_filter(self, spec: CustomerFilter) -> None:
        pass

    def open_customer(self, customer_id: int) -> None:
        pass


def _window(qtbot, data) -> tuple[MainWindow, QuickActions, ListSelection]:
    window = MainWindow(data)
    qtbot.addWidget(window)
    selection = ListSelection()
    window.browser = selection
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    quick = window.findChild(QuickActions)
    quick.update_enabled()
    return window, quick, selection


def test_quick_actions_are_installed_in_the_menu_and_the_context_menu(qtbot, data):
    assert "loyaltydesk.ui.dialogs.quick_actions:install" in features.INSTALLERS
    window, quick, _ = _window(qtbot, data)
    menu_texts = [a.text() for a in window.customer_menu.actions()]
    for spec in QUICK_ACTIONS:
        action = quick.actions[spec.key]
        assert action.text() in menu_texts and action in window.customer_context_actions
        assert action.shortcut().toString() == spec.shortcut
    shortcuts = [a.shortcut().toString() for a in quick.actions.values()]
    assert len(set(shortcuts)) == len(shortcuts)


def test_actions_are_disabled_until_a_customer_is_selected(qtbot, data):
    cid = customers.create_customer(ContactDetails(name="Zoé"))
    window, quick, selection = _window(qtbot, data)
    assert not any(a.isEnabled() for a in quick.actions.values())
    selection.select([cid])
    assert all(a.isEnabled() for a in quick.actions.values())
    selection.select([])
    assert not quick.actions["log_interaction"].isEnabled()


def test_ctrl_l_logs_a_call_for_the_first_selected_customer(qtbot, data):
    first = customers.create_customer(ContactDetails(name="Zoé"))
    second = customers.create_customer(ContactDetails(name="Marc"))
    window, quick, selection = _window(qtbot, data)
    selection.select([first, second])
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
    window, quick, selection = _window(qtbot, data)
    selection.select([cid])
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
    window, quick, selection = _window(qtbot, data)
    selection.ids = [cid]  # changed without telling anyone
    assert not quick.actions["record_purchase"].isEnabled()
    window.customer_menu.aboutToShow.emit()
    assert quick.actions["record_purchase"].isEnabled()

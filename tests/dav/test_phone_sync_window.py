"""Tried as an account manager would: connect once from the window, tick a to-do off on the
phone, see it done after the next sync."""

import caldav
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from loyaltydesk.services.followups import get_followup
from loyaltydesk.services.phone import account as accounts
from loyaltydesk.store.models import FollowUp
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.phone_sync.dialog import PhoneSyncDialog
from tests.dav.conftest import add_followups
from tests.radicale_server import PASSWORD, USER

WAIT = 120_000


def _action(window, name) -> QAction:
    [action] = [a for a in window.findChildren(QAction) if a.objectName() == name]
    return action


def _dialog(window) -> PhoneSyncDialog:
    [dialog] = [d for d in window.findChildren(PhoneSyncDialog) if d.isVisible()]
    return dialog


def test_connect_from_the_window_then_a_todo_ticked_on_the_phone_is_done(qtbot, data, radicale,
                                                                         clock, memory_keyring):
    ids = add_followups(clock, 3)
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.show()
    controller = window.phone_sync
    assert controller.label.text() == ""
    _action(window, "phone_sync_settings").trigger()
    dialog = _dialog(window)
    dialog.url.setText(radicale.url)
    dialog.user.setText(USER)
    dialog.password.setText(PASSWORD)
    dialog.find_button.click()
    assert not dialog.find_button.isEnabled()  # asking the server, the window still running
    with qtbot.waitSignal(dialog.job.succeeded, timeout=WAIT):
        pass
    assert dialog.find_button.isEnabled()
    assert dialog.addressbook.count() == 1  # only "a new LoyaltyDesk address book"
    assert dialog.message.text() == "Found 0 calendars and 0 address books"
    with qtbot.waitSignal(dialog.finished, timeout=WAIT):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    current = accounts.account()
    assert current.calendar_url and current.addressbook_url
    assert current.contacts_back  # phone edits offered back unless unticked
    assert list(memory_keyring.kept.values()) == [PASSWORD]  # in the keyring, not the data
    assert controller.password is None
    with qtbot.waitSignal(controller.synced, timeout=WAIT):
        _action(window, "phone_sync_now").trigger()
    assert controller.label.text().startswith("Phone: synced")
    _action(window, "phone_sync_settings").trigger()
    again = _dialog(window)  # named as people know them, their address in the tooltip
    assert again.calendar.currentText() == again.addressbook.currentText() == "LoyaltyDesk"
    assert again.calendar.itemData(again.calendar.currentIndex(),
                                   Qt.ItemDataRole.ToolTipRole) == current.calendar_url
    again.reject()

    phone = caldav.DAVClient(url=radicale.url, username=USER,
                             password=PASSWORD).calendar(url=current.calendar_url)
    todo = phone.get_todo_by_uid(f"{FollowUp.get_by_id(ids[0]).uuid}@loyaltydesk.app")
    todo.complete()
    with qtbot.waitSignal(controller.synced, timeout=WAIT):
        _action(window, "phone_sync_now").trigger()
    assert get_followup(ids[0]).status.value == "done"
    assert get_followup(ids[0]).outcome == "Done on the phone"


def test_a_wrong_password_shows_in_the_dialog(qtbot, data, radicale):
    window = MainWindow(data)
    qtbot.addWidget(window)
    _action(window, "phone_sync_settings").trigger()
    dialog = _dialog(window)
    dialog.url.setText(radicale.url)
    dialog.user.setText(USER)
    dialog.password.setText("wrong")
    dialog.find_button.click()
    with qtbot.waitSignal(dialog.job.failed, timeout=WAIT):
        pass
    assert "refused the user name or password" in dialog.message.text()
    assert accounts.account() is None


def test_a_failed_sync_says_why_in_the_status_bar(qtbot, data, radicale, monkeypatch):
    from loyaltydesk.exchange.dav.setup import connect
    connect(radicale.url, USER, PASSWORD)
    radicale.stop()
    monkeypatch.setenv(accounts.ENV_PASSWORD, PASSWORD)
    window = MainWindow(data)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.phone_sync.problem, timeout=WAIT):
        window.phone_sync.sync_now()
    assert "does not answer" in window.phone_sync.label.text()


def test_a_phone_edit_is_accepted_from_the_dialog(qtbot, data, connected, radicale, clock):
    from loyaltydesk.exchange.dav.sync import sync
    from loyaltydesk.services.customers import get_customer
    from loyaltydesk.services.phone.account import update_account
    from tests.dav.conftest import add_customer
    from tests.dav.test_contacts_sync import _edit_on_phone

    update_account(contacts_back=True)
    cid = add_customer("Agnès Andersen", "+33 1")
    sync()
    _edit_on_phone(radicale, connected, "Agnès Andersen", "+33 9")
    sync()
    window = MainWindow(data)
    qtbot.addWidget(window)
    _action(window, "phone_sync_settings").trigger()
    dialog = _dialog(window)
    assert dialog.notices.count() == 1 and not dialog.accept_notice.isEnabled()
    dialog.notices.setCurrentRow(0)
    assert "+33 9" in dialog.notices.item(0).text()
    dialog.accept_notice.click()
    assert get_customer(cid).details.phone == "+33 9"
    assert dialog.notices.count() == 0


def test_an_edit_schedules_a_sync_and_start_syncs_every_few_minutes(qtbot, data, connected,
                                                                     clock):
    from loyaltydesk.ui.phone_sync.controller import AFTER_EDIT_MS, EVERY_MS
    window = MainWindow(data)
    qtbot.addWidget(window)
    controller = window.phone_sync
    assert controller.every.isActive() and controller.every.interval() == EVERY_MS
    assert not controller.after_edit.isActive()
    add_followups(clock, 1)
    assert controller.after_edit.isActive() and controller.after_edit.interval() == AFTER_EDIT_MS
    with qtbot.waitSignal(controller.synced, timeout=WAIT):
        assert controller.sync_now()
        assert controller.job is not None and window.jobs.busy()  # on the window's runner
    assert controller.label.text().startswith("Phone: synced")
    controller.stop()


def test_the_status_bar_says_when_the_phones_changes_are_taken_in(qtbot, data, connected, phone,
                                                                   clock):
    ids = add_followups(clock, 2)
    window = MainWindow(data)
    qtbot.addWidget(window)
    controller = window.phone_sync
    controller.stop()
    with qtbot.waitSignal(controller.synced, timeout=WAIT):
        assert controller.sync_now()
    for i in ids:
        phone.get_todo_by_uid(f"{FollowUp.get_by_id(i).uuid}@loyaltydesk.app").complete()
    seen: list[str] = []
    with qtbot.waitSignal(controller.synced, timeout=WAIT):
        assert controller.sync_now()
        controller.job.progressed.connect(lambda *_: seen.append(controller.label.text()))
    assert "Phone: taking in its changes (2 of 2)" in seen
    assert [get_followup(i).status.value for i in ids] == ["done", "done"]

"""What the phone changed is told with the customer's name and a time for people."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale

from loyaltydesk import formats, translations
from loyaltydesk.exchange.dav.sync import sync
from loyaltydesk.services.followups import reschedule_followup
from loyaltydesk.services.phone import state
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.phone_sync.dialog import PhoneSyncDialog
from loyaltydesk.ui.phone_sync.install import open_dialog
from tests.dav.conftest import add_customer, add_followups
from tests.dav.test_calendar_sync import _uid


def _move_on_phone(phone, fid: int, to) -> None:
    todo = phone.get_todo_by_uid(_uid(fid))
    component = todo.icalendar_component
    for name in ("due", "dtstart"):
        component.pop(name)
        component.add(name, to)
    todo.save()


def _dialog_lines(qtbot, data) -> list[str]:
    window = MainWindow(data)
    qtbot.addWidget(window)
    open_dialog(window, window.phone_sync)
    [dialog] = window.findChildren(PhoneSyncDialog)
    return [dialog.notices.item(i).text() for i in range(dialog.notices.count())]


def test_a_move_kept_from_the_phone_names_the_customer_and_a_local_time(qtbot, data, connected,
                                                                        phone, clock):
    cid = add_customer("Agnès Andersen")
    [fid] = add_followups(clock, 1, cid)
    sync()
    moved = (clock.now() + timedelta(days=6)).replace(microsecond=0)
    _move_on_phone(phone, fid, moved)
    reschedule_followup(fid, clock.now() + timedelta(days=3))
    sync()
    [notice] = state.open_notices()
    assert notice.message.startswith("Agnès Andersen - Call 0: moved on the phone to ")
    assert "+00:00" not in notice.message and "T" not in notice.message.split(" to ")[1]
    [line] = _dialog_lines(qtbot, data)
    assert line == (f"Agnès Andersen - Call 0: moved on the phone to {formats.moment(moved)}; "
                    "LoyaltyDesk's version was kept")
    assert QLocale().name() == "en_GB" and formats.moment(moved) in line


def test_a_completion_kept_from_the_phone_names_the_customer(qtbot, data, connected, phone,
                                                              clock):
    cid = add_customer("Bruno Costa")
    [fid] = add_followups(clock, 1, cid)
    sync()
    phone.get_todo_by_uid(_uid(fid)).complete()
    reschedule_followup(fid, clock.now() + timedelta(days=3))
    sync()
    assert _dialog_lines(qtbot, data) == [
        "Bruno Costa - Call 0: done on the phone; LoyaltyDesk's version was kept"]


def test_a_phone_number_edited_on_the_phone_says_whose(qtbot, data, connected, radicale, clock):
    from loyaltydesk.services.phone.account import update_account
    from tests.dav.test_contacts_sync import _edit_on_phone

    update_account(contacts_back=True)
    add_customer("Chloé Martin", "+33 1")
    sync()
    _edit_on_phone(radicale, connected, "Chloé Martin", "+33 9")
    sync()
    assert _dialog_lines(qtbot, data) == [
        "Chloé Martin: phone number changed on the phone to +33 9"]


@pytest.fixture
def french(qapp):
    default = QLocale()
    translations.load(qapp, "fr")
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    translations.load(qapp, "en")
    QLocale.setDefault(default)


def test_the_status_bar_and_the_phones_changes_speak_french(qtbot, data, connected, phone,
                                                            clock, french):
    from loyaltydesk.ui.phone_sync.controller import status_text

    assert status_text() == "Téléphone : pas encore synchronisé"
    cid = add_customer("Agnès Andersen")
    [fid] = add_followups(clock, 1, cid)
    sync()
    assert status_text().startswith("Téléphone : synchronisé le ")
    phone.get_todo_by_uid(_uid(fid)).complete()
    reschedule_followup(fid, clock.now() + timedelta(days=3))
    sync()
    assert _dialog_lines(qtbot, data) == [
        "Agnès Andersen - Call 0 : faite sur le téléphone ; la version de LoyaltyDesk a été "
        "gardée"]

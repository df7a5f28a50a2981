"""The restore dialog: backups with dates and sizes, newest first, and a confirmation."""

from datetime import timedelta

from PySide6.QtCore import Qt

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import automatic_backups, backups, customers
from loyaltydesk.ui.safety.restore_dialog import RestoreDialog
from tests.ui.safety.modal import click_message_button, on_next_modal


def _three_backups(data, clock):
    customers.create_customer(ContactDetails(name="Ann"))
    made = [automatic_backups.automatic_backup(data.folder)]
    clock.advance(timedelta(days=1))
    made.append(backups.take_backup(data.folder))
    clock.advance(timedelta(hours=2))
    damaged = backups.take_backup(data.folder, kind=backups.DAMAGED)
    return made, damaged


def test_it_lists_backups_newest_first_with_kind_and_size_but_no_damaged_copy(qtbot, data,
                                                                            clock):
    made, _ = _three_backups(data, clock)
    dialog = RestoreDialog(data.folder)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert [r[1] for r in rows] == ["Made by you", "Automatic"]
    assert all(r[2].endswith("iB") for r in rows)
    assert table.item(0, 0).toolTip() == str(made[1].path)
    assert dialog.selected_backup().path == made[1].path
    assert dialog.restore_button.isEnabled()


def test_choosing_a_backup_asks_first_and_cancel_keeps_the_dialog_open(qtbot, data, clock):
    made, _ = _three_backups(data, clock)
    dialog = RestoreDialog(data.folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(1)
    on_next_modal(lambda box: click_message_button(box, "Cancel"), skip=dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.chosen is None
    on_next_modal(lambda box: click_message_button(box, "Replace"), skip=dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == made[0].path and not dialog.isVisible()


def test_with_no_backups_it_says_so(qtbot, data):
    dialog = RestoreDialog(data.folder)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert not dialog.restore_button.isEnabled()

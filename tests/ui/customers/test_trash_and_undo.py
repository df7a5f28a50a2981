from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyaltydesk.services import customers
from loyaltydesk.services.customer_list import matching_ids
from loyaltydesk.ui.dialogs.trash import TrashDialog
from tests.ui.customers.conftest import add, answer_next_dialog


def _ids(view):
    return view.model.ids()


def test_delete_trashes_the_selection_and_undo_brings_it_back(qtbot, open_window):
    al, bea, cy = add("Al"), add("Bea"), add("Cy")
    window = open_window()
    view = window.browser
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert matching_ids() == [cy] and _ids(view) == [cy]
    assert sorted(r.id for r in customers.trashed_customers()) == [al, bea]
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _ids(view) == [al, bea, cy])
    assert window.customer_actions.redo.isEnabled()
    window.customer_actions.redo.trigger()
    qtbot.waitUntil(lambda: _ids(view) == [cy])


def test_delete_in_a_text_field_deletes_text_not_customers(qtbot, open_window):
    add("Al")
    view = open_window().browser
    search = view.filter_bar.search
    qtbot.keyClicks(search, "xy")
    search.setCursorPosition(0)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert search.text() == "y"
    assert customers.customer_count() == 1


def test_the_trash_dialog_restores_and_empties(qtbot, open_window):
    al, bea = add("Al"), add("Bea")
    window = open_window()
    view = window.browser
    customers.trash_customers([al, bea])
    dialog = TrashDialog(window.customer_actions._restore, window.customer_actions._emptied,
                         window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    dialog.table.selectRow(0)
    restored = dialog.selected_ids()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1 and _ids(view) == restored
    asked = answer_next_dialog(qtbot, "Cancel")
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert asked == ["Delete 1 customer and all their history for good? "
                     "This cannot be undone."]
    assert len(customers.trashed_customers()) == 1
    answer_next_dialog(qtbot, "Delete for good")
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert customers.trashed_customers() == []
    assert dialog.summary.text() == "The trash is empty."
    assert not window.customer_actions.undo.isEnabled()  # nothing left to undo into


def test_edit_trash_opens_the_dialog_from_the_menu(qtbot, open_window):
    cid = add("Al")
    window = open_window()
    customers.trash_customers([cid])

    def restore(dialog):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(qtbot, "Close", before=restore)
    window.customer_actions.show_trash.trigger()
    assert _ids(window.browser) == [cid]
    window.customer_actions.undo.trigger()
    assert customers.get_customer(cid).deleted_at is not None


def test_ctrl_n_adds_a_customer_and_undo_takes_it_away(qtbot, open_window):
    add("Al")
    window = open_window()
    view = window.browser
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.page.is_new()
    name = view.page.form.lines["name"]
    assert QApplication.focusWidget() is name
    qtbot.mouseClick(view.page.save_button, Qt.MouseButton.LeftButton)  # nothing typed yet
    assert customers.customer_count() == 1
    qtbot.keyClicks(name, "Nadia New")
    qtbot.keyClicks(view.page.form.lines["phone"], "+33 6 12 34 56 78")
    qtbot.mouseClick(view.page.save_button, Qt.MouseButton.LeftButton)
    new_id = view.page.customer_id()
    assert customers.get_customer(new_id).details.phone == "+33 6 12 34 56 78"
    assert view.table.current_customer_id() == new_id
    window.customer_actions.undo.trigger()
    qtbot.waitUntil(lambda: new_id not in _ids(view))
    assert customers.customer_count() == 1


def test_an_empty_new_customer_says_a_name_is_needed(qtbot, open_window):
    add("Al")
    window = open_window()
    page = window.browser.page
    window.customer_actions.new.trigger()
    assert page.form.errors["name"].isHidden()  # no scolding before a save
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.form.lines["email"], "x@example.com")
    page.save()
    assert page.form.errors["name"].text() == "A customer needs a name or a company"
    assert customers.customer_count() == 1


def test_undo_of_an_edit_puts_the_old_values_back(qtbot, open_window):
    cid = add("Al", city="Lyon")
    window = open_window()
    window.open_customer(cid)
    page = window.browser.page
    page.start_editing()
    page.form.lines["city"].selectAll()
    qtbot.keyClicks(page.form.lines["city"], "Paris")
    assert page.save()
    assert window.customer_actions.undo.text() == "&Undo Edit Al"
    window.customer_actions.undo.trigger()
    assert customers.get_customer(cid).details.city == "Lyon"
    qtbot.waitUntil(lambda: page.form.lines["city"].text() == "Lyon")


def test_an_ampersand_in_a_name_stays_an_ampersand_in_the_edit_menu(qtbot, open_window):
    cid = add("Bold & Co")
    window = open_window()
    window.open_customer(cid)
    page = window.browser.page
    page.start_editing()
    qtbot.keyClicks(page.form.lines["city"], "Lyon")
    assert page.save()
    assert window.customer_actions.undo.text() == "&Undo Edit Bold && Co"


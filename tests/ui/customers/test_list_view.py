from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, rhythm
from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.ui.customers.table_model import Column
from tests.ui.customers.conftest import add, answer_next_dialog


def _names(view):
    model = view.model
    return [model.data(model.index(r, Column.NAME)) for r in range(model.rowCount())]


def test_typing_in_the_filter_narrows_the_list(qtbot, open_window):
    add("Zoé Lefèvre", city="Genève")
    add("Lucas Martin", city="Lyon")
    add("Marthe Zola", city="Lyon")
    view = open_window().browser
    qtbot.keyClicks(view.filter_bar.search, "mart")
    qtbot.waitUntil(lambda: _names(view) == ["Lucas Martin", "Marthe Zola"])
    qtbot.keyClicks(view.filter_bar.search, "h")
    qtbot.waitUntil(lambda: _names(view) == ["Marthe Zola"])
    view.filter_bar.search.clear()
    qtbot.keyClicks(view.filter_bar.search, "zoe")
    qtbot.waitUntil(lambda: _names(view) == ["Zoé Lefèvre"])
    assert view.filter_bar.count_label.text() == "1 of 3 customers"


def test_clicking_headers_sorts(qtbot, open_window):
    add("Bea", Stage.CLIENT)
    add("Al")
    add("Cy", Stage.PROSPECT)
    view = open_window().browser
    header = view.table.horizontalHeader()

    def click(column):
        x = header.sectionViewportPosition(column) + 10
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    assert _names(view) == ["Al", "Bea", "Cy"]
    click(Column.STAGE)
    assert _names(view) == ["Al", "Cy", "Bea"]
    click(Column.STAGE)
    assert _names(view) == ["Bea", "Cy", "Al"]


def test_filters_for_stage_losing_touch_and_no_next_step(qtbot, open_window, clock):
    add("Sue")
    loyal = add("Lou", Stage.LOYAL)
    add("Cleo", Stage.CLIENT)
    rhythm.plan_next_step(loyal)
    clock.advance(timedelta(days=31))
    view = open_window().browser
    bar = view.filter_bar
    bar.stage.setCurrentIndex(bar.stage.findData(Stage.CLIENT.value))
    assert _names(view) == ["Cleo"]
    bar.stage.setCurrentIndex(0)
    qtbot.mouseClick(bar.no_next_step, Qt.MouseButton.LeftButton)
    assert _names(view) == ["Cleo"]
    qtbot.mouseClick(bar.no_next_step, Qt.MouseButton.LeftButton)
    bar.touch.setCurrentIndex(bar.touch.findData("red,amber"))
    assert _names(view) == ["Cleo", "Lou"]
    model = view.model
    assert model.data(model.index(0, Column.RHYTHM)) == "Amber"
    assert model.data(model.index(0, Column.NEXT_FOLLOWUP)) == "No next step"
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert len(_names(view)) == 3


def test_the_status_bar_counts_and_lists_in_one_click(qtbot, open_window, clock):
    add("Sue")
    add("Lou", Stage.LOYAL)
    clock.advance(timedelta(days=61))
    window = open_window()
    losing = window.findChild(QToolButton, "losing_touch_count")
    no_step = window.findChild(QToolButton, "no_next_step_count")
    qtbot.waitUntil(lambda: losing.text() != "")  # counted once the window is painted
    assert losing.text() == "1 red · 0 amber"
    assert no_step.text() == "1 with no next step"
    qtbot.mouseClick(no_step, Qt.MouseButton.LeftButton)
    assert _names(window.browser) == ["Lou"]
    assert window.browser.current_filter() == CustomerFilter(no_next_step=True)
    assert window.browser.filter_bar.no_next_step.isChecked()


def test_filter_sort_and_columns_are_remembered(qtbot, open_window):
    add("Bea", Stage.CLIENT, city="Lyon")
    add("Al", city="Lyon")
    add("Cy", city="Paris")
    first = open_window()
    view = first.browser
    view.filter_bar.city.setFocus()  # the choices are read when the box is used
    assert view.filter_bar.city.findData("Lyon") > 0
    view.filter_bar.city.setCurrentIndex(view.filter_bar.city.findData("Lyon"))
    view.table.sortByColumn(Column.STAGE, Qt.SortOrder.DescendingOrder)
    view.table.set_column_shown(Column.OWNER, False)
    assert _names(view) == ["Bea", "Al"]
    first.close()
    again = open_window().browser
    assert _names(again) == ["Bea", "Al"]
    assert again.filter_bar.city.currentData() == "Lyon"
    assert again.table.user_hidden == {Column.OWNER}
    assert again.table.horizontalHeader().isSectionHidden(Column.OWNER)


def test_a_fixed_set_from_elsewhere_shows_and_can_be_dropped(qtbot, open_window):
    ids = [add(n) for n in ("A", "B", "C")]
    window = open_window()
    window.show_customers(CustomerFilter(ids=tuple(ids[:2])))
    view = window.browser
    assert _names(view) == ["A", "B"]
    assert view.filter_bar.fixed_set.isVisible()
    qtbot.mouseClick(view.filter_bar.fixed_set, Qt.MouseButton.LeftButton)
    assert _names(view) == ["A", "B", "C"]


def test_ctrl_f_goes_to_the_search_and_enter_opens_the_customer(qtbot, open_window):
    add("Al")
    bea = add("Bea", email="bea@example.com")
    window = open_window()
    view = window.browser
    window.show_page("today")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.page("customers") and view.isVisible()
    assert QApplication.focusWidget() is view.filter_bar.search
    qtbot.keyClicks(view.filter_bar.search, "bea")
    qtbot.keyClick(view.filter_bar.search, Qt.Key.Key_Down)  # straight into the list
    assert QApplication.focusWidget() is view.table
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.page.customer_id() == bea
    assert QApplication.focusWidget() is view.page.form.lines["name"]
    assert view.page.form.lines["email"].text() == "bea@example.com"


def test_the_context_menu_carries_the_other_views_actions(qtbot, open_window):
    add("Al")
    window = open_window()
    extra = QAction("Export contact sheet…", window)
    window.customer_context_actions.append(extra)
    view = window.browser
    view.table.customContextMenuRequested.emit(QPoint(5, 5))
    menu = view.table.findChild(QMenu)
    texts = [a.text() for a in menu.actions()]
    assert "Export contact sheet…" in texts and "Move to &Trash" in texts
    menu.close()
    assert customers.customer_count() == 1


def test_planning_next_steps_for_a_large_selection_asks_first(qtbot, open_window):
    for i in range(25):
        add(f"Lou {i:02d}", Stage.LOYAL)
    window = open_window()
    view = window.browser
    # The first customer's page opens after the first paint and selects that customer.
    qtbot.waitUntil(lambda: view.page.customer_id() is not None)
    view.table.selectAll()
    asked = answer_next_dialog(qtbot, "No")
    window.customer_actions.plan_next_step.trigger()
    assert asked and rhythm.counts().no_next_step == 25
    answer_next_dialog(qtbot, "Yes")
    window.customer_actions.plan_next_step.trigger()
    assert rhythm.counts().no_next_step == 0
    assert view.model.data(view.model.index(0, Column.NEXT_FOLLOWUP)) != "No next step"


def test_the_list_fits_its_width_and_brings_columns_back_with_room(qtbot, open_window):
    add("Bea", Stage.CLIENT, city="Lyon", company="Atelier Chevalier & Fils")
    window = open_window()
    window.resize(1366, 728)
    view = window.browser
    table = view.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    header = table.horizontalHeader()

    def shown() -> set[int]:
        return {c for c in Column if not header.isSectionHidden(c)}

    assert table.horizontalScrollBar().maximum() == 0
    beside = shown()
    assert {Column.NAME, Column.STAGE, Column.NEXT_FOLLOWUP} <= beside
    view.set_page_visible(False)
    qtbot.waitUntil(lambda: len(shown()) > len(beside))
    assert table.horizontalScrollBar().maximum() == 0
    assert Column.LTV in shown()
    used = sum(header.sectionSize(c) for c in shown())
    assert used <= table.viewport().width()


def test_a_search_with_no_match_says_so_and_offers_to_clear_it(qtbot, open_window):
    add("Ana")
    add("Bea")
    view = open_window().browser
    view.filter_bar.search.setText("xyz")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.empty_state.isVisible()
    assert view.empty_state.text.text() == "No customer matches “xyz”."
    qtbot.mouseClick(view.empty_state.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert not view.empty_state.isVisible()


def test_the_last_search_is_not_restored_but_the_filters_are(qtbot, open_window):
    add("Ana", city="Lyon")
    add("Bea", city="Lyon")
    add("Cy", city="Paris")
    first = open_window()
    bar = first.browser.filter_bar
    bar.city.setFocus()
    bar.city.setCurrentIndex(bar.city.findData("Lyon"))
    bar.search.setText("ana")
    qtbot.waitUntil(lambda: first.browser.model.rowCount() == 1)
    first.close()
    again = open_window().browser
    assert again.filter_bar.search.text() == ""
    assert again.filter_bar.city.currentData() == "Lyon"
    assert _names(again) == ["Ana", "Bea"]


def test_the_page_and_the_actions_follow_what_the_search_lists(qtbot, open_window):
    ana, bea = add("Ana"), add("Bea")
    window = open_window()
    view = window.browser
    view.open_customer(ana)
    assert view.page.customer_id() == ana
    view.filter_bar.search.setText("bea")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtbot.waitUntil(lambda: view.page.customer_id() == bea)
    assert window.selected_customer_ids() == [bea]
    view.filter_bar.search.setText("nobody")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.page.customer_id() is None
    assert window.selected_customer_ids() == []


def test_start_paints_with_a_count_read_at_once_then_says_the_exact_one(qtbot, open_window,
                                                                        monkeypatch):
    from loyaltydesk.services import customer_list

    monkeypatch.setattr(customer_list, "_SORT_ALL_BELOW", 3)
    ids = [add(f"Name {i:03d}") for i in range(230)]  # more than a first page of 200
    customers.trash_customers(ids[-5:-1])
    customers.empty_trash()  # their ids are gone: the count read at once says 4 too many
    window = open_window()
    view = window.browser
    qtbot.waitUntil(lambda: not view.model.estimated())
    assert view.model.rowCount() == 226 == customers.customer_count()
    assert view.filter_bar.count_label.text() == "226 customers"
    assert view.model.customer_id(225) == ids[-1]

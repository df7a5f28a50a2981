"""Tab follows reading order in every view and every dialog, and comes back where it began;
every focused widget shows that it has the focus."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from loyaltydesk.services.demo import build_demo
from loyaltydesk.ui.main_window import MainWindow
from tests.ui.focus_order import out_of_order, tab_walk
from tests.ui.menu_dialogs import dialog_actions, read_dialog


def _window(qtbot, data) -> MainWindow:
    build_demo(40, 3)
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _settled(qtbot, window: MainWindow, key: str) -> None:
    window.show_page(key)
    view = window.page(key)
    for ready in ("is_ready",):
        if hasattr(view, ready):
            qtbot.waitUntil(getattr(view, ready), timeout=20_000)
    if hasattr(view, "is_loading"):
        qtbot.waitUntil(lambda: not view.is_loading(), timeout=20_000)
    qtbot.wait(1)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_tab_walks_every_view_in_reading_order_and_comes_back(qtbot, data, clock):
    window = _window(qtbot, data)
    found: dict[str, list[str]] = {}
    for key in list(window._page_keys):
        _settled(qtbot, window, key)
        stops, closed = tab_walk(window)
        problems = out_of_order(stops)
        if not closed:
            problems.append(f"Tab did not come back to the start after {len(stops)} stops")
        if not any(window.page(key).isAncestorOf(stop.widget) for stop in stops):
            problems.append("Tab never reaches the view")
        if problems:
            found[key] = problems
        # the view comes right after the navigation, the bars along the bottom last
        assert stops[0].widget is window.navigation
    assert found == {}


def _walk_dialog(qtbot, action: QAction) -> list[str]:
    """Trigger `action`, walk Tab through the dialog it opens, and close it."""
    def walk(dialog) -> list[str]:
        dialog.activateWindow()
        QApplication.processEvents()
        stops, closed = tab_walk(dialog)
        name = action.text().replace("&", "")
        found = [f"{name}: {line}" for line in out_of_order(stops)]
        if not closed:
            found.append(f"{name}: Tab did not come back after {len(stops)} stops")
        return found
    return read_dialog(qtbot, action, walk)


def test_tab_walks_every_dialog_in_reading_order_and_comes_back(qtbot, data, clock):
    window = _window(qtbot, data)
    window.show_page("customers")
    window.browser.table.setFocus()
    window.browser.table.selectRow(0)  # the customer actions act on a chosen customer
    found: list[str] = []
    actions = dialog_actions(window)
    assert len(actions) > 10
    for action in actions:
        found.extend(_walk_dialog(qtbot, action))
    assert found == [], "\n".join(found)


def test_the_walk_sees_a_field_reached_out_of_reading_order(qtbot):
    """The check itself: a form whose lower field comes first, and the same form fixed."""
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    upper, lower, button = QLineEdit(), QLineEdit(), QPushButton("OK")
    for widget, name in ((upper, "Name"), (lower, "Company"), (button, "OK")):
        widget.setAccessibleName(name)
        layout.addWidget(widget)
    QWidget.setTabOrder(lower, upper)
    QWidget.setTabOrder(upper, button)
    with qtbot.waitActive(top):
        top.show()
        top.activateWindow()
    stops, closed = tab_walk(top)
    assert closed
    assert [s.widget for s in stops][:3] != [upper, lower, button]
    assert any("'Name'" in line for line in out_of_order(stops))
    QWidget.setTabOrder(upper, lower)
    QWidget.setTabOrder(lower, button)
    stops, closed = tab_walk(top)
    assert closed and out_of_order(stops) == []


def _mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def test_every_menu_and_menu_action_is_reachable_from_the_keyboard(qtbot, data, clock):
    """Alt and a letter opens each menu; each action has its letter or a shortcut (the
    choices of a submenu, walked with the arrows, aside)."""
    window = _window(qtbot, data)
    menus = [a for a in window.menuBar().actions() if a.menu() is not None]
    assert all(_mnemonic(a.text()) for a in menus)
    assert len({_mnemonic(a.text()) for a in menus}) == len(menus)
    unreachable = [f"{menu.text()} > {action.text()}"
                   for menu in menus for action in menu.menu().actions()
                   if not action.isSeparator() and action.isVisible()
                   and not _mnemonic(action.text()) and action.shortcut().isEmpty()]
    assert unreachable == []

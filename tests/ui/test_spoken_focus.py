"""What a screen reader says when the focus moves through the customers view: every container
it names on the way has a name, and a selected read-only field is read whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from loyaltydesk.services.demo import build_demo
from loyaltydesk.ui.main_window import MainWindow


def _unnamed_panes(widget: QWidget) -> list[str]:
    """The unnamed layered panes (stacks) above `widget`: Orca speaks each one as 'layered
    pane' when the focus enters it."""
    found = []
    interface: QAccessibleInterface | None = QAccessible.queryAccessibleInterface(widget)
    while interface is not None and interface.isValid():
        if interface.role() == QAccessible.Role.LayeredPane and \
                not interface.text(QAccessible.Text.Name).strip():
            found.append(type(interface.object()).__name__)
        interface = interface.parent()
    return found


def _window_on_first_customer(qtbot, data) -> MainWindow:
    build_demo(12, 3)
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    window.show_page("customers")
    window.page("customers")
    window.browser.table.selectRow(0)
    page = window.browser.page
    qtbot.waitUntil(lambda: page.customer_id() is not None)
    return window


def test_the_stacks_the_focus_passes_through_have_names(qtbot, data, clock):
    window = _window_on_first_customer(qtbot, data)
    page = window.browser.page
    for widget in (window.browser.table, page.header.email.link, page.header.buttons["log_contact"],
                   page.form.lines["name"]):
        assert _unnamed_panes(widget) == [], type(widget).__name__
    window.close()


def test_a_read_only_field_reached_by_tab_is_read_whole_with_its_last_letter(qtbot, data, clock):
    window = _window_on_first_customer(qtbot, data)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field = window.browser.page.form.lines["name"]
    assert field.isReadOnly()
    field.setFocus(Qt.FocusReason.TabFocusReason)  # Tab selects the whole field
    qtbot.waitUntil(field.hasFocus)
    name = field.text()
    assert len(name) > 3 and field.selectedText() == name
    text = QAccessible.queryAccessibleInterface(field).textInterface()
    assert text.characterCount() == len(name)
    assert text.selectionCount() == 1
    # Qt's line edit gives its selection's bounds as these (the binding hides selection())
    start, end = field.selectionStart(), field.selectionEnd()
    assert (start, end) == (0, len(name)) == (0, text.cursorPosition())
    assert text.text(start, end) == name  # 'Anaïs Lefèvre', not 'Anaïs Lefèvr'
    window.close()

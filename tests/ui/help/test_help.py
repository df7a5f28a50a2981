"""Help: the bundled user guide opens at the current view's page and finds words; the
shortcut list is read from the actions themselves."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from loyaltydesk.ui.help import open_shortcuts
from loyaltydesk.ui.help.guide import PAGES, UserGuide, guide_folder
from loyaltydesk.ui.main_window import MainWindow


def _window(qtbot, data) -> MainWindow:
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_f1_opens_the_guide_at_the_page_of_the_view_on_screen(qtbot, data):
    window = _window(qtbot, data)
    window.show_page("today")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(UserGuide)
    assert guide is not None and guide.isVisible()
    assert guide.current_page() == "today"
    assert "losing touch" in guide.page_document().toPlainText()
    window.show_page("insights")
    window.findChild(QAction, "user_guide").trigger()
    assert window.findChild(UserGuide) is guide and guide.current_page() == "insights"


def test_the_guide_search_keeps_the_pages_holding_every_word_and_finds_them(qtbot, data):
    guide = UserGuide()
    qtbot.addWidget(guide)
    guide.show()
    assert guide.pages.count() == len(PAGES)
    qtbot.keyClicks(guide.search, "snooze")
    titles = [guide.pages.item(r).text() for r in range(guide.pages.count())]
    assert titles == ["Today"]
    assert guide.found_text().casefold() == "snooze"
    guide.search.setText("zebra crossing")
    assert guide.pages.count() == 0 and guide.no_match.isVisible()
    assert "zebra crossing" in guide.no_match.text()


def test_every_guide_page_is_bundled_with_its_pictures_and_links(qapp):
    class Refs(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.refs: list[str] = []

        def handle_starttag(self, tag, attrs):
            for key, value in attrs:
                if key in ("src", "href"):
                    self.refs.append(value)

    folder = guide_folder()
    for name in PAGES:
        parser = Refs()
        parser.feed((folder / f"{name}.html").read_text(encoding="utf-8"))
        for ref in parser.refs:
            assert (folder / ref).is_file(), f"{name}.html names {ref}, which is not bundled"
    pictures = set(re.findall(r'src="(screens/[^"]+)"', "".join(
        (folder / f"{n}.html").read_text(encoding="utf-8") for n in PAGES)))
    assert len(pictures) >= 5


def test_keyboard_shortcuts_lists_every_shortcut_from_the_actions(qtbot, data):
    window = _window(qtbot, data)
    late = QAction("Brand-new command", window)
    late.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.customer_menu.addAction(late)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    dialog = open_shortcuts(window)
    rows = dialog.rows()
    assert ("Customer", "Brand-new command", "Ctrl+Alt+K") in rows
    assert ("Customer", "Log interaction", "Ctrl+L") in rows
    assert ("Help", "Keyboard shortcuts", "Ctrl+/") in rows
    assert any(place == "Today" and action.startswith("Done") for place, action, _ in rows)
    menu_keys = {a.shortcut().toString() for m in window.menuBar().actions()
                 for a in m.menu().actions() if not a.shortcut().isEmpty()}
    assert menu_keys <= {keys for _, _, keys in rows}
    dialog.filter.setText("snooze")
    found = dialog.rows()
    assert found and {action for _, action, _ in found} == {"Snooze"}
    assert "Today" in {place for place, _, _ in found}
    assert not dialog.no_match.isVisible()
    dialog.filter.setText("xyzzy")
    assert dialog.rows() == []
    assert dialog.no_match.isVisible()
    assert dialog.no_match.text() == "No shortcut matches “xyzzy”."
    dialog.filter.clear()
    assert not dialog.no_match.isVisible() and dialog.rows()
    dialog.reject()


def test_ctrl_slash_opens_the_shortcut_list(qtbot, data):
    window = _window(qtbot, data)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog.objectName() == "KeyboardShortcuts"
    dialog.reject()


def test_the_guide_shows_the_screenshots_of_the_palette_the_window_wears(qtbot):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    from loyaltydesk.ui import theme

    screens = guide_folder("en") / "screens"
    try:
        for dark, picture in ((False, "customers.png"), (True, "customers-dark.png")):
            theme.apply(theme.Theme.DARK if dark else theme.Theme.LIGHT)
            guide = UserGuide()
            qtbot.addWidget(guide)
            guide.open_page("customers")
            assert 'src="screens/customers.png"' in (
                guide_folder("en") / "customers.html").read_text(encoding="utf-8")
            shown = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                               QUrl("screens/customers.png"))
            image = shown if isinstance(shown, QImage) else QImage.fromData(shown)
            assert image == QImage(str(screens / picture)), picture
    finally:
        theme.apply(theme.Theme.LIGHT)


def test_the_guides_no_match_line_shows_what_was_typed_as_plain_text(qtbot):
    guide = UserGuide()
    qtbot.addWidget(guide)
    guide.search.setText("<b>zzz</b>")
    assert guide.no_match.textFormat() == Qt.TextFormat.PlainText
    assert guide.no_match.text() == "No page mentions “<b>zzz</b>”."

"""Alt and a letter reaches one thing only: within each menu, in the menu bar and in each
dialog no two items share their underlined letter, in English and in French (the French
catalogue places its own '&')."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk import translations
from loyaltydesk.services.demo import build_demo
from loyaltydesk.ui.main_window import MainWindow
from tests.ui.menu_dialogs import dialog_actions, read_dialog


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a plain ampersand), lower case."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def shared(texts: list[str]) -> list[str]:
    """'e: &Export…, &Encryption…' for each letter given to more than one text."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    return [f"{letter}: {', '.join(names)}" for letter, names in by_letter.items()
            if len(names) > 1]


def menu_clashes(menu: QMenu, path: str) -> list[str]:
    """Clashes in `menu` and in its submenus; hidden items count (they show in some books)."""
    found = [f"{path}: {line}" for line in
             shared([a.text() for a in menu.actions() if not a.isSeparator()])]
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(menu_clashes(action.menu(), f"{path} > {action.text()}"))
    return found


def window_clashes(window: MainWindow) -> list[str]:
    menus = [a for a in window.menuBar().actions() if a.menu() is not None]
    found = [f"menu bar: {line}" for line in shared([a.text() for a in menus])]
    for action in menus:
        found.extend(menu_clashes(action.menu(), action.text()))
    return found


def dialog_texts(dialog: QWidget) -> list[str]:
    """What carries a letter in a dialog as shown: buttons, labels naming a field, group
    boxes, tabs."""
    texts = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count())
                         if widget.isVisible() and widget.isTabVisible(i))
        elif not widget.isVisible():
            continue
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QTabBar):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return texts


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    default = QLocale()
    if request.param == "fr":
        translations.load(qapp, "fr")
        QLocale.setDefault(QLocale("fr_FR"))
    yield request.param
    translations.load(qapp, "en")
    QLocale.setDefault(default)


def _window(qtbot, data, language: str) -> MainWindow:
    build_demo(40, 3)
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    assert (window.file_menu.title() == "&Fichier") == (language == "fr")
    return window


def test_no_two_items_of_a_menu_share_a_letter(qtbot, data, clock, language):
    window = _window(qtbot, data, language)
    assert window_clashes(window) == []


def test_no_two_parts_of_a_dialog_share_a_letter(qtbot, data, clock, language):
    window = _window(qtbot, data, language)
    window.show_page("customers")
    window.browser.table.setFocus()
    window.browser.table.selectRow(0)  # the customer actions act on a chosen customer
    found: list[str] = []
    for action in dialog_actions(window):
        name = action.text().replace("&", "")
        found.extend(read_dialog(qtbot, action, lambda dialog, name=name: [
            f"{name}: {line}" for line in shared(dialog_texts(dialog))]))
    assert found == [], "\n".join(found)


def test_the_check_sees_two_items_sharing_a_letter(qtbot):
    """The check itself: a menu and a dialog with a shared letter, then the letter changed."""
    menu = QMenu("&File")
    export, encrypt = menu.addAction("&Export…"), menu.addAction("&Encryption…")
    menu.addAction("Save &As && Close")  # '&&' is an ampersand, not a letter
    assert menu_clashes(menu, "File") == ["File: e: &Export…, &Encryption…"]
    encrypt.setText("E&ncryption…")
    assert menu_clashes(menu, "File") == [] and export.text() == "&Export…"
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    buttons = [QPushButton("&Save"), QPushButton("&Skip")]
    for button in buttons:
        layout.addWidget(button)
    top.show()
    qtbot.waitExposed(top)
    assert shared(dialog_texts(top)) == ["s: &Save, &Skip"]
    buttons[1].setText("S&kip")
    assert shared(dialog_texts(top)) == []

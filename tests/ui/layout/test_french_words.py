"""In French, every view and every dialog reads French: no text of ours is left in English.

The window is opened on a demo book with French loaded, each view and each dialog a menu opens
is looked at, and every text a person sees (labels, buttons, tabs, headers, the rows on screen,
placeholders, menus) is cut at its separators; a piece that is one of our English texts with a
different French one, or one of the app's own stored words, is a leftover. Data and proper names
(the demo's customers, products and notes) are not ours and are not looked at.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from loyaltydesk.built_in import BUILT_IN_LABELS
from loyaltydesk.ui.main_window import MainWindow
from tests.ui.layout.test_layout_guard import (
    _choose_a_customer,
    _raise_due_followups,
    _settle,
    _views,
)
from tests.ui.menu_dialogs import dialog_actions, read_dialog

CATALOGUE = Path(__file__).resolve().parents[3] / "resources" / "translations" / \
    "loyaltydesk_fr.ts"
_PIECES = re.compile(r"\s*(?:\n|·|:\s|;\s|\(|\)|\s[-–]\s|,\s)\s*")
ROWS = 25  # rows of a list or table read: what is on screen


def _ours_in_english() -> set[str]:
    """Our English texts whose French differs, as a person sees them (no '&', no '…')."""
    found: set[str] = set()
    for message in ET.parse(CATALOGUE).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if any(mark in source for mark in ("%", "{", "<")):
            continue
        plain = _plain(source)
        if len(plain) > 3 and plain not in {_plain(f) for f in forms}:
            found.add(plain)
    found |= {text for text in BUILT_IN_LABELS.values() if "%" not in text}
    return found


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip(" .…:")


def _texts(root: QWidget) -> list[str]:
    """What a person reads in `root` and its visible children."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(_model_texts(widget.model()))
    return [t for t in texts if t]


def _model_texts(model) -> list[str]:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    found = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    for row in range(min(model.rowCount(), ROWS)):
        for column in range(columns):
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                found.append(value)
    return found


def _menu_texts(window: MainWindow) -> list[str]:
    """Every menu's title and items, submenus (the theme's choices) included."""
    texts = []

    def read(menu) -> None:
        for action in menu.actions():
            if action.text():
                texts.append(action.text())
            if action.menu() is not None:
                read(action.menu())

    for top in window.menuBar().actions():
        texts.append(top.text())
        read(top.menu())
    return texts


def _english_left(texts: list[str], english: set[str]) -> list[str]:
    return [f"{piece!r} in {text!r}" for text in texts
            for piece in {_plain(p) for p in _PIECES.split(text)} if piece in english]


def _dialog_texts(qtbot, action) -> list[str]:
    """Trigger `action`, read the dialog it opens, and close it (Qt's file dialog speaks
    Qt's own French)."""
    def texts(dialog) -> list[str]:
        _settle(qtbot)
        return list(_texts(dialog))
    return read_dialog(qtbot, action, texts)


@pytest.fixture
def demo_book(tmp_path, clock):
    from loyaltydesk.services.demo import build_demo
    from loyaltydesk.services.session import close_data, open_data

    folder = open_data(tmp_path / "data")
    build_demo(300, seed=5)
    yield folder
    close_data()


def test_the_finder_sees_an_english_leftover():
    english = _ours_in_english()
    assert "Lifetime value" in english and "Check the delivery went well" in english
    found = _english_left(["Valeur vie client · Lifetime value", "Zoé: Check the delivery went "
                           "well", "Boxes for Lyon (Starter pack)"], english)
    assert found == ["'Lifetime value' in 'Valeur vie client · Lifetime value'",
                     "'Check the delivery went well' in 'Zoé: Check the delivery went well'"]


@pytest.mark.slow
def test_every_view_and_dialog_reads_french(qtbot, demo_book, french):
    english = _ours_in_english()
    window = MainWindow(demo_book)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1366, 728)
    _raise_due_followups(window)
    found = [f"[menus] {line}" for line in _english_left(_menu_texts(window), english)]
    for view in _views(window, qtbot):
        _settle(qtbot)
        found.extend(f"[{view}] {line}" for line in _english_left(_texts(window), english))
    window.show_page("customers")
    _choose_a_customer(window)
    _settle(qtbot)
    found.extend(f"[customer page] {line}" for line in _english_left(_texts(window), english))
    for action in dialog_actions(window):
        found.extend(f"[{_plain(action.text())}] {line}"
                     for line in _english_left(_dialog_texts(qtbot, action), english))
    window.close()
    assert not found, f"{len(found)} English texts left:\n" + "\n".join(dict.fromkeys(found))

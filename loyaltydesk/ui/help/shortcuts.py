"""Help ▸ Keyboard shortcuts: every shortcut the window's actions have, read from the actions
themselves, so the list cannot go stale."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Shortcut:
    place: str  # the menu or the view it works in
    action: str
    keys: str


def _words(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcuts(window: QMainWindow, views: dict[str, QWidget]) -> list[Shortcut]:
    """Each action with a shortcut: those in the menus under their menu's name, those of a
    view under the view's name; each once."""
    seen: set[int] = set()
    found: list[Shortcut] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in _actions_of(menu):
            if _keys(action) and id(action) not in seen:
                seen.add(id(action))
                found.append(Shortcut(_words(menu_action.text()), _words(action.text()),
                                      _keys(action)))
    for title, view in views.items():
        for action in view.findChildren(QAction):
            if _keys(action) and id(action) not in seen and action.text():
                seen.add(id(action))
                found.append(Shortcut(title, _words(action.text()), _keys(action)))
    return found


def _actions_of(menu) -> list[QAction]:
    actions = []
    for action in menu.actions():
        if action.menu() is not None:
            actions.extend(_actions_of(action.menu()))
        elif not action.isSeparator():
            actions.append(action)
    return actions


def _keys(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                     for k in action.shortcuts() if not k.isEmpty())


class ShortcutsDialog(QDialog):
    """The shortcuts by place, with a filter."""

    def __init__(self, entries: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KeyboardShortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a shortcut"))
        self.filter.setAccessibleName(self.tr("Find a shortcut"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        places: dict[str, QTreeWidgetItem] = {}
        for entry in entries:
            if entry.place not in places:
                places[entry.place] = QTreeWidgetItem(self.tree, [entry.place])
            QTreeWidgetItem(places[entry.place], [entry.action, entry.keys])
        self.tree.expandAll()
        self.no_match = QLabel()  # what an empty filter result says
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.no_match)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.resize(560, 600)

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        found = 0
        for index in range(self.tree.topLevelItemCount()):
            place = self.tree.topLevelItem(index)
            assert place is not None  # the index is below the count
            shown = 0
            for child_index in range(place.childCount()):
                child = place.child(child_index)
                assert child is not None
                match = needle in f"{child.text(0)} {child.text(1)} {place.text(0)}".casefold()
                child.setHidden(not match)
                shown += match
            place.setHidden(shown == 0)
            found += shown
        self.no_match.setText(self.tr("No shortcut matches “%1”.").replace("%1", text.strip()))
        self.no_match.setVisible(found == 0)

    def rows(self) -> list[tuple[str, str, str]]:
        """What is listed and shown: (place, action, keys)."""
        out = []
        for index in range(self.tree.topLevelItemCount()):
            place = self.tree.topLevelItem(index)
            assert place is not None  # the index is below the count
            for child_index in range(place.childCount()):
                child = place.child(child_index)
                assert child is not None
                if not child.isHidden() and not place.isHidden():
                    out.append((place.text(0), child.text(0), child.text(1)))
        return out



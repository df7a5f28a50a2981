"""The accessibility tree of the main window's views, as a screen reader is given it.

    python -m tests.a11y_tree [--data-dir DIR] [--demo N] [VIEW...]

prints, for each view (customers, pipeline, calendar, today, insights by default), every node's
role and name, indented by depth, marking the nodes that take the keyboard focus and flagging
those among them that have no name. Without --data-dir it opens a fresh book with a demo of
N customers (40 by default) in a temporary folder. Tests walk the same tree (`nodes`).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

# Item views list every cell; a screen reader asks for the few on screen. So does the dump.
CHILDREN_SHOWN = 40


@dataclass(frozen=True)
class Node:
    depth: int
    role: str
    name: str
    focusable: bool
    item: bool  # a cell or line of an item view: it may be blank (its column names it)
    more: int = 0  # children left out after CHILDREN_SHOWN

    def line(self) -> str:
        mark = " [focus]" if self.focusable else ""
        if self.focusable and not self.name.strip() and not self.item:
            mark += " UNNAMED"
        more = f" (+{self.more} more)" if self.more else ""
        return f"{'  ' * self.depth}{self.role} {self.name!r}{mark}{more}"


_ITEMS = {QAccessible.Role.Cell, QAccessible.Role.Row, QAccessible.Role.ColumnHeader,
          QAccessible.Role.RowHeader, QAccessible.Role.TreeItem}


def _is_item(interface: QAccessibleInterface) -> bool:
    """A cell, a row or a header of an item view (Qt makes no widget for it)."""
    if interface.object() is not None:
        return False
    parent = interface.parent()
    painted = parent is not None and hasattr(parent.object(), "accessible_parts")
    return not painted and (interface.role() in _ITEMS
                            or interface.role() == QAccessible.Role.ListItem)


def nodes(interface: QAccessibleInterface | None, depth: int = 0) -> Iterator[Node]:
    """Every node under `interface` that is on screen, depth first."""
    if interface is None or not interface.isValid():
        return
    state = interface.state()
    if state.invisible:
        return
    count = interface.childCount()
    shown = min(count, CHILDREN_SHOWN)
    yield Node(depth, interface.role().name, interface.text(QAccessible.Text.Name) or "",
               bool(state.focusable), _is_item(interface), count - shown)
    for index in range(shown):
        yield from nodes(interface.child(index), depth + 1)


def tree(widget: QWidget) -> list[Node]:
    return list(nodes(QAccessible.queryAccessibleInterface(widget)))


def unnamed(widget: QWidget) -> list[str]:
    """The nodes that take the focus and have no name (an item view's blank cell aside)."""
    return [node.line().strip() for node in tree(widget)
            if node.focusable and not node.item and not node.name.strip()]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--demo", type=int, default=40)
    parser.add_argument("views", nargs="*")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from loyaltydesk import translations
    from loyaltydesk.services.demo import build_demo
    from loyaltydesk.services.session import open_data
    from loyaltydesk.ui import theme
    from loyaltydesk.ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    translations.install(app)  # the system's language, or the one chosen in Preferences
    folder = args.data_dir or Path(tempfile.mkdtemp()) / "data"
    data = open_data(folder)
    if args.data_dir is None:
        build_demo(args.demo, 3)
    theme.apply(theme.Theme.LIGHT)
    window = MainWindow(data)
    window.resize(1366, 728)
    window.show()
    for key in args.views or list(window._page_keys):
        window.show_page(key)
        if key == "customers" and window.browser is not None:
            window.browser.table.selectRow(0)  # a customer's page, as a person sees it
        for _ in range(50):  # views load on timers and in the background
            app.processEvents()
        print(f"== {key}")
        for node in tree(window.page(key)):
            print(node.line())
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""The accessibility tree of every view, as a screen reader walks it: no node that takes the
focus is left without a name, and what is painted is in it too."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services.demo import build_demo
from loyaltydesk.ui.main_window import MainWindow
from tests import a11y_tree


def test_no_view_has_an_unnamed_node_that_takes_the_focus(qtbot, data, clock):
    build_demo(40, 3)
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    found: dict[str, list[str]] = {}
    trees: dict[str, list[str]] = {}
    for key in list(window._page_keys):
        window.show_page(key)
        view = window.page(key)
        if key == "customers":
            window.browser.table.selectRow(0)
        if hasattr(view, "is_loading"):
            qtbot.waitUntil(lambda v=view: not v.is_loading(), timeout=20_000)
        if hasattr(view, "is_ready"):
            qtbot.waitUntil(view.is_ready, timeout=20_000)
        trees[key] = [node.line() for node in a11y_tree.tree(view)]
        if missing := a11y_tree.unnamed(view):
            found[key] = missing
    assert found == {}
    # the painted parts are in the tree: the board's cards, the customer's card in one line
    first = window.browser.model.index(0, 0).data()
    assert any(line.strip().startswith(f"Border '{first}, ") for line in trees["customers"])
    board = window.page("pipeline")
    cards = [c.display_name for s in Stage for c in board.columns[s].model.cards()]
    assert any(f"'{cards[0]}, " in line for line in trees["pipeline"])
    assert any("Chart '" in line for line in trees["insights"])


def test_the_walk_finds_an_unnamed_field_and_the_dump_marks_it(qtbot):
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    named, unnamed = QLineEdit(), QLineEdit()
    named.setAccessibleName("Company")
    layout.addWidget(named)
    layout.addWidget(unnamed)
    top.show()
    found = a11y_tree.unnamed(top)
    assert len(found) == 1 and found[0].endswith("UNNAMED")
    unnamed.setAccessibleName("City")
    assert a11y_tree.unnamed(top) == []
    assert [n.line().strip() for n in a11y_tree.tree(top)][1:] == [
        "EditableText 'Company' [focus]", "EditableText 'City' [focus]"]

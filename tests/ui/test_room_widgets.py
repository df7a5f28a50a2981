"""The pieces that keep a view within a small screen at large fonts: a row that wraps, a row of
action buttons, a tall panel that scrolls, panes shared by need, parts side by side or stacked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from loyaltydesk.ui.widgets.action_row import ActionRow
from loyaltydesk.ui.widgets.flow_layout import FlowLayout
from loyaltydesk.ui.widgets.need_splitter import NeedSplitter
from loyaltydesk.ui.widgets.side_by_side import SideBySide
from loyaltydesk.ui.widgets.tall_panel import TallPanel


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _row_of_buttons(qtbot, texts: list[str], columns: int = 1) -> tuple[QWidget, list]:
    top = QWidget()
    qtbot.addWidget(top)
    flow = FlowLayout(top, columns=columns)
    buttons = [QPushButton(text) for text in texts]
    for button in buttons:
        flow.addWidget(button)
    top.show()
    return top, buttons


def test_a_row_wraps_when_narrow_and_every_button_stays_whole(qtbot):
    top, buttons = _row_of_buttons(qtbot, ["Log contact", "Record purchase", "Plan next step",
                                           "Move stage"])
    top.resize(top.sizeHint().width() + 20, 200)
    _settle()
    assert len({b.y() for b in buttons}) == 1  # one row
    narrow = top.minimumSizeHint().width()  # the widest button and the margins
    assert narrow < max(b.sizeHint().width() for b in buttons) * 2
    top.resize(narrow, 400)
    _settle()
    assert len({b.y() for b in buttons}) == 4  # one a row
    for button in buttons:
        assert button.width() >= button.sizeHint().width()
        assert button.geometry().right() < top.width()
    layout = top.layout()
    assert layout.heightForWidth(narrow) > layout.heightForWidth(top.sizeHint().width() + 20)


def test_a_row_keeps_two_columns_at_the_least(qtbot):
    top, buttons = _row_of_buttons(qtbot, ["Log contact", "Record purchase", "Plan next step",
                                           "Move stage"], columns=2)
    widest = sorted((b.sizeHint().width() for b in buttons), reverse=True)
    assert top.minimumSizeHint().width() >= widest[0] + widest[1]
    top.resize(top.minimumSizeHint().width(), 300)
    _settle()
    assert len({b.y() for b in buttons}) == 2  # two rows of two


def test_pushed_right_items_sit_at_the_end_of_their_row(qtbot):
    top = QWidget()
    qtbot.addWidget(top)
    flow = FlowLayout(top)
    left, right = QPushButton("Previous"), QPushButton("Month")
    flow.addWidget(left)
    flow.push_right()
    flow.addWidget(right)
    top.resize(600, 80)
    top.show()
    _settle()
    assert left.x() < 20
    assert abs(right.geometry().right() - (top.width() - 1 - flow.contentsMargins().right())) <= 1


def test_an_action_row_shows_every_action_as_a_button_and_lists_it(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    actions = [QAction(text, host) for text in ("&Done", "S&kip", "&Reschedule")]
    row = ActionRow("Follow-up actions", host)
    row.add_actions(actions)
    assert row.actions() == actions  # as a toolbar lists them
    assert [b.defaultAction() for b in row.buttons] == actions
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in row.buttons)
    assert row.accessibleName() == "Follow-up actions"
    row.buttons[1].click()
    fired = []
    actions[2].triggered.connect(lambda: fired.append(True))
    row.buttons[2].click()
    assert fired == [True]


def _form(rows: int) -> QWidget:
    panel = QWidget()
    form = QFormLayout(panel)
    for number in range(rows):
        form.addRow(QLabel(f"Field {number}"), QLineEdit())
    return panel


def test_a_tall_panel_scrolls_only_when_shorter_than_its_least_height(qtbot):
    panel = _form(20)
    area = TallPanel(panel)
    qtbot.addWidget(area)
    area.show()
    least = panel.minimumSizeHint().height()
    assert area.minimumSizeHint().height() < least  # it lets the window be short
    area.resize(400, least // 2)
    _settle()
    assert panel.height() >= least and area.verticalScrollBar().maximum() > 0
    area.resize(400, least + 200)
    _settle()
    assert panel.height() == area.viewport().height()  # the panel fills it: nothing scrolls
    assert area.verticalScrollBar().maximum() == 0
    assert area.horizontalScrollBar().maximum() == 0


def test_panes_share_by_need_and_stack_when_short_of_room(qtbot):
    left, right = QLabel("left"), QLabel("right")
    splitter = NeedSplitter([lambda: 300, lambda: 200], [3, 2])
    qtbot.addWidget(splitter)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.resize(900, 300)
    splitter.show()
    _settle()
    splitter.balance()
    sizes = splitter.sizes()
    assert splitter.orientation() == Qt.Orientation.Horizontal
    assert sizes[0] >= 300 and sizes[1] >= 200 and sizes[0] > sizes[1]
    splitter.resize(420, 300)
    _settle()
    assert splitter.orientation() == Qt.Orientation.Vertical
    splitter.resize(900, 300)
    _settle()
    assert splitter.orientation() == Qt.Orientation.Horizontal
    splitter.splitterMoved.emit(100, 1)  # dragged by hand: kept
    splitter.resize(420, 300)
    _settle()
    assert splitter.orientation() == Qt.Orientation.Horizontal


def test_parts_go_one_under_the_other_when_they_do_not_fit_side_by_side(qtbot):
    first, second = QLineEdit(), QLineEdit()
    both = SideBySide([(first, 1), (second, 1)], need=lambda _part: 300)
    qtbot.addWidget(both)
    assert both.needed_width() == 600 + both.box.spacing()
    both.resize(700, 200)
    both.show()
    _settle()
    assert first.y() == second.y() and first.x() < second.x()
    both.resize(500, 200)
    _settle()
    assert first.x() == second.x() and first.y() < second.y()


def test_side_by_side_each_part_gets_the_width_it_needs(qtbot):
    narrow, wide = QLineEdit(), QLineEdit()
    needs = {narrow: 150, wide: 500}
    both = SideBySide([(narrow, 1), (wide, 1)], need=lambda part: needs[part])
    qtbot.addWidget(both)
    both.resize(needs[narrow] + needs[wide] + both.box.spacing() + 20, 200)
    both.show()
    _settle()
    assert narrow.y() == wide.y()  # side by side: half each would cut the wide one
    assert wide.width() >= needs[wide] and narrow.width() >= needs[narrow]
    both.resize(400, 300)
    _settle()
    assert narrow.x() == wide.x() and narrow.width() == wide.width()  # one under the other

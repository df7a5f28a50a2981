"""The QPainter bar chart and the figure tables, driven with the mouse and the keyboard."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette

from loyaltydesk.ui.insights.chart import Bar, BarChart, blend, negative_color
from loyaltydesk.ui.insights.widgets import (
    CUSTOMER_ROLE,
    DRILL_ROLE,
    Cell,
    FigureTable,
    FigureTableModel,
    Row,
)

BARS = [Bar("Jan", 10, "10", "January: 10", "2026-01"),
        Bar("Feb", -5, "-5", "February: -5", "2026-02"),
        Bar("Mar", 0, "-", "March: no answers", "2026-03", empty=True),
        Bar("Apr", 20, "20", "April: 20", "2026-04")]


@pytest.fixture
def chart(qtbot):
    widget = BarChart("NPS over time")
    qtbot.addWidget(widget)
    widget.resize(400, 200)
    widget.set_bars(BARS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def centre(chart, index) -> QPoint:
    return chart.bar_rect(index).center().toPoint()


def test_clicking_a_bar_activates_it(chart, qtbot):
    with qtbot.waitSignal(chart.bar_activated) as caught:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=centre(chart, 3))
    assert caught.args == [3] and chart.current() == 3


def test_clicking_beside_the_bars_activates_nothing(chart, qtbot):
    with qtbot.assertNotEmitted(chart.bar_activated):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(1, 1))


def test_the_keyboard_walks_the_bars_and_enter_activates(chart, qtbot):
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.current() == 3
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.current() == 1
    with qtbot.waitSignal(chart.bar_activated) as caught:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert caught.args == [1]
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    with qtbot.waitSignal(chart.bar_activated) as caught:
        qtbot.keyClick(chart, Qt.Key.Key_Space)
    assert caught.args == [0]


def test_the_chart_has_a_text_alternative_and_names_the_current_bar(chart, qtbot):
    assert chart.accessibleDescription() == (
        "NPS over time. January: 10. February: -5. March: no answers. April: 20.")
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.accessibleName() == "NPS over time: February: -5"


def test_negative_values_hang_below_the_zero_line(chart):
    up, down = chart.bar_rect(0), chart.bar_rect(1)
    assert down.top() == pytest.approx(up.bottom())
    # -5 is half as long as 10
    assert down.height() == pytest.approx(up.height() / 2)


@pytest.mark.parametrize("window,base,highlight", [("#efefef", "#ffffff", "#3874d8"),
                                                   ("#2b2b2b", "#1e1e1e", "#3d8ee6")])
def test_bars_take_their_colours_from_the_palette(chart, window, base, highlight):
    palette = QPalette(chart.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(highlight))
    chart.setPalette(palette)
    image = chart.grab().toImage()
    quiet = blend(QColor(highlight), QColor(base), 0.35)
    assert image.pixelColor(centre(chart, 3)) == quiet
    assert image.pixelColor(centre(chart, 1)) == blend(negative_color(palette), QColor(base),
                                                       0.35)
    dark = QColor(window).lightness() < 128
    assert negative_color(palette) == QColor("#ff7b72" if dark else "#c0392b")


def test_an_empty_chart_says_so(qtbot):
    chart = BarChart("Revenue")
    qtbot.addWidget(chart)
    assert chart.text_alternative() == "Revenue: nothing to show yet."
    with qtbot.assertNotEmitted(chart.bar_activated):
        qtbot.keyClick(chart, Qt.Key.Key_Return)


def test_rows_charts_click_through_too(qtbot):
    chart = BarChart("By stage", horizontal=True)
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.set_bars(BARS[:2])
    chart.show()
    with qtbot.waitSignal(chart.bar_activated) as caught:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=centre(chart, 1))
    assert caught.args == [1]


def test_the_figure_table_model_is_a_sound_model(qtmodeltester):
    model = FigureTableModel(["Customer", "Value"])
    model.set_rows([Row((Cell("Ann"), Cell("1.00", ("ltv", ""), True)), 7),
                    Row((Cell("Bob"), Cell("2.00")), None)])
    qtmodeltester.check(model)
    index = model.index(0, 1)
    assert index.data(DRILL_ROLE) == ("ltv", "") and index.data(CUSTOMER_ROLE) == 7
    assert model.index(1, 0).data(Qt.ItemDataRole.DisplayRole) == "Bob"


def test_a_figure_table_opens_the_customer_of_a_row_or_lists_a_cell(qtbot):
    table = FigureTable("People", ["Customer", "Count"], ("ltv", ""))
    qtbot.addWidget(table)
    table.set_rows([Row((Cell("Ann"), Cell("3", ("stage", "loyal"), True)), 7)], 1)
    table.show()
    assert table.heading.text() == "People (1)"
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(0, 0))
    with qtbot.waitSignal(table.open_requested) as opened:
        qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert opened.args == [7]
    table.view.setCurrentIndex(table.model.index(0, 1))
    with qtbot.waitSignal(table.drill_requested) as listed:
        qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert listed.args == ["stage", "loyal"]
    with qtbot.waitSignal(table.drill_requested) as listed:
        qtbot.mouseClick(table.show_all, Qt.MouseButton.LeftButton)
    assert listed.args == ["ltv", ""]

"""The QPainter bar chart and the figure tables, driven with the mouse and the keyboard."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette

from loyaltydesk.ui.insights.chart import Bar, BarChart, negative_color
from loyaltydesk.ui.insights.widgets import (
    CUSTOMER_ROLE,
    DRILL_ROLE,
    Cell,
    FigureTable,
    FigureTableModel,
    Row,
)
from loyaltydesk.ui.theme import blend

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


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_bars_take_the_themes_chart_colours(chart, dark):
    from loyaltydesk.ui import theme

    palette = theme.palette_for(dark)
    chart.setPalette(palette)
    base = palette.color(QPalette.ColorRole.Base)
    image = chart.grab().toImage()
    quiet = blend(theme.meaning("chart", palette), base, 0.35)
    assert image.pixelColor(centre(chart, 3)) == quiet
    assert image.pixelColor(centre(chart, 1)) == blend(negative_color(palette), base, 0.35)
    assert negative_color(palette) == theme.meaning("chart_negative", palette)


def test_the_value_axis_has_round_gridlines_its_unit_and_no_figure_until_asked(qtbot, chart):
    chart.set_axis("Revenue, €", lambda v: f"€{v:,.0f}")
    assert chart.ticks()[0] <= min(b.value for b in chart.bars())
    assert chart.ticks()[-1] >= max(b.value for b in chart.bars())
    ticks = chart.ticks()
    steps = {round(b - a, 6) for a, b in zip(ticks, ticks[1:], strict=False)}
    assert len(steps) == 1 and 3 <= len(chart.ticks()) <= 9
    assert chart.tick_labels()[-1].startswith("€")
    chart.clearFocus()
    assert chart.caption() == "Revenue, €"  # no bar's figure until one is pointed at


def test_keyboard_focus_shows_the_exact_figure_as_hover_does(qtbot, chart):
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    bar = chart.bars()[chart.current()]
    assert chart.caption() == bar.description
    assert chart.tip_text() == bar.description


def test_a_narrow_charts_caption_gives_the_figure_whole_not_a_cut_sentence(qtbot):
    """Too narrow for the bar's sentence, the line above the plot says its label and
    figure; the tooltip still has the sentence."""
    from tests.ui.layout.cut_text import cut_texts

    chart = BarChart("Revenue by month")
    qtbot.addWidget(chart)
    sentence = "March 2026: €12,480.00 of revenue from 37 purchases by 29 customers"
    chart.set_bars([Bar("Feb", 10, "€9,100", "February"), Bar("Mar", 12, "€12,480", sentence)])
    chart.resize(240, 200)
    chart.show()
    qtbot.waitExposed(chart)
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.caption() == "Mar: €12,480"
    assert chart.tip_text() == sentence
    assert cut_texts(chart) == []
    chart.resize(800, 200)
    qtbot.waitUntil(lambda: chart.caption() == sentence)


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


def test_row_labels_read_whole_in_a_chart_of_usual_width(qtbot):
    chart = BarChart("Lifetime value by stage", horizontal=True)
    qtbot.addWidget(chart)
    chart.set_bars([Bar(label, 10 * i, str(i), label) for i, label in enumerate(
        ("Suspect", "Prospect", "First purchase", "Value confirmed", "Loyal"), 1)])
    chart.resize(360, 260)
    chart.show()
    chart.grab()
    labels = [t for t in chart.painted_texts() if t.text in [b.label for b in chart.bars()]]
    assert [t.text for t in labels] == [b.label for b in chart.bars()]
    assert not any(t.is_cut() for t in chart.painted_texts()) and chart.label_lines() == 1


def test_a_row_label_too_long_for_a_narrow_chart_wraps_and_the_rows_grow(qtbot):
    """'First purchase → Value confirmed' in a narrow chart (large fonts on a laptop) goes
    on two lines, not cut; the chart asks for the height its rows then need."""
    from tests.ui.layout.cut_text import cut_texts

    chart = BarChart("Moved up to the next rung", horizontal=True)
    qtbot.addWidget(chart)
    names = ("Suspect → Prospect", "First purchase → Value confirmed")
    chart.set_bars([Bar(label, 10 * i, f"{i}%", label) for i, label in enumerate(names, 1)])
    chart.resize(600, 200)
    chart.show()
    tall = chart.minimumSizeHint().height()
    chart.resize(240, 200)
    assert chart.label_lines() == 2 and chart.minimumSizeHint().height() > tall
    chart.resize(240, chart.minimumSizeHint().height())
    chart.grab()
    label = next(t for t in chart.painted_texts() if t.text == names[1])
    assert label.wraps and not label.is_cut()
    assert cut_texts(chart) == []

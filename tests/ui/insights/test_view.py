"""The Insights view in a real main window, on the hand-made book (tests/insights_book.py).

The customer list belongs to another view; when none is installed, a minimal customer
browser (below) stands in, so a click-through can be checked through the window's own hooks.
"""

import json

import pytest
from PySide6.QtCore import Qt

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services.customer_list import CustomerFilter, matching_ids
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.ui.insights.format import count_text, days_text, percent_text, short_money_text
from loyaltydesk.ui.insights.view import InsightsView
from loyaltydesk.ui.main_window import MainWindow
from tests.conftest import run_cli
from tests.insights_book import build_book


class ListOfCustomers:
    """The smallest customer browser: shows whatever filter it is given; an opened customer
    is the selected one."""

    def __init__(self) -> None:
        self.spec = CustomerFilter()
        self.opened: list[int] = []

    def selected_customer_ids(self) -> list[int]:
        return self.opened[-1:]

    def current_filter(self) -> CustomerFilter:
        return self.spec

    def show_filter(self, spec: CustomerFilter) -> None:
        self.spec = spec

    def open_customer(self, customer_id: int) -> None:
        self.opened.append(customer_id)


@pytest.fixture
def book(data, clock):
    return build_book(clock)


@pytest.fixture
def window(book, data, qtbot):
    main = MainWindow(data)
    qtbot.addWidget(main)
    if main.browser is None:
        main.browser = ListOfCustomers()
    view = main.page("insights")
    assert isinstance(view, InsightsView)
    view.period.setCurrentIndex(view.period.findData("12m"))  # the saved choice may differ
    main.resize(1366, 768)
    main.show()
    main.show_page("insights")
    qtbot.waitUntil(view.is_ready, timeout=10_000)
    yield main
    view.loader.wait()


def listed(window, book) -> set[str]:
    assert window.pages.currentWidget() is window.page("customers")
    return book.names(matching_ids(window.current_customer_filter()))


def bar_centre(chart, key):
    index = [b.key for b in chart.bars()].index(key)
    return chart.bar_rect(index).center().toPoint()


def test_clicking_a_month_lists_the_customers_who_bought_in_it(window, book, qtbot):
    chart = window.page("insights").pages["value"].months.chart
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=bar_centre(chart, "2025-06"))
    assert listed(window, book) == {"ann", "bob"}


def test_a_rung_of_the_funnel_lists_its_stage(window, book, qtbot):
    view = window.page("insights")
    view.tabs.setCurrentIndex(list(view.pages).index("funnel"))
    chart = view.pages["funnel"].rungs.chart
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=bar_centre(chart, "loyal"))
    assert window.current_customer_filter() == CustomerFilter(stages=(Stage.LOYAL,))
    assert listed(window, book) == {"ann", "fay", "gil"}


def test_the_keyboard_reaches_a_bar_and_lists_its_customers(window, book, qtbot):
    chart = window.page("insights").pages["value"].owners.chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)  # Bob first (most value), then Alice
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert listed(window, book) == {"ann", "fay"}


def test_headline_cards_list_their_customers(window, book, qtbot):
    cards = window.page("insights").cards
    qtbot.mouseClick(cards["red"], Qt.MouseButton.LeftButton)
    assert listed(window, book) == {"bob", "dora"}
    window.show_page("insights")
    cards["no_next_step"].setFocus()
    qtbot.keyClick(cards["no_next_step"], Qt.Key.Key_Space)
    assert listed(window, book) == {"ann", "bob", "dora", "eve", "fay"}


def test_a_funnel_table_cell_lists_the_customers_who_moved_up(window, book, qtbot):
    view = window.page("insights")
    view.tabs.setCurrentIndex(list(view.pages).index("funnel"))
    table = view.pages["funnel"].table
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(2, 6))  # first purchase, moved up
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert listed(window, book) == {"dora", "fay", "gil"}


def test_a_row_opens_its_customer(window, book, qtbot):
    view = window.page("insights")
    view.tabs.setCurrentIndex(list(view.pages).index("second_sale"))
    table = view.pages["second_sale"].oldest
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(0, 0))
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.page("customers")
    assert window.selected_customer_ids() == [book.dora]


def test_an_empty_figure_stays_on_the_view_and_says_so(window, qtbot):
    view = window.page("insights")
    view.show_customers_behind("longer_than_usual", "partner")
    assert window.pages.currentWidget() is view
    assert view.status.text() == "No customers behind this figure"


def _report(data_dir, period="12m"):
    result = run_cli("report", "--json", "--at", "2026-03-02T10:00:00+00:00", "--period",
                     period, data_dir=data_dir, env={"TZ": "UTC"})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_view_shows_the_numbers_of_the_report(window, data_dir):
    report = _report(data_dir)
    view = window.page("insights")
    cards = {key: card.value_text() for key, card in view.cards.items()}
    second, risk = report["second_sale"], report["at_risk"]
    assert cards == {
        "ltv": short_money_text(report["value"]["ltv_total_cents"], "EUR"),
        "repeat_rate": percent_text(second["repeat_rate"]),
        "to_second": days_text(second["median_days_to_second"]),
        "one_purchase": count_text(second["one_purchase"]),
        "nps": str(report["satisfaction"]["nps"]),
        "red": count_text(risk["red"]), "amber": count_text(risk["amber"]),
        "no_next_step": count_text(risk["no_next_step"])}
    assert cards["nps"] == "20" and cards["red"] == "2"
    funnel = view.pages["funnel"].table.model
    moved_up = [funnel.index(row, 6).data() for row in range(6)]
    assert moved_up == [count_text(step["moved_up"]) for step in report["funnel"]["conversion"]]


def test_choosing_all_time_recounts_the_period_figures(window, data_dir, qtbot):
    view = window.page("insights")
    view.period.setFocus()
    qtbot.keyClick(view.period, Qt.Key.Key_End)
    assert view.period_key() == "all"
    qtbot.waitUntil(view.is_ready, timeout=10_000)
    # every answer: 10, 9 | 8, 7 | 6, 3, 2 -> (2 - 3) / 7 = -14 %
    assert view.cards["nps"].value_text() == "-14"
    assert str(_report(data_dir, "all")["satisfaction"]["nps"]) == "-14"
    assert view.pages["referrals"].count.value_text() == count_text(5)


def test_logging_a_call_updates_the_view_at_once(window, book, qtbot, clock):
    view = window.page("insights")
    log_interaction(book.bob, InteractionInput(InteractionKind.CALL, "Caught up"))
    qtbot.waitUntil(lambda: view.is_ready() and view.cards["red"].value_text() == "1",
                    timeout=10_000)


def test_the_view_works_at_1366_by_768(window):
    view = window.page("insights")
    assert window.width() <= 1366 and window.height() <= 768
    for card in view.cards.values():
        assert card.isVisible() and card.width() >= card.minimumSizeHint().width()
    assert view.tabs.isVisible() and view.tabs.height() > 300


def test_coming_back_on_a_later_day_recomputes(window, qtbot, clock):
    from datetime import UTC, datetime

    window.show_page("customers")
    clock.set(datetime(2026, 3, 12, 10, 0, tzinfo=UTC))
    window.show_page("insights")
    view = window.page("insights")
    # 12 March: Cem (red from 7 March) and Fay (red from 12 March) join Bob and Dora;
    # Ann (amber from 4 March) and Eve (from 7 March) turn amber.
    qtbot.waitUntil(lambda: view.is_ready() and view.cards["red"].value_text() == "4",
                    timeout=10_000)
    assert view.cards["amber"].value_text() == "2"


def test_tab_goes_from_the_period_through_the_figures_to_the_sections(window, qtbot):
    view = window.page("insights")
    view.period.setFocus()
    seen = []
    for _ in range(12):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    cards = list(view.cards.values())
    assert seen[:10] == [view.refresh_button, *cards, view.tabs.tabBar()]


def _axis_labels_of_every_chart(view, qtbot) -> dict[str, list[str]]:
    from PySide6.QtWidgets import QTabWidget

    from loyaltydesk.ui.insights.chart import BarChart

    tabs = view.findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(view.is_ready, timeout=10_000)
    return {chart.accessibleName().split(":")[0]: chart.tick_labels()
            for chart in view.findChildren(BarChart) if chart.bars()}


def test_an_axis_never_writes_the_same_figure_twice(data, clock, qtbot):
    """An empty book's charts have their zero line alone, not five gridlines all reading
    '€0'; one customer on a rung gives whole customers along the axis, not 0, 0, 0, 1, 1."""
    from loyaltydesk.domain.contacts import ContactDetails
    from loyaltydesk.services import customers

    main = MainWindow(data)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.show_page("insights")
    view = main.page("insights")
    qtbot.waitUntil(view.is_ready, timeout=10_000)
    empty = _axis_labels_of_every_chart(view, qtbot)
    assert empty["Revenue by month, last three years"] == ["€0"]
    assert empty["Customers on each rung now"] == ["0"]
    customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.SUSPECT)
    view.reload()
    qtbot.waitUntil(view.is_ready, timeout=10_000)
    one = _axis_labels_of_every_chart(view, qtbot)
    assert one["Customers on each rung now"] == ["0", "1"]
    for name, labels in (empty | one).items():
        assert len(set(labels)) == len(labels), (name, labels)


def test_each_figure_is_said_once_and_referral_columns_say_what_they_count(window, qtbot):
    """No headline figure comes again inside a tab; the referrals name what they count
    (no bare 'Won 0' beside the revenue)."""
    from PySide6.QtWidgets import QTabWidget

    from loyaltydesk.ui.insights.widgets import FigureCard, FigureTable

    view = window.page("insights")
    headline = {card.drill for card in view.cards.values()}
    tabs = view.findChild(QTabWidget)
    inside = [card for index in range(tabs.count())
              for card in tabs.widget(index).findChildren(FigureCard)]
    assert inside and not [c.caption for c in inside if c.drill in headline]
    referrals = tabs.widget(tabs.count() - 1)
    tables = referrals.findChildren(FigureTable)
    titles = {table.model.headerData(column, Qt.Orientation.Horizontal)
              for table in tables for column in range(table.model.columnCount())}
    assert {"People referred", "Became customers", "They bought since"} <= titles
    assert "Won" not in titles

"""The value and second-sale tabs: lifetime value, revenue by month, who has yet to buy again."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from loyaltydesk import formats
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services.insights import MonthRevenue, SecondSale, Value
from loyaltydesk.ui.insights.chart import Bar
from loyaltydesk.ui.insights.format import (
    count_text,
    day_text,
    days_text,
    money_text,
    month_label,
    percent_text,
)
from loyaltydesk.ui.insights.widgets import Cell, ChartBox, FigureCard, FigureTable, Page, Row
from loyaltydesk.ui.words import stage_label


class ValuePage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.months = ChartBox(self.tr("Revenue by month, last three years"), "revenue_month")
        self.stages = ChartBox(self.tr("Lifetime value (3 years) by stage"), "ltv_stage",
                               horizontal=True)
        self.owners = ChartBox(self.tr("Lifetime value (3 years) by owner"), "ltv_owner",
                               horizontal=True)
        self.top = FigureTable(self.tr("Most valuable customers"),
                               [self.tr("Customer"), self.tr("Lifetime value")], ("ltv", ""))
        grid = QGridLayout(self)
        grid.addWidget(self.months, 0, 0, 1, 3)
        grid.addWidget(self.stages, 1, 0)
        grid.addWidget(self.owners, 1, 1)
        grid.addWidget(self.top, 1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        self.connect_parts(self.months, self.stages, self.owners, self.top)

    def _money_axis(self, currency: str) -> None:
        sign = formats.currency_symbol(currency)
        def tick(value: float) -> str:
            return formats.money(round(value), currency, decimals=False)
        whole = 100  # cents: the ticks are written in whole units
        self.months.set_axis(self.tr("Revenue per month, %s") % sign, tick, whole)
        self.stages.set_axis(self.tr("Lifetime value, %s") % sign, tick, whole)
        self.owners.set_axis(self.tr("Lifetime value, %s") % sign, tick, whole)

    def show_months(self, months: list[MonthRevenue], currency: str) -> None:
        self._money_axis(currency)
        self.months.set_bars([Bar(
            month_label(m.month), m.cents, money_text(m.cents, currency),
            self.tr("%s: %s from %s customers") % (month_label(m.month),
                                                   money_text(m.cents, currency),
                                                   count_text(m.customers)),
            m.month) for m in months])

    def show_data(self, value: Value, currency: str) -> None:
        self._money_axis(currency)
        if value.by_month:
            self.show_months(list(value.by_month), currency)
        self.stages.set_bars([self._share_bar(stage_label(Stage(s.key)), s.key, s.cents,
                                              s.customers, currency) for s in value.by_stage])
        self.owners.set_bars([self._share_bar(s.key or self.tr("(no owner)"), s.key, s.cents,
                                              s.customers, currency) for s in value.by_owner])
        self.top.set_rows([Row((Cell(line.name),
                                Cell(money_text(cast(int, line.values[0]), currency),
                                     number=True)), line.id)
                           for line in value.top], value.buyers)

    def _share_bar(self, label: str, key: str, cents: int, customers: int,
                   currency: str) -> Bar:
        return Bar(label, cents, money_text(cents, currency),
                   self.tr("%s: %s from %s customers") % (label, money_text(cents, currency),
                                                          count_text(customers)), key)


class SecondSalePage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.buyers = FigureCard(self.tr("Customers who bought"), ("buyers", ""))
        self.rate = FigureCard(self.tr("Bought again (repeat rate)"), ("repeat_buyers", ""))
        self.median = FigureCard(self.tr("Median time from first to second purchase"),
                                 ("repeat_buyers", ""))
        self.waiting = FigureCard(self.tr("Bought once, no second order yet"),
                                  ("one_purchase", ""))
        self.oldest = FigureTable(
            self.tr("Bought once and waiting for the second order, oldest first"),
            [self.tr("Customer"), self.tr("First purchase"), self.tr("Waiting")],
            ("one_purchase", ""))
        cards = QHBoxLayout()  # repeat rate, time to it and who waits: in the headline
        cards.addWidget(self.buyers)
        cards.addStretch(3)
        layout = QVBoxLayout(self)
        layout.addLayout(cards)
        layout.addWidget(self.oldest, 1)
        self.connect_parts(self.buyers, self.rate, self.median, self.waiting, self.oldest)

    def show_data(self, second: SecondSale, currency: str) -> None:
        self.buyers.set_value(count_text(second.buyers),
                              self.tr("Customers with at least one purchase"))
        self.rate.set_value(percent_text(second.repeat_rate),
                            self.tr("%s of %s buyers bought a second time") % (
                                count_text(second.repeat_buyers), count_text(second.buyers)))
        self.median.set_value(days_text(second.median_days_to_second),
                              self.tr("Half of the repeat buyers came back sooner than this"))
        self.waiting.set_value(count_text(second.one_purchase),
                               self.tr("Loyalty starts after the second sale"))
        self.oldest.set_rows([Row((Cell(line.name), Cell(day_text(cast(date, line.values[0]))),
                                   Cell(days_text(cast(int, line.values[1])), number=True)),
                                  line.id)
                              for line in second.one_purchase_oldest], second.one_purchase)

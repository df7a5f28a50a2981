"""The Insights view: headline figures, a period picker and one tab per kind of number.

Sections are computed in the background (a book of 100,000 customers takes a few seconds in
all), the tab in front first; every figure, bar and table cell leads to its customers.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.periods import PERIOD_LABELS, PeriodKey, period_for
from loyaltydesk.services import events, insights
from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.services.events import Change
from loyaltydesk.services.insights.common import NOBODY
from loyaltydesk.ui.insights.format import (
    DASH,
    count_text,
    day_text,
    days_text,
    money_text,
    percent_text,
    short_money_text,
)
from loyaltydesk.ui.insights.loader import SECTIONS, SectionLoader
from loyaltydesk.ui.insights.pages_funnel import FunnelPage
from loyaltydesk.ui.insights.pages_people import ReferralsPage, RiskPage, SatisfactionPage
from loyaltydesk.ui.insights.pages_value import SecondSalePage, ValuePage
from loyaltydesk.ui.insights.widgets import FigureCard, Page, plain_label
from loyaltydesk.ui.widgets.shown_tabs import ShownTabs

PERIOD_SECTIONS = frozenset({"funnel", "satisfaction", "referrals"})
SETTINGS_KEY = "insights/period"
RELOAD_DELAY_MS = 400


class InsightsView(QWidget):
    # Raised from service events, which may come from any thread: handled on the view's.
    data_changed = Signal()

    def __init__(self, show_customers: Callable[[CustomerFilter], None],
                 open_customer: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InsightsView")
        self._show_customers = show_customers
        self._open_customer = open_customer
        # The latest result of each section, shown until a newer one arrives; `_fresh` names
        # those computed for the current data and period.
        self._cache: dict[str, Any] = {}
        self._fresh: set[str] = set()
        self._pending: set[str] = set()
        self._scope: insights.Scope | None = None
        self._stale = True
        self.loader = SectionLoader(self)
        self.loader.signals.done.connect(self._loaded)
        self.loader.signals.failed.connect(self._failed)
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._build()
        self._listen()

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        # Built in reading order, which is also the order Tab moves through them.
        header = self._header()
        self.cards = self._headline()
        self.pages: dict[str, Page] = {
            "value": ValuePage(), "second_sale": SecondSalePage(), "funnel": FunnelPage(),
            "satisfaction": SatisfactionPage(), "at_risk": RiskPage(),
            "referrals": ReferralsPage(self._referrals_of)}
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self._card_grid())
        layout.addWidget(self._tabs(), 1)

    def _header(self) -> QHBoxLayout:
        self.period = QComboBox()
        for key, label in PERIOD_LABELS.items():
            self.period.addItem(QCoreApplication.translate("Periods", label), key.value)
        saved = QSettings().value(SETTINGS_KEY, PeriodKey.MONTHS_12.value)
        self.period.setCurrentIndex(max(self.period.findData(saved), 0))
        self.period.setAccessibleName(self.tr("Period"))
        self.period.currentIndexChanged.connect(self._period_changed)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Compute the figures again (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.reload)
        self.status = plain_label()
        header = QHBoxLayout()
        for widget, stretch in ((plain_label(self.tr("Insights"), bold=True), 0),
                                (self.status, 1), (period_label, 0), (self.period, 0),
                                (self.refresh_button, 0)):
            header.addWidget(widget, stretch)
        return header

    def _tabs(self) -> ShownTabs:
        titles = {"value": self.tr("Val&ue"), "second_sale": self.tr("Second s&ale"),
                  "funnel": self.tr("Fu&nnel"), "satisfaction": self.tr("Sa&tisfaction"),
                  "at_risk": self.tr("At ris&k"), "referrals": self.tr("Referra&ls")}
        self.tabs = ShownTabs()
        self.tabs.setAccessibleName(self.tr("Insight sections"))
        for section, page in self.pages.items():
            page.drill_requested.connect(self.show_customers_behind)
            page.open_requested.connect(self._open_customer)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            scroll.setAccessibleName(titles[section].replace("&", ""))
            self.tabs.add_page(scroll, titles[section])
        self.tabs.currentChanged.connect(lambda _: self._request_missing())
        return self.tabs

    def _headline(self) -> dict[str, FigureCard]:
        cards = {
            "ltv": FigureCard(self.tr("Lifetime value, 3 years"), ("ltv", "")),
            "repeat_rate": FigureCard(self.tr("Bought again"), ("repeat_buyers", "")),
            "to_second": FigureCard(self.tr("Median time to 2nd sale"), ("repeat_buyers", "")),
            "one_purchase": FigureCard(self.tr("Bought once, waiting"), ("one_purchase", "")),
            "nps": FigureCard(self.tr("NPS in the period"), ("answered", "")),
            "red": FigureCard(self.tr("Red: losing touch"), ("red", "")),
            "amber": FigureCard(self.tr("Amber"), ("amber", "")),
            "no_next_step": FigureCard(self.tr("No next step"), ("no_next_step", "")),
        }
        for card in cards.values():
            card.drill_requested.connect(self.show_customers_behind)
        return cards

    def _card_grid(self) -> QGridLayout:
        grid = QGridLayout()
        for column, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, column)
        return grid

    def _listen(self) -> None:
        stops = [events.subscribe(change, lambda *_: self.data_changed.emit())
                 for change in (Change.CUSTOMERS, Change.TIMELINE, Change.FOLLOWUPS,
                                Change.BULK)]
        self.destroyed.connect(lambda *_: [stop() for stop in stops])
        self.data_changed.connect(self._data_changed)

    # -- loading ------------------------------------------------------------------------
    def period_key(self) -> PeriodKey:
        return PeriodKey(self.period.currentData())

    def current_section(self) -> str:
        return list(self.pages)[self.tabs.front_index()]

    def reload(self) -> None:
        """Compute every figure again, the tab in front first; until the new ones arrive the
        view keeps showing the previous ones."""
        self._reload_timer.stop()
        self.loader.next_generation()
        self._fresh.clear()
        self._pending.clear()
        self._stale = False
        self._scope = insights.scope(self.period_key())
        self._request_missing()

    def prefetch(self) -> None:
        """Compute in the background before the view is first shown, so it opens at once."""
        if self._scope is None and self.window().isVisible():
            self.reload()

    def _period_changed(self) -> None:
        QSettings().setValue(SETTINGS_KEY, self.period_key().value)
        if self._scope is None:
            return
        self.loader.next_generation()
        self._pending.clear()
        self._fresh -= PERIOD_SECTIONS
        self.cards["nps"].set_value("\u2026", "")
        self._scope = dataclasses.replace(
            self._scope, period=period_for(self.period_key(), self._scope.today))
        self._request_missing()

    def _request_missing(self) -> None:
        if self._scope is None:
            return
        order = ["value", self.current_section(), "revenue", "second_sale", "satisfaction",
                 "at_risk", "funnel", "referrals"]
        for section in dict.fromkeys(order):
            if section not in self._fresh and section not in self._pending:
                self._pending.add(section)
                self.loader.request(section, self._scope)
        self._show_status()

    def _loaded(self, generation: int, section: str, result: Any) -> None:
        if generation != self.loader.generation:
            return
        self._pending.discard(section)
        self._fresh.add(section)
        self._cache[section] = result
        shown = list(self._cache) if section == "value" else [section]
        if "value" in self._cache:
            for name in shown:
                self._show_section(name)
        self._show_headline()
        self._show_status()

    def _show_section(self, name: str) -> None:
        if name == "revenue":
            value = self.pages["value"]
            assert isinstance(value, ValuePage)
            value.show_months(self._cache[name], self.currency())
        else:
            self.pages[name].show_data(self._cache[name], self.currency())

    def _failed(self, generation: int, section: str, message: str) -> None:
        if generation == self.loader.generation:
            self._pending.discard(section)
            self.status.setText(self.tr("Could not compute the figures: %s") % message)

    def currency(self) -> str:
        value = self._cache.get("value")
        return value.currency if value else ""

    def is_fresh(self, section: str) -> bool:
        """The section shows figures computed for the current data and period."""
        return section in self._fresh

    def is_ready(self) -> bool:
        return self._scope is not None and not self._pending and self._fresh >= set(SECTIONS)

    def _show_status(self) -> None:
        if self._pending:
            self.status.setText(self.tr("Computing\u2026") if not self._cache
                                else self.tr("Updating\u2026"))
        elif self._scope is not None:
            self.status.setText(self.tr("As of %s") % day_text(self._scope.today))

    def _show_headline(self) -> None:
        cur = self.currency()
        value, second = self._cache.get("value"), self._cache.get("second_sale")
        sat, risk = self._cache.get("satisfaction"), self._cache.get("at_risk")
        if value:
            self.cards["ltv"].set_value(short_money_text(value.total_cents, cur), self.tr(
                "%s since %s from %s customers") % (money_text(value.total_cents, cur),
                                                     day_text(value.ltv_start),
                                                     count_text(value.buyers)))
        if second:
            self.cards["repeat_rate"].set_value(percent_text(second.repeat_rate), self.tr(
                "%s of %s buyers") % (count_text(second.repeat_buyers),
                                      count_text(second.buyers)))
            self.cards["to_second"].set_value(days_text(second.median_days_to_second), "")
            self.cards["one_purchase"].set_value(count_text(second.one_purchase), self.tr(
                "One purchase, no second order yet"))
        if sat:
            nps = sat.counts.nps
            if "satisfaction" in self._fresh:
                self.cards["nps"].set_value(DASH if nps is None else str(nps), self.tr(
                    "From %s answers") % count_text(sat.counts.responses))
        if risk:
            for key, n in (("red", risk.red), ("amber", risk.amber),
                           ("no_next_step", risk.no_next_step)):
                self.cards[key].set_value(count_text(n), "")

    # -- reacting -----------------------------------------------------------------------
    def _data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def reload_when_shown(self) -> None:
        """The data was replaced behind the view's back: now if in front, else when shown."""
        self._data_changed()

    def showEvent(self, event) -> None:  # Qt's name
        super().showEvent(event)
        if self._stale or self._scope is None or self._scope.today != insights.scope().today:
            self.reload()  # new data, or a new day since the figures were computed

    def _referrals_of(self, referrer_id: int):
        return insights.referrals_of(self._scope, referrer_id) if self._scope else []

    def show_customers_behind(self, kind: str, key: str) -> None:
        """List the customers a figure counts (in the customer list)."""
        if self._scope is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            spec = insights.customers_behind(kind, key, self._scope)
        finally:
            QApplication.restoreOverrideCursor()
        if spec == NOBODY:
            self.status.setText(self.tr("No customers behind this figure"))
            return
        self._show_customers(spec)

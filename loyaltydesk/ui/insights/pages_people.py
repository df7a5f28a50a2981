"""The satisfaction, at-risk and referral tabs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from loyaltydesk.services.insights import AtRisk, ReferralLine, Referrals, Satisfaction
from loyaltydesk.ui.insights.chart import Bar
from loyaltydesk.ui.insights.format import (
    DASH,
    count_text,
    day_text,
    money_text,
    month_label,
    number_text,
)
from loyaltydesk.ui.insights.widgets import (
    CUSTOMER_ROLE,
    Cell,
    ChartBox,
    FigureCard,
    FigureTable,
    Page,
    Row,
)
from loyaltydesk.ui.widgets.side_by_side import SideBySide


def _cards(page: Page, cards: list[FigureCard]) -> QHBoxLayout:
    row = QHBoxLayout()
    for card in cards:
        row.addWidget(card)
    page.connect_parts(*cards)
    return row


def _people(table: FigureTable, lines, texts: Callable[[tuple], list[Cell]], total: int) -> None:
    table.set_rows([Row((Cell(line.name), *texts(line.values)), line.id) for line in lines],
                   total)


class SatisfactionPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.nps = FigureCard(self.tr("NPS in the period"), ("answered", ""))
        self.promoters = FigureCard(self.tr("Promoters (9-10)"), ("answered", "promoter"))
        self.passives = FigureCard(self.tr("Passives (7-8)"), ("answered", "passive"))
        self.detractors = FigureCard(self.tr("Detractors (0-6)"), ("answered", "detractor"))
        self.over_time = ChartBox(self.tr("NPS over time"), "answered_in")
        self.eleven = FigureTable(
            self.tr("Latest answers to \u201cwhat would make it 11/10?\u201d"),
            [self.tr("Customer"), self.tr("Day"), self.tr("Score"), self.tr("Answer")],
            ("eleven", ""), stretch=3)
        self.unasked = FigureTable(self.tr("Promoters not yet asked for a testimonial or referral"),
                                   [self.tr("Customer"), self.tr("Score"), self.tr("Value")],
                                   ("promoters_not_asked", ""))
        self.unfollowed = FigureTable(self.tr("Detractors without an open follow-up"),
                                      [self.tr("Customer"), self.tr("Score"), self.tr("Value")],
                                      ("detractors_unfollowed", ""))
        layout = QVBoxLayout(self)
        layout.addLayout(_cards(self, [self.promoters, self.passives, self.detractors]))
        # one under the other when the answers would not read whole beside the chart
        layout.addWidget(SideBySide([(self.over_time, 1), (self.eleven, 1)]), 1)
        layout.addWidget(SideBySide([(self.unasked, 1), (self.unfollowed, 1)]), 1)
        self.connect_parts(self.over_time, self.eleven, self.unasked, self.unfollowed)

    def show_data(self, sat: Satisfaction, currency: str) -> None:
        counts = sat.counts
        self.nps.set_value(DASH if counts.nps is None else str(counts.nps),
                           self.tr("%% promoters minus %% detractors, of %s answers") %
                           count_text(counts.responses))
        for card, n in ((self.promoters, counts.promoters), (self.passives, counts.passives),
                        (self.detractors, counts.detractors)):
            card.set_value(count_text(n), self.tr("Answers in the period"))
        self.over_time.set_axis(self.tr("NPS, from -100 to 100"), lambda v: f"{v:g}", 1)
        self.over_time.set_bars([self._point(p) for p in sat.over_time])
        _people(self.eleven, sat.latest_eleven, lambda v: [
            Cell(day_text(v[0])), Cell(str(v[1]), number=True), Cell(v[2])], sat.eleven_answers)
        def scored(values: tuple) -> list[Cell]:
            return [Cell(number_text(values[0]), number=True),
                    Cell(money_text(values[1], currency), number=True)]

        _people(self.unasked, sat.promoters_not_asked_list, scored, sat.promoters_not_asked)
        _people(self.unfollowed, sat.detractors_unfollowed_list, scored,
                sat.detractors_unfollowed)

    def _point(self, point) -> Bar:
        label = month_label(point.bucket) if "-W" not in point.bucket else \
            self.tr("Week of %s") % day_text(point.start)
        nps = point.counts.nps
        if nps is None:
            return Bar(label, 0, DASH, self.tr("%s: no answers") % label, point.bucket, True)
        return Bar(label, nps, str(nps), self.tr("%s: NPS %s from %s answers") % (
            label, nps, count_text(point.counts.responses)), point.bucket)


class RiskPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.red = FigureCard(self.tr("Red: past the maximum gap"), ("red", ""))
        self.amber = FigureCard(self.tr("Amber: past the ideal gap"), ("amber", ""))
        self.no_next = FigureCard(self.tr("No next step planned"), ("no_next_step", ""))
        self.renewals = FigureCard(self.tr("Renewals in the next 90 days"), ("renewals", ""))
        self.heavy = FigureCard(self.tr("High maintenance (12 months)"),
                                ("high_maintenance", ""))
        self.losing = FigureTable(self.tr("Losing touch: red first, then amber"), [
            self.tr("Customer"), self.tr("Gap"), self.tr("Last contact"), self.tr("Value")],
            ("losing_touch", ""))
        self.unplanned = FigureTable(self.tr("Renewals with nothing planned"), [
            self.tr("Customer"), self.tr("Contract ends"), self.tr("Value")],
            ("renewals", "unplanned"))
        self.heavy_list = FigureTable(self.tr("High maintenance: little revenue per hour"), [
            self.tr("Customer"), self.tr("Hours"), self.tr("Revenue"), self.tr("Per hour")],
            ("high_maintenance", ""))
        # the long list on the left, the two short ones stacked beside it: three side by
        # side left each customer's name a few letters at 1366 pixels
        tables = QHBoxLayout()
        tables.addWidget(self.losing, 1)
        short = QVBoxLayout()
        short.addWidget(self.unplanned)
        short.addWidget(self.heavy_list)
        tables.addLayout(short, 1)
        layout = QVBoxLayout(self)
        # red, amber and no next step are the headline's figures: not repeated here
        self.connect_parts(self.red, self.amber, self.no_next)
        layout.addLayout(_cards(self, [self.renewals, self.heavy]))
        layout.addLayout(tables, 1)
        self.connect_parts(self.losing, self.unplanned, self.heavy_list)

    def show_data(self, risk: AtRisk, currency: str) -> None:
        self.red.set_value(count_text(risk.red), self.tr("No contact for longer than their "
                                                         "rhythm's maximum gap"))
        self.amber.set_value(count_text(risk.amber), self.tr("Past their ideal gap"))
        self.no_next.set_value(count_text(risk.no_next_step),
                               self.tr("From the first purchase up, nothing planned"))
        self.renewals.set_value(count_text(risk.renewals), self.tr(
            "%s with no follow-up planned before the contract ends") %
            count_text(risk.renewals_unplanned))
        self.heavy.set_value(count_text(risk.high_maintenance), self.tr(
            "At least 4 hours of logged effort that brought under 50.00 an hour"))
        gap = {"red": self.tr("Red"), "amber": self.tr("Amber")}
        _people(self.losing, risk.losing_touch, lambda v: [
            Cell(gap[v[0]]), Cell(day_text(v[1])), Cell(money_text(v[2], currency), number=True)],
            risk.red + risk.amber)
        _people(self.unplanned, risk.renewals_unplanned_list, lambda v: [
            Cell(day_text(v[0])), Cell(money_text(v[1], currency), number=True)],
            risk.renewals_unplanned)
        _people(self.heavy_list, risk.high_maintenance_list, lambda v: [
            Cell(number_text(round(v[0] / 60, 1)), number=True),
            Cell(money_text(v[1], currency), number=True),
            Cell(money_text(v[2], currency), number=True)], risk.high_maintenance)


class ReferralsPage(Page):
    """Referrers with the revenue that came through them; choosing one shows whom they referred."""

    def __init__(self, lines_of: Callable[[int], list[ReferralLine]]) -> None:
        super().__init__()
        self._lines_of = lines_of
        self._currency = ""
        self.count = FigureCard(self.tr("Referrals made in the period"), ("referred", ""))
        self.referrers = FigureCard(self.tr("Customers who referred"), ("referrers", ""))
        self.revenue = FigureCard(self.tr("Revenue that came through them"), ("referred", ""))
        # 'Won' beside an amount said nothing: each column says what it counts
        self.table = FigureTable(self.tr("Referrers, most revenue first"), [
            self.tr("Referrer"), self.tr("People referred"), self.tr("Became customers"),
            self.tr("They bought since")], ("referrers", ""))
        self.referred = FigureTable(self.tr("Whom they referred"), [
            self.tr("Referred"), self.tr("Status"), self.tr("Day"), self.tr("Bought since")])
        # its column titles say what each figure counts: the referred go below when the room
        # is short
        tables = SideBySide([(self.table, 3), (self.referred, 2)])
        layout = QVBoxLayout(self)
        layout.addLayout(_cards(self, [self.count, self.referrers, self.revenue]))
        layout.addWidget(tables, 1)
        self.connect_parts(self.table, self.referred)
        self.table.view.selectionModel().currentRowChanged.connect(self._show_referred)

    def show_data(self, refs: Referrals, currency: str) -> None:
        self._currency = currency
        self.count.set_value(count_text(refs.referrals),
                             self.tr("%s of them became customers") % count_text(refs.won))
        self.referrers.set_value(count_text(refs.referrers),
                                 self.tr("Customers who sent someone your way"))
        self.revenue.set_value(money_text(refs.revenue_cents, currency), self.tr(
            "What referred customers bought from the day they were referred"))
        self.table.set_rows([Row((
            Cell(r.name), Cell(count_text(r.referrals), ("referred", str(r.id)), True),
            Cell(count_text(r.won), number=True),
            Cell(money_text(r.revenue_cents, currency), number=True)), r.id)
            for r in refs.by_referrer], refs.referrers)
        self.referred.set_rows([])
        if refs.by_referrer:
            self.table.view.selectRow(0)

    def _show_referred(self, current: QModelIndex, _previous: QModelIndex) -> None:
        referrer = current.data(CUSTOMER_ROLE) if current.isValid() else None
        if referrer is None:
            return
        name = current.siblingAtColumn(0).data()
        self.referred.title = self.tr("Whom %s referred") % name
        status = {"suggested": self.tr("Suggested"), "contacted": self.tr("Contacted"),
                  "won": self.tr("Won"), "lost": self.tr("Lost"),
                  "linked": self.tr("Referred by them")}
        self.referred.set_rows([Row((
            Cell(line.referred_name), Cell(status.get(line.status, line.status)),
            Cell(day_text(line.on)),
            Cell(money_text(line.revenue_cents, self._currency), number=True)),
            line.referred_id) for line in self._lines_of(referrer)], None)
        self.referred.heading.setText(self.referred.title)

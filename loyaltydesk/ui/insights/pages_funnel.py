"""The funnel tab: customers on each rung, conversion over the period, time spent on a rung."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGridLayout

from loyaltydesk.services.insights import Funnel
from loyaltydesk.ui.insights.chart import Bar
from loyaltydesk.ui.insights.format import DASH, count_text, days_text, percent_text
from loyaltydesk.ui.insights.widgets import Cell, ChartBox, FigureTable, Page, Row
from loyaltydesk.ui.words import stage_label


class FunnelPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.rungs = ChartBox(self.tr("Customers on each rung now"), "stage", horizontal=True)
        self.conversion = ChartBox(self.tr("Moved up to the next rung in the period"),
                                   "funnel_moved_up", horizontal=True)
        self.table = FigureTable(self.tr("Stage funnel"), [
            self.tr("Rung"), self.tr("Now"), self.tr("Usual stay"), self.tr("Here so far"),
            self.tr("Longer than usual"), self.tr("On it in the period"), self.tr("Moved up"),
            self.tr("Conversion")])
        grid = QGridLayout(self)
        grid.addWidget(self.rungs, 0, 0)
        grid.addWidget(self.conversion, 0, 1)
        grid.addWidget(self.table, 1, 0, 1, 2)
        self.connect_parts(self.rungs, self.conversion, self.table)

    def show_data(self, funnel: Funnel, currency: str) -> None:
        self.rungs.set_axis(self.tr("Customers"), lambda v: count_text(round(v)), 1)
        self.conversion.set_axis(self.tr("Share who moved up, %"),
                                 lambda v: f"{v:g}" + QLocale().percent())
        self.rungs.set_bars([Bar(
            stage_label(r.stage), r.customers, count_text(r.customers),
            self.tr("%s: %s customers") % (stage_label(r.stage), count_text(r.customers)),
            r.stage.value) for r in funnel.rungs])
        self.conversion.set_bars([Bar(
            f"{stage_label(s.from_stage)} \u2192 {stage_label(s.to_stage)}",
            100 * (s.rate or 0.0), percent_text(s.rate),
            self.tr("%s to %s: %s (%s of %s moved up)") % (
                stage_label(s.from_stage), stage_label(s.to_stage), percent_text(s.rate),
                count_text(s.moved_up), count_text(s.on_rung)),
            s.from_stage.value, empty=s.rate is None) for s in funnel.steps])
        rows = []
        for rung in funnel.rungs:
            key = rung.stage.value
            step = funnel.steps[rung.stage.rank] if rung.stage.rank < len(funnel.steps) else None
            rows.append(Row((
                Cell(stage_label(rung.stage)),
                Cell(count_text(rung.customers), ("stage", key), True),
                Cell(days_text(rung.median_stay_days), number=True),
                Cell(days_text(rung.median_days_so_far), number=True),
                Cell(count_text(rung.longer_than_usual), ("longer_than_usual", key), True),
                Cell(count_text(step.on_rung), ("funnel_on_rung", key), True) if step
                else Cell(DASH, number=True),
                Cell(count_text(step.moved_up), ("funnel_moved_up", key), True) if step
                else Cell(DASH, number=True),
                Cell(percent_text(step.rate) if step else DASH, number=True))))
        self.table.set_rows(rows)
        # every column whole: the page scrolls sideways before the table cuts a rung's name
        self.table.setMinimumWidth(self.table.comfortable_width())

"""The top of the customer page: name, stage, keep-in-touch state and key figures."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.personal import KeptFields, day_parts
from loyaltydesk.domain.records import CustomerRecord
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services.rhythm import CustomerRhythm
from loyaltydesk.ui.customers.formatting import count_text, day_text, moment_text, stage_label, tr
from loyaltydesk.ui.local_time import today
from loyaltydesk.ui.widgets.marks import gap_icon, gap_text_color, money_text


def rhythm_source_text(current: CustomerRhythm) -> str:
    if current.source == "customer":
        return tr("set for this customer")
    if current.source.startswith("tag "):
        return tr("from the tag “%s”") % current.source.removeprefix("tag ")
    return tr("from the stage")


def rhythm_summary(current: CustomerRhythm) -> str:
    return (tr("Now ideally every {ideal} days, at most every {most} ({source}).")
            .format(ideal=current.rhythm.ideal_days, most=current.rhythm.max_days,
                    source=rhythm_source_text(current)))


def rhythm_state_text(current: CustomerRhythm) -> str:
    days = (today() - current.last_contact).days
    gap = count_text(days, "{n} day without contact", "{n} days without contact")
    if current.state is GapState.RED:
        return tr("Red: %s, past the longest gap") % gap
    if current.state is GapState.AMBER:
        return tr("Amber: %s, past the ideal gap") % gap
    return tr("In touch: %s; amber from %s") % (gap, day_text(current.amber_on))


class CustomerHeader(QWidget):
    """Plain-text labels only: every value here may come from what a user typed."""

    move_stage_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = self._label(self.tr("Customer name"))
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.stage = self._label(self.tr("Stage"))
        self.rhythm_icon = QLabel()
        self.rhythm = self._label(self.tr("Keep-in-touch state"))
        self.figures = self._label(self.tr("Figures"))
        self.days = self._label(self.tr("Birthday and anniversary"))
        self.move_button = QPushButton(self.tr("Move stage…"))
        self.move_button.setAccessibleName(self.tr("Move stage"))
        self.move_button.setToolTip(self.tr("Move on the ladder, with a reason (Ctrl+Shift+M)"))
        self.move_button.clicked.connect(self.move_stage_requested)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.name, 0, 0, 1, 3)
        grid.addWidget(self.stage, 1, 0, 1, 2)
        grid.addWidget(self.move_button, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.rhythm_icon, 2, 0)
        grid.addWidget(self.rhythm, 2, 1, 1, 2)
        grid.addWidget(self.figures, 3, 0, 1, 3)
        grid.addWidget(self.days, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_new(self) -> None:
        self.name.setText(self.tr("New customer"))
        self.stage.setText(self.tr("Starts as %s, the first rung of the ladder")
                           % stage_label(Stage.SUSPECT))
        for label in (self.rhythm, self.figures, self.rhythm_icon, self.days):
            label.clear()
        self.rhythm.setStyleSheet("")
        self.move_button.hide()

    def show_record(self, record: CustomerRecord, current: CustomerRhythm) -> None:
        self.name.setText(record.display_name)
        since = moment_text(record.stage_since)
        self.stage.setText(tr("{stage} since {day}").format(stage=stage_label(record.stage),
                                                              day=since))
        self.move_button.show()
        self.move_button.setEnabled(record.deleted_at is None)
        self.rhythm.setText(rhythm_state_text(current))
        color = gap_text_color(current.state, self.palette())
        self.rhythm.setStyleSheet(f"color: {color.name()}" if color else "")
        self.rhythm_icon.setPixmap(gap_icon(current.state).pixmap(12, 12))
        parts = [count_text(record.purchase_count, "{n} purchase", "{n} purchases"),
                 tr("LTV (3 years) %s") % money_text(record.ltv_cents)]
        if record.last_score is not None:
            parts.append(tr("last score %d/10") % record.last_score)
        parts.append(tr("customer since %s") % moment_text(record.created_at))
        self.figures.setText(" · ".join(parts))
        self.days.setText(personal_days_text(record.kept))
        self.days.setVisible(bool(self.days.text()))


def personal_day_text(text: str) -> str:
    """A stored birthday or anniversary in the locale's words ("12 April" without a year)."""
    year, month, day = day_parts(text)
    locale = QLocale()
    if year is None:
        return locale.toString(QDate(2000, month, day), tr("d MMMM"))
    return locale.toString(QDate(year, month, day), QLocale.FormatType.LongFormat)


def personal_days_text(kept: KeptFields) -> str:
    parts = []
    if kept.birthday:
        parts.append(tr("Birthday: %s") % personal_day_text(kept.birthday))
    if kept.anniversary:
        parts.append(tr("Anniversary: %s") % personal_day_text(kept.anniversary))
    return " · ".join(parts)

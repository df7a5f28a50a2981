"""The agenda: the next two weeks day by day, with who turns amber or red on each day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTreeWidget, QTreeWidgetItem, QWidget

from loyaltydesk.services.calendar import CalendarEntry, Day, EntryType, RhythmMark
from loyaltydesk.ui import theme
from loyaltydesk.ui.calendar.cells import entry_color, entry_detail, entry_font, entry_line
from loyaltydesk.ui.calendar.day_list import MoreOn, mark_text, more_text
from loyaltydesk.ui.followups.formatting import day_text, entries_text, tr
from loyaltydesk.ui.followups.look import kind_icon
from loyaltydesk.ui.widgets.marks import gap_icon, gap_text_color

LINE_ROLE = Qt.ItemDataRole.UserRole
MARKS_SHOWN = 5


def _day_heading(day: date, content: Day | None, today: date) -> str:
    text = day_text(day, long=True)
    if day == today:
        text = tr("Today, %1").replace("%1", text)
    if content is not None and content.total:
        text += " · " + entries_text(content.total)
    if content is not None and (content.red or content.amber):
        text += " · " + tr("%1 red, %2 amber").replace("%1", str(content.red)).replace(
            "%2", str(content.amber))
    return text


class AgendaTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setAccessibleName(tr("Agenda"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self._shown: tuple | None = None
        theme.notifier().changed.connect(self._colour_again)  # lines carry the palette's colours

    def _colour_again(self) -> None:
        if self._shown is not None:
            self.show_days(*self._shown)

    def show_days(self, first: date, end: date, days: dict[date, Day],
                  marks: dict[date, tuple[list[RhythmMark], int]], today: date,
                  working: set[int]) -> None:
        self._shown = (first, end, days, marks, today, working)
        self.clear()
        day = first
        while day < end:
            self._add_day(day, days.get(day), marks.get(day, ([], 0)), today,
                          day.weekday() in working)
            day += timedelta(days=1)
        self.expandAll()

    def _add_day(self, day: date, content: Day | None, marks: tuple[list[RhythmMark], int],
                 today: date, working: bool) -> None:
        heading = QTreeWidgetItem(self, [_day_heading(day, content, today)])
        heading.setData(0, LINE_ROLE, day)
        font = QFont(self.font())
        font.setBold(True)
        heading.setFont(0, font)
        if not working:
            heading.setForeground(0, QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                          QPalette.ColorRole.Text))
        entries = content.entries if content else []
        for entry in entries:
            self._add_entry(heading, entry)
        if content is not None and content.total > len(entries):
            note = MoreOn(day, content.total - len(entries))
            item = QTreeWidgetItem(heading, [more_text(note)])
            item.setData(0, LINE_ROLE, note)
        shown, total = marks
        for mark in shown[:MARKS_SHOWN]:
            item = QTreeWidgetItem(heading, [mark_text(mark)])
            item.setData(0, LINE_ROLE, mark)
            item.setIcon(0, gap_icon(mark.state))
            color = gap_text_color(mark.state, QApplication.palette())
            if color is not None:  # a mark is amber or red, each with its colour
                item.setForeground(0, color)
        if total > MARKS_SHOWN:
            note = MoreOn(day, total - MARKS_SHOWN, marks=True)
            item = QTreeWidgetItem(heading, [more_text(note)])
            item.setData(0, LINE_ROLE, note)
        if not entries and not shown:
            QTreeWidgetItem(heading, [tr("Nothing planned")]).setFlags(Qt.ItemFlag.ItemIsEnabled)

    def _add_entry(self, heading: QTreeWidgetItem, entry: CalendarEntry) -> None:
        item = QTreeWidgetItem(heading, [f"{entry_line(entry)}  ({entry_detail(entry)})"])
        item.setData(0, LINE_ROLE, entry)
        item.setIcon(0, kind_icon(entry.kind))
        item.setForeground(0, entry_color(entry, QApplication.palette()))
        item.setFont(0, entry_font(entry, self.font()))

    def current_line(self) -> CalendarEntry | RhythmMark | MoreOn | date | None:
        item = self.currentItem()
        return item.data(0, LINE_ROLE) if item is not None else None

    def item_for_followup(self, followup_id: int) -> QTreeWidgetItem | None:
        for top in range(self.topLevelItemCount()):
            heading = self.topLevelItem(top)
            assert heading is not None  # the index is below the count
            for child in range(heading.childCount()):
                item = heading.child(child)
                line = item.data(0, LINE_ROLE) if item is not None else None
                if isinstance(line, CalendarEntry) and line.id == followup_id \
                        and line.type is EntryType.FOLLOWUP:
                    return item
        return None

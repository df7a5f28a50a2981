"""TimelineView: one customer's ladder above the dated stream of everything that happened."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.stuck import days_on_rung
from loyaltydesk.services import customers, timeline
from loyaltydesk.services.customers import CustomerError
from loyaltydesk.services.events import Change
from loyaltydesk.services.timeline import EntryKind, TimelineEntry
from loyaltydesk.translations import QT_TRANSLATE_NOOP
from loyaltydesk.ui.local_time import local, today
from loyaltydesk.ui.timeline import kinds
from loyaltydesk.ui.timeline.changes import ChangeWatcher, mentions
from loyaltydesk.ui.timeline.delegate import TimelineList
from loyaltydesk.ui.timeline.ladder import LadderStrip
from loyaltydesk.ui.timeline.model import ENTRY_ROLE, TimelineFilter, TimelineModel
from loyaltydesk.ui.words import stage_label


class TimelineView(QWidget):
    """Show a customer with `show_customer(id)`; it follows their changes by itself."""

    # The user opened an entry (double-click or Enter): a page may offer to edit it.
    entry_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customer_id: int | None = None
        self.setAccessibleName(self.tr("Customer timeline"))
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)  # large fonts, French: on two lines, whole
        self.headline.setAccessibleName(self.tr("Current stage"))
        self.ladder = LadderStrip()
        self.model = TimelineModel(self)
        self.filter = TimelineFilter(self)
        self.filter.setSourceModel(self.model)
        self.list = self._build_list()
        self.kind_filter = self._build_kind_filter()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the timeline"))
        self.search.setAccessibleName(self.tr("Search the timeline"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._text_changed)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out()
        self._watcher = ChangeWatcher((Change.TIMELINE, Change.CUSTOMERS, Change.FOLLOWUPS),
                                      self, self._concerns)
        self._watcher.changed.connect(self.refresh)
        self.refresh()

    def _build_list(self) -> QListView:
        view = TimelineList()
        view.setAccessibleName(self.tr("Timeline entries, newest first"))
        view.setModel(self.filter)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setMouseTracking(True)
        view.activated.connect(self._activated)
        return view

    def _build_kind_filter(self) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Show entries of kind"))
        combo.addItem(self.tr("Everything"), None)
        for kind, label in kinds.FILTER_LABELS.items():
            combo.addItem(QCoreApplication.translate("Timeline", label), kind.value)
        combo.currentIndexChanged.connect(self._kind_changed)
        return combo

    def _lay_out(self) -> None:
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.kind_filter)
        bar = QHBoxLayout()
        bar.addWidget(show)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.ladder)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    def show_customer(self, customer_id: int | None) -> None:
        """Show this customer's ladder and timeline (None: show nothing)."""
        if customer_id != self._customer_id:
            self.list.scrollToTop()
        self._customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        """Read the customer's ladder and timeline again, keeping the scroll position."""
        current, history, entries = self._load()
        scroll = self.list.verticalScrollBar().value()
        self.ladder.set_history(current, history)
        self.headline.setText(self._headline())
        self.model.set_entries(timeline.fold_replaced(entries))
        self.list.verticalScrollBar().setValue(scroll)
        self._update_count()

    def _load(self) -> tuple[Any, list[TimelineEntry], list[TimelineEntry]]:
        if self._customer_id is None:
            return None, [], []
        try:
            stage = customers.get_customer(self._customer_id).stage
        except CustomerError:  # gone for good (the trash was emptied)
            self._customer_id = None
            return None, [], []
        return (stage, timeline.stage_history(self._customer_id),
                timeline.customer_timeline(self._customer_id))

    def _headline(self) -> str:
        rung = self.ladder.current_rung()
        if rung is None:
            return self.tr("No customer chosen")
        if rung.reached is None:
            return self.tr("Now %s") % stage_label(rung.stage)
        days = days_on_rung(local(rung.reached.at).date(), today())
        return (self.tr("Now %1, since %2 (%3 on this rung)")
                .replace("%1", stage_label(rung.stage))
                .replace("%2", kinds.format_day(rung.reached.at))
                .replace("%3", kinds.counted(days, *kinds.DAYS)))

    def entries(self) -> list[TimelineEntry]:
        """What the list shows now, top to bottom (after the filters)."""
        return [self.filter.index(r, 0).data(ENTRY_ROLE) for r in range(self.filter.rowCount())]

    def _concerns(self, _change: Change, payload: Any) -> bool:
        return mentions(payload, self._customer_id)

    def _kind_changed(self) -> None:
        value = self.kind_filter.currentData()
        self.filter.set_kind(EntryKind(value) if value else None)
        self._update_count()

    def _text_changed(self, text: str) -> None:
        self.filter.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.filter.rowCount(), self.model.total()
        if not self.filter.is_filtering() or shown == total:
            entries = (QT_TRANSLATE_NOOP("Timeline", "1 entry"),
                       QT_TRANSLATE_NOOP("Timeline", "%s entries"))
            self.count_label.setText(kinds.counted(total, *entries))
        else:
            self.count_label.setText(self.tr("%1 of %2").replace("%1", str(shown))
                                     .replace("%2", str(total)))

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if entry is not None and entry.folded:
            self.model.expand(self.filter.mapToSource(index).row())
            self._update_count()
            return
        if entry is not None:
            self.entry_activated.emit(entry)

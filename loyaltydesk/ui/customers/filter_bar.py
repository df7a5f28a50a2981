"""The filter bar above the customer list: search as you type, and the list's filters."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, replace
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.ladder import LADDER, Stage
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services import customers
from loyaltydesk.services.customer_list import CustomerFilter, all_cities
from loyaltydesk.ui.customers.formatting import count_text, number_text, stage_label
from loyaltydesk.ui.widgets.flow_layout import FlowLayout

# Typing waits this long for the next key: short enough to feel instant, long enough not to
# query for every letter of a word typed quickly.
SEARCH_DELAY_MS = 60



class _ChoiceCombo(QComboBox):
    """A combo whose choices come from the data: read when it is about to be used, not at
    start-up or after every change."""

    def __init__(self, load: Callable[[], None]) -> None:
        super().__init__()
        self._load = load

    def showPopup(self) -> None:  # Qt's name
        self._load()
        super().showPopup()

    def focusInEvent(self, event) -> None:  # Qt's name
        self._load()  # the arrow keys step through the choices without a popup
        super().focusInEvent(event)


class FilterBar(QWidget):
    """Builds a CustomerFilter from what the user picks; `filter_changed` carries it."""

    filter_changed = Signal(object)
    down_from_search = Signal()  # the Down key in the search box: go to the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fixed_ids: tuple[int, ...] = ()
        self._choices_stale = True
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search = QLineEdit(placeholderText=self.tr(
            "Search name, company, email, phone, city, tags, notes (Ctrl+F)"))
        self.search.setObjectName("customer_search")
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._emit_now)
        self.search.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Customers shown"))
        self.fixed_set = QPushButton()
        self.fixed_set.setAccessibleName(self.tr("Show all, not only the chosen customers"))
        self.fixed_set.clicked.connect(self._drop_fixed_ids)
        self.fixed_set.hide()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        self._build_choices()
        self._layout()
        self._fill_choices([], [], [])
        for combo in (self.stage, self.tag, self.owner, self.city, self.touch):
            combo.currentIndexChanged.connect(self._emit_now)
        for box in (self.overdue, self.one_purchase, self.no_next_step):
            box.toggled.connect(self._emit_now)

    def eventFilter(self, watched, event) -> bool:  # Qt's name
        if watched is self.search and event.type() == QEvent.Type.KeyPress and \
                event.key() == Qt.Key.Key_Down:
            self._emit_now()
            self.down_from_search.emit()
            return True
        return super().eventFilter(watched, event)

    def _build_choices(self) -> None:
        self.stage = self._combo(self.tr("Stage"))
        # Item data are plain strings (values joined by commas): tuples do not survive QVariant.
        self.stage.addItem(self.tr("All stages"), "")
        for stage in LADDER:
            self.stage.addItem(stage_label(stage), stage.value)
        self.tag = self._combo(self.tr("Tag"), _ChoiceCombo(self.load_choices))
        self.owner = self._combo(self.tr("Owner"), _ChoiceCombo(self.load_choices))
        self.city = self._combo(self.tr("City"), _ChoiceCombo(self.load_choices))
        self.touch = self._combo(self.tr("Keep in touch"))
        for text, states in ((self.tr("Any contact gap"), ""),
                             (self.tr("Losing touch (red or amber)"), "red,amber"),
                             (self.tr("Red: past the longest gap"), "red"),
                             (self.tr("Amber: past the ideal gap"), "amber")):
            self.touch.addItem(text, states)
        self.overdue = self._check(self.tr("Follow-up overdue"))
        self.one_purchase = self._check(self.tr("One purchase only"))
        self.no_next_step = self._check(self.tr("No next step"))

    def _combo(self, name: str, combo: QComboBox | None = None) -> QComboBox:
        combo = combo if combo is not None else QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _check(self, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text)
        return box

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.fixed_set)
        top.addWidget(self.count_label)
        top.addWidget(self.clear_button)
        choices = FlowLayout()  # wraps at large fonts rather than widen the window
        for widget in (self.stage, self.tag, self.owner, self.city, self.touch, self.overdue,
                       self.one_purchase, self.no_next_step):
            choices.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(choices)

    # -- choices that come from the data -------------------------------------------------------
    def choices_changed(self) -> None:
        """The data changed: read the tags, owners and cities again before they are shown."""
        self._choices_stale = True

    def load_choices(self) -> None:
        if self._choices_stale:
            self._choices_stale = False
            self._fill_choices(customers.all_tags(), customers.all_owners(), all_cities())

    def _fill_choices(self, tags: list[str], owners: list[str], cities: list[str]) -> None:
        """The choices as given, keeping what is picked."""
        for combo, everything, values in ((self.tag, self.tr("All tags"), tags),
                                          (self.owner, self.tr("All owners"), owners),
                                          (self.city, self.tr("All cities"), cities)):
            picked = combo.currentData() or ""
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(everything, "")
                for value in values:
                    combo.addItem(value, value)
                self._pick(combo, picked)

    @staticmethod
    def _pick(combo: QComboBox, value: Any, label: str | None = None) -> None:
        """Select the item holding `value`, adding it when the data does not offer it (yet)."""
        index = combo.findData(value)
        if index < 0:
            combo.addItem(label or str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    # -- the filter ------------------------------------------------------------------------------
    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            text=self.search.text().strip(),
            stages=tuple(Stage(v) for v in _values(self.stage.currentData())),
            tag=self.tag.currentData() or "",
            owner=self.owner.currentData() or "",
            city=self.city.currentData() or "",
            overdue=self.overdue.isChecked(),
            one_purchase_only=self.one_purchase.isChecked(),
            ids=self._fixed_ids,
            gap_states=tuple(GapState(v) for v in _values(self.touch.currentData())),
            no_next_step=self.no_next_step.isChecked(),
        )

    def set_filter(self, spec: CustomerFilter) -> None:
        """Show `spec` in the bar (a click-through from elsewhere) and apply it at once."""
        blockers = [QSignalBlocker(w) for w in (
            self.search, self.stage, self.tag, self.owner, self.city, self.touch, self.overdue,
            self.one_purchase, self.no_next_step)]
        self.search.setText(spec.text)
        stages = [s for s in LADDER if s in spec.stages]
        self._pick(self.stage, ",".join(stages), ", ".join(stage_label(s) for s in stages))
        self._pick(self.tag, spec.tag)
        self._pick(self.owner, spec.owner)
        self._pick(self.city, spec.city)
        states = [s for s in (GapState.RED, GapState.AMBER, GapState.OK) if s in spec.gap_states]
        self._pick(self.touch, ",".join(states), ", ".join(states))
        self.overdue.setChecked(spec.overdue)
        self.one_purchase.setChecked(spec.one_purchase_only)
        self.no_next_step.setChecked(spec.no_next_step)
        self._set_fixed_ids(spec.ids)
        del blockers
        self._emit_now()

    def clear(self) -> None:
        self.set_filter(CustomerFilter())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_count(self, shown: int, total: int) -> None:
        if shown == total:
            self.count_label.setText(count_text(total, "{n} customer", "{n} customers"))
        else:
            self.count_label.setText(self.tr("{shown} of {total} customers").format(
                shown=number_text(shown), total=number_text(total)))

    def _set_fixed_ids(self, ids: tuple[int, ...]) -> None:
        self._fixed_ids = tuple(ids)
        self.fixed_set.setVisible(bool(ids))
        self.fixed_set.setText(count_text(len(ids), "Only {n} chosen customer ✕",
                                          "Only {n} chosen customers ✕"))

    def _drop_fixed_ids(self) -> None:
        self._set_fixed_ids(())
        self._emit_now()

    def _emit_now(self) -> None:
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        self.filter_changed.emit(self.current_filter())

    # -- remembered between runs ---------------------------------------------------------------
    def saved_text(self) -> str:
        spec = replace(self.current_filter(), ids=())
        return json.dumps(asdict(spec))


def _values(data: str | None) -> list[str]:
    return [v for v in (data or "").split(",") if v]


def filter_from_text(text: str) -> CustomerFilter:
    """A filter saved by `FilterBar.saved_text`; an unreadable one gives the empty filter."""
    try:
        raw = json.loads(text)
        raw["stages"] = tuple(Stage(s) for s in raw.get("stages", ()))
        raw["gap_states"] = tuple(GapState(s) for s in raw.get("gap_states", ()))
        raw["ids"] = ()
        return CustomerFilter(**raw)
    except (TypeError, ValueError, KeyError):
        return CustomerFilter()

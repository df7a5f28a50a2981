"""The fields of a cadence and of one of its steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from loyaltydesk.built_in import shown
from loyaltydesk.domain.cadences import Channel, FollowUpKind, OffsetUnit, StepPlan, Trigger
from loyaltydesk.services.cadences import CadenceInfo
from loyaltydesk.ui.followups.formatting import (
    CHANNEL_LABELS,
    KIND_LABELS,
    channel_label,
    kind_label,
    tr,
)

TRIGGER_LABELS = {
    Trigger.PURCHASE: "After every purchase",
    Trigger.FIRST_PURCHASE: "After the first purchase",
    Trigger.PROMOTER: "After a score of 9 or 10",
    Trigger.DETRACTOR: "After a score of 0 to 6",
    Trigger.CONTRACT_END: "Before a contract ends (negative offsets)",
    Trigger.MANUAL: "Started by hand",
    Trigger.BIRTHDAY: "On each birthday (negative offsets: days before)",
}
UNIT_LABELS = {OffsetUnit.DAYS: "days", OffsetUnit.WEEKS: "weeks", OffsetUnit.MONTHS: "months"}


def step_text(step: StepPlan) -> str:
    """'D+7 · Post-sale check · Email: One week on: how is it going?'."""
    return (f"{describe_offset(step.offset, step.unit)} · {kind_label(step.kind)} · "
            f"{channel_label(step.channel)}: {shown(step.title)}")


def describe_offset(offset: int, unit: OffsetUnit) -> str:
    """'D+7', 'D+1 month', '90 days before', in the reader's language."""
    key = f"{unit.value} before" if offset < 0 else f"{unit.value} after"
    return QCoreApplication.translate("followups", OFFSET_LABELS[key], None, abs(offset))


OFFSET_LABELS = {
    "days before": "%n day(s) before", "weeks before": "%n week(s) before",
    "months before": "%n month(s) before", "days after": "D+%n",
    "weeks after": "D+%n week(s)", "months after": "D+%n month(s)",
}


def _combo(labels: dict, name: str) -> QComboBox:
    combo = QComboBox()
    for value, label in labels.items():
        combo.addItem(tr(label), value)
    combo.setAccessibleName(name)
    return combo


def _choose(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


class CadenceForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Cadence name"))
        self.trigger = _combo(TRIGGER_LABELS, tr("Starts"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(tr("What the cadence is for"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(54)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(tr("Na&me"), self.name)
        layout.addRow(tr("&Starts"), self.trigger)
        layout.addRow(tr("&Purpose"), self.description)
        self.name.textEdited.connect(self.changed)
        self.trigger.currentIndexChanged.connect(self.changed)
        self.description.textChanged.connect(self._description_changed)
        self._loading = False

    def _description_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, info: CadenceInfo) -> None:
        self._loading = True
        with QSignalBlocker(self.name), QSignalBlocker(self.trigger):
            self.name.setText(info.name)
            _choose(self.trigger, info.trigger)
            self.description.setPlainText(info.description)
        self._loading = False

    def values(self) -> tuple[str, Trigger, str]:
        return (self.name.text(), Trigger(self.trigger.currentData()),
                self.description.toPlainText())


class StepForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offset = QSpinBox()
        self.offset.setRange(-3650, 3650)
        self.offset.setAccessibleName(tr("Offset"))
        self.unit = _combo(UNIT_LABELS, tr("Unit"))
        self.when = QLabel()
        self.kind = _combo(KIND_LABELS, tr("Kind"))
        self.channel = _combo(CHANNEL_LABELS, tr("Channel"))
        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Step title"))
        self.script = QPlainTextEdit()
        self.script.setAccessibleName(tr("What to ask"))
        self.script.setTabChangesFocus(True)
        self.script.setFixedHeight(70)
        offset_row = QHBoxLayout()
        for widget in (self.offset, self.unit, self.when):
            offset_row.addWidget(widget)
        offset_row.addStretch(1)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        offset_label = QLabel(tr("&Offset"))
        offset_label.setBuddy(self.offset)
        layout.addRow(offset_label, offset_row)
        layout.addRow(tr("&Kind"), self.kind)
        layout.addRow(tr("C&hannel"), self.channel)
        layout.addRow(tr("T&itle"), self.title)
        layout.addRow(tr("&Questions to ask"), self.script)
        self._loading = False
        self.offset.valueChanged.connect(self._edited)
        for combo in (self.unit, self.kind, self.channel):
            combo.currentIndexChanged.connect(self._edited)
        self.title.textEdited.connect(self._edited)
        self.script.textChanged.connect(self._edited)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.when.setText(describe_offset(self.offset.value(),
                                              OffsetUnit(self.unit.currentData())))
            self.changed.emit()

    def load(self, step: StepPlan) -> None:
        self._loading = True
        self.offset.setValue(step.offset)
        _choose(self.unit, step.unit)
        _choose(self.kind, step.kind)
        _choose(self.channel, step.channel)
        self.title.setText(step.title)
        self.script.setPlainText(step.script)
        self.when.setText(describe_offset(step.offset, step.unit))
        self._loading = False

    def step(self) -> StepPlan:
        return StepPlan(self.offset.value(), OffsetUnit(self.unit.currentData()),
                        FollowUpKind(self.kind.currentData()),
                        Channel(self.channel.currentData()), self.title.text(),
                        self.script.toPlainText())

"""What every quick-action dialog shares: a form, errors shown in place, one service call."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.built_in import shown
from loyaltydesk.services import customers
from loyaltydesk.services.errors import USER_ERRORS
from loyaltydesk.ui.local_time import to_qdate, to_qdatetime
from loyaltydesk.ui.widgets.least_width import keep_least_width
from loyaltydesk.ui.words import stage_label

_Field = TypeVar("_Field", bound=QWidget)  # a field comes back as the widget it is


class InputError(ValueError):
    """Something typed in a dialog that cannot be saved; `field` gets the focus back."""

    def __init__(self, message: str, field: QWidget | None = None) -> None:
        super().__init__(message)
        self.field = field


def date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    return edit


def date_time_edit(moment: datetime, name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(moment))
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    return edit


def text_box(name: str, placeholder: str = "") -> QPlainTextEdit:
    """A multi-line field where Tab moves on, as everywhere else in a dialog."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


class ChoiceBox(QComboBox):
    """A combo box that hands back the Python value of each choice (Qt would turn a StrEnum
    into a plain string)."""

    def __init__(self, name: str, choices: Iterable[tuple[str, Any]]) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self._values: list[Any] = []
        with QSignalBlocker(self):
            for label, value in choices:
                self.addItem(label)
                self._values.append(value)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def value_at(self, index: int) -> Any:
        return self._values[index]

    def index_of(self, value: Any) -> int:
        return self._values.index(value) if value in self._values else -1

    def select(self, value: Any) -> None:
        self.setCurrentIndex(max(self.index_of(value), 0))


def choice_box(name: str, choices: Iterable[tuple[str, Any]]) -> ChoiceBox:
    return ChoiceBox(name, choices)


class QuickDialog(QDialog):
    """Subclasses add their fields to `form` and implement `save()` with one service call."""

    # The service's answer, once saved; `summary(result)` puts it in words.
    saved = Signal(object)

    def __init__(self, customer_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.customer = customers.get_customer(customer_id)
        self.setWindowTitle(f"{title} — {self.customer.display_name}")
        self.setAccessibleName(title)
        self.result_value: Any = None
        who = QLabel(f"{self.customer.display_name} · {stage_label(self.customer.stage)}")
        who.setTextFormat(Qt.TextFormat.PlainText)
        who.setAccessibleName(self.tr("Customer"))
        self.form = QFormLayout()
        # with large fonts a label goes above its field rather than being cut
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # multi-line fields keep plain Enter
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        keep_least_width(self, 440)

    def add_script(self, script: str) -> QLabel | None:
        """What the follow-up being answered asks to say or do, above the fields."""
        if not script.strip():
            return None
        label = QLabel(script)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("What to ask"))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(label)
        return label

    def add_note(self, note: _Field) -> _Field:
        """A line of explanation above the fields, across the dialog (a form row would give
        wrapped text the height of one line)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, note)  # after the customer's name, before the form
        return note

    def add_row(self, label: str, field: _Field) -> _Field:
        """A labelled field; the label's mnemonic (&) jumps to it."""
        caption = QLabel(label)
        caption.setBuddy(field)
        if not field.accessibleName():
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.form.addRow(caption, field)
        return field

    def save(self) -> Any:
        raise NotImplementedError

    def summary(self, result: Any) -> str:
        """One line for the status bar once saved."""
        return self.tr("Saved")

    def show_error(self, message: str, field: QWidget | None = None) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        palette = self.error_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#b00020"))
        self.error_label.setPalette(palette)
        self.error_label.setText(message)
        self.error_label.show()
        if field is not None:
            field.setFocus()

    def accept(self) -> None:
        try:
            result = self.save()
        except InputError as exc:
            self.show_error(str(exc), exc.field)
            return
        except USER_ERRORS as exc:
            self.show_error(str(exc))
            return
        self.result_value = result
        self.saved.emit(result)
        super().accept()


def open_followup_box(customer_id: int, prefer: str | None = None,
                      chosen: int | None = None) -> ChoiceBox:
    """The customer's open follow-ups, so saving can mark the one it answers as done.

    `chosen` (a follow-up id) is selected when it is open; else the first of kind `prefer`.
    """
    from loyaltydesk.services.followups import followups_of
    from loyaltydesk.ui.timeline.kinds import format_day

    open_ones = [f for f in followups_of(customer_id) if f.status.value == "open"]
    combo = choice_box(QCoreApplication.translate("QuickDialog", "Completes follow-up"),
                       [(QCoreApplication.translate("QuickDialog", "None"), None)]
                       + [(f"{shown(f.title)} ({format_day(f.remind_at)})", f.id)
                          for f in open_ones])
    preferred = next((i + 1 for i, f in enumerate(open_ones) if f.kind.value == prefer), 0)
    combo.setCurrentIndex(combo.index_of(chosen) if combo.index_of(chosen) > 0 else preferred)
    return combo

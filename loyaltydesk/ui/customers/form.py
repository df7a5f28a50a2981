"""The customer form: contact details, tags, referrer and keep-in-touch gaps, with checks."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services.customer_edits import CustomerEdit
from loyaltydesk.ui.customers.referrer_picker import ReferrerPicker
from loyaltydesk.ui.customers.tags_edit import TagsEdit
from loyaltydesk.ui.widgets.marks import gap_sheet
from loyaltydesk.ui.widgets.palette_sheet import dress_with_palette

_LINE_FIELDS = ("name", "company", "email", "phone", "street", "postal_code", "city", "country",
                "website", "owner")


class CustomerForm(QWidget):
    """Edits a CustomerEdit; `changed` fires on every keystroke so the page can track edits.

    Read-only until `set_editing(True)`: values can be selected and copied; a double-click on
    a field asks for editing (`edit_requested`, with the field to put the cursor in).
    """

    changed = Signal()
    edit_requested = Signal(object)  # the widget double-clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Mnemonics avoid the menu bar's letters (F, E, V, C, H).
        titles = {"name": self.tr("&Name"), "company": self.tr("C&ompany"),
                  "email": self.tr("Em&ail"), "phone": self.tr("&Phone"),
                  "street": self.tr("&Street"), "postal_code": self.tr("Posta&l code"),
                  "city": self.tr("Cit&y"), "country": self.tr("Co&untry"),
                  "website": self.tr("&Website"), "owner": self.tr("Owne&r")}
        self.lines: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in _LINE_FIELDS:
            line = QLineEdit()
            line.setObjectName(f"customer_{field}")
            line.setAccessibleName(titles[field].replace("&", ""))
            line.textChanged.connect(self.changed)
            self.lines[field] = line
            self._add_row(titles[field], field, line)
        self._owners = QStringListModel(self)
        self.lines["owner"].setCompleter(QCompleter(self._owners, self))
        self.tags = TagsEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.textChanged.connect(self.changed)
        self._add_row(self.tr("Ta&gs"), "tags", self.tags)
        self.referrer = ReferrerPicker()
        self.referrer.changed.connect(self.changed)
        self._add_row(self.tr("Referred &by"), "referred_by", self.referrer).setBuddy(
            self.referrer.choose)
        self._build_rhythm()
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(80)
        self.notes.textChanged.connect(self.changed)
        self._add_row(self.tr("No&tes"), "notes", self.notes)
        self._editing = True
        for widget in self._fields():
            (widget.viewport() if widget is self.notes else widget).installEventFilter(self)

    def _fields(self) -> list[QLineEdit | QPlainTextEdit | QSpinBox]:
        return [*self.lines.values(), self.tags, self.notes, self.ideal_gap, self.max_gap]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick and not self._editing:
            field = self.notes if watched is self.notes.viewport() else watched
            self.edit_requested.emit(field)
            return True
        return super().eventFilter(watched, event)

    def is_editing(self) -> bool:
        return self._editing

    def set_editing(self, editing: bool) -> None:
        """Fields editable, or read-only (still selectable, copyable and focusable)."""
        self._editing = editing
        for widget in self._fields():
            widget.setReadOnly(not editing)
        for line in (*self.lines.values(), self.tags):
            line.setFrame(editing)  # a value to read, not a box to type in
        for box in (self.ideal_gap, self.max_gap):
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows if editing
                                 else QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.referrer.choose.setVisible(editing)
        self.referrer.clear.setVisible(editing)

    def _add_row(self, title: str, field: str, widget: QWidget) -> QLabel:
        error = QLabel()
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setWordWrap(True)
        error.setAccessibleName(self.tr("Problem"))
        error.hide()
        self.errors[field] = error
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        label = QLabel(title)
        label.setBuddy(widget)
        self._layout.addRow(label, box)
        return label

    def _build_rhythm(self) -> None:
        self.ideal_gap = self._gap_box(self.tr("Ideal gap between contacts, in days"))
        self.max_gap = self._gap_box(self.tr("Maximum gap between contacts, in days"))
        self.rhythm_note = QLabel()
        self.rhythm_note.setTextFormat(Qt.TextFormat.PlainText)
        self.rhythm_note.setWordWrap(True)
        self.rhythm_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._add_row(self.tr("&Ideal gap"), "ideal_gap", self.ideal_gap)
        self._add_row(self.tr("Ma&ximum gap"), "rhythm", self.max_gap)
        self._layout.addRow("", self.rhythm_note)

    def _gap_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setMaximumWidth(160)
        box.setRange(0, 3650)
        box.setSpecialValueText(self.tr("default"))
        box.setSuffix(self.tr(" days"))
        box.setAccessibleName(name)
        box.setToolTip(self.tr("%s; “default” follows the tags and the stage") % name)
        box.valueChanged.connect(self.changed)
        return box

    # -- values in and out ---------------------------------------------------------------------
    def set_known(self, tags: list[str], owners: list[str]) -> None:
        self.tags.set_known_tags(tags)
        self._owners.setStringList(owners)

    def set_edit(self, edit: CustomerEdit, customer_id: int | None, rhythm_note: str) -> None:
        widgets = [*self.lines.values(), self.tags, self.notes, self.referrer, self.ideal_gap,
                   self.max_gap]
        for widget in widgets:
            widget.blockSignals(True)
        for field, line in self.lines.items():
            line.setText(getattr(edit.details, field))
            line.setCursorPosition(0)
        self.tags.set_tags(edit.details.tags)
        self.notes.setPlainText(edit.details.notes)
        self.referrer.set_customer(customer_id)
        self.referrer.set_referrer(edit.referred_by_id)
        self.ideal_gap.setValue(edit.ideal_gap_days or 0)
        self.max_gap.setValue(edit.max_gap_days or 0)
        self.rhythm_note.setText(rhythm_note)
        for widget in widgets:
            widget.blockSignals(False)
        self.show_problems({})

    def edit(self) -> CustomerEdit:
        details = ContactDetails(**{f: line.text() for f, line in self.lines.items()},
                                 notes=self.notes.toPlainText(), tags=self.tags.tags())
        return CustomerEdit(details, self.referrer.referrer_id(),
                            self.ideal_gap.value() or None, self.max_gap.value() or None)

    def show_problems(self, problems: dict[str, str]) -> None:
        for field, label in self.errors.items():
            text = problems.get(field, "")
            label.setText(text)
            dress_with_palette(label, partial(gap_sheet, GapState.RED))
            label.setVisible(bool(text))
            widget = self.lines.get(field)
            if widget is not None:
                widget.setAccessibleDescription(text)

    def widget_for(self, field: str) -> QWidget:
        return {**self.lines, "tags": self.tags, "notes": self.notes,
                "referred_by": self.referrer.choose, "rhythm": self.max_gap}.get(
                    field, self.lines["name"])

"""The cadence editor: view, edit, add and switch off the playbooks that plan follow-ups."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.built_in import shown
from loyaltydesk.domain.cadences import Channel, FollowUpKind, OffsetUnit, StepPlan, Trigger
from loyaltydesk.services import cadences
from loyaltydesk.services.cadences import CadenceInfo
from loyaltydesk.services.errors import USER_ERRORS
from loyaltydesk.ui.cadences.forms import CadenceForm, StepForm, step_text
from loyaltydesk.ui.followups.formatting import tr
from loyaltydesk.ui.widgets.ctrl_enter import save_on_ctrl_enter

NEW_STEP = StepPlan(1, OffsetUnit.DAYS, FollowUpKind.TOUCH, Channel.PHONE, "")


class CadenceEditor(QDialog):
    """Cadences on the left (tick to switch on or off), the chosen one's steps on the right.

    Edits are saved with Save, and also when another cadence is chosen or the editor is
    closed, so nothing typed is lost; Revert goes back to what is saved.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Cadences"))
        self.resize(980, 620)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Cadences"))
        self.form = CadenceForm()
        self.steps = QListWidget()
        self.steps.setAccessibleName(tr("Steps"))
        self.step_form = StepForm()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.draft: CadenceInfo | None = None
        self.dirty = False
        self._build()
        self._wire()
        self.reload()
        self._fit_names()

    def _fit_names(self) -> None:
        """Wide enough for the cadences' and the steps' names to read whole (large fonts,
        French), within the window it opens over."""
        def need(view: QListWidget) -> int:
            bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
            return view.sizeHintForColumn(0) + 2 * view.frameWidth() + bar + 8
        left, right = need(self.list), max(need(self.steps), 680)
        parent = self.parentWidget()
        over = parent.window() if parent is not None else None
        room = (over.width() if over is not None else
                self.screen().availableGeometry().width()) - 40
        width = max(980, min(left + right + 40, room))
        self.resize(width, self.height())
        self.splitter.setSizes([max(300, left), width - max(300, left)])

    # -- building --------------------------------------------------------------------------
    def _button(self, text: str, slot, key: QKeySequence | str | None = None) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if key is not None:
            QShortcut(QKeySequence(key), self, slot)
            button.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
        return button

    def _build(self) -> None:
        self.new_button = self._button(tr("&New cadence"), self.new_cadence, "Ctrl+N")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("&Cadences (tick to switch on)"))
        heading.setBuddy(self.list)
        for widget in (heading, self.list, self.new_button):
            left_layout.addWidget(widget)
        self.add_step = self._button(tr("&Add step"), self.add_new_step, "Ctrl+Shift+A")
        self.remove_step = self._button(tr("&Remove step"), self.remove_current_step)
        self.step_up = self._button(tr("Move &up"), lambda: self.move_step(-1), "Ctrl+Up")
        self.step_down = self._button(tr("Move do&wn"), lambda: self.move_step(1), "Ctrl+Down")
        step_buttons = QHBoxLayout()
        for button in (self.add_step, self.remove_step, self.step_up, self.step_down):
            step_buttons.addWidget(button)
        steps_heading = QLabel(tr("S&teps"))
        steps_heading.setBuddy(self.steps)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.form)
        right_layout.addWidget(steps_heading)
        right_layout.addWidget(self.steps, 1)
        right_layout.addLayout(step_buttons)
        right_layout.addWidget(self.step_form)
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 680])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Reset
                                        | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).setText(tr("Re&vert"))
        save_on_ctrl_enter(self, self.buttons.button(QDialogButtonBox.StandardButton.Save))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _wire(self) -> None:
        self.list.currentRowChanged.connect(self._cadence_chosen)
        self.list.itemChanged.connect(self._active_toggled)
        self.steps.currentRowChanged.connect(self._step_chosen)
        self.form.changed.connect(self._form_changed)
        self.step_form.changed.connect(self._step_changed)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(self.revert)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)

    # -- loading ---------------------------------------------------------------------------
    def reload(self, chosen_id: int | None = None) -> None:
        self.saved = cadences.list_cadences()
        with QSignalBlocker(self.list):
            self.list.clear()
            for info in self.saved:
                item = QListWidgetItem(shown(info.name), self.list)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if info.active
                                   else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                item.setToolTip(shown(info.description))
        ids = [info.id for info in self.saved]
        row = ids.index(chosen_id) if chosen_id in ids else 0
        self.list.setCurrentRow(row)
        self._cadence_chosen(row)

    def _cadence_chosen(self, row: int) -> None:
        if self.dirty and self.draft is not None and not self.save():
            with QSignalBlocker(self.list):
                self.list.setCurrentRow(self._row_of(self.draft.id))
            return
        if 0 <= row < len(self.saved):
            self._edit(replace(self.saved[row], steps=list(self.saved[row].steps)))

    def _row_of(self, cadence_id: int | None) -> int:
        return next((i for i, c in enumerate(self.saved) if c.id == cadence_id), -1)

    def _edit(self, info: CadenceInfo) -> None:
        # Built-in words in the reader's language: a cadence edited is saved in them.
        info = replace(info, name=shown(info.name), description=shown(info.description),
                       steps=[replace(s, title=shown(s.title), script=shown(s.script))
                              for s in info.steps])
        self.draft, self.dirty = info, False
        self.form.load(info)
        self._show_steps(0)

    def _show_steps(self, row: int) -> None:
        assert self.draft is not None
        with QSignalBlocker(self.steps):
            self.steps.clear()
            for step in self.draft.steps:
                self.steps.addItem(step_text(step))
        self.steps.setCurrentRow(min(row, len(self.draft.steps) - 1))
        self._step_chosen(self.steps.currentRow())

    def _step_chosen(self, row: int) -> None:
        has_step = self.draft is not None and 0 <= row < len(self.draft.steps)
        self.step_form.setEnabled(has_step)
        self.remove_step.setEnabled(has_step)
        if has_step and self.draft is not None:
            self.step_form.load(self.draft.steps[row])

    # -- editing ---------------------------------------------------------------------------
    def _form_changed(self) -> None:
        if self.draft is not None:
            name, trigger, description = self.form.values()
            self.draft = replace(self.draft, name=name, trigger=trigger, description=description)
            self.dirty = True

    def _step_changed(self) -> None:
        row = self.steps.currentRow()
        if self.draft is not None and 0 <= row < len(self.draft.steps):
            self.draft.steps[row] = self.step_form.step()
            self.steps.item(row).setText(step_text(self.draft.steps[row]))
            self.dirty = True

    def add_new_step(self) -> None:
        if self.draft is not None:
            self.draft.steps.append(NEW_STEP)
            self.dirty = True
            self._show_steps(len(self.draft.steps) - 1)
            self.step_form.title.setFocus()

    def remove_current_step(self) -> None:
        row = self.steps.currentRow()
        if self.draft is not None and 0 <= row < len(self.draft.steps):
            del self.draft.steps[row]
            self.dirty = True
            self._show_steps(max(row - 1, 0))

    def move_step(self, by: int) -> None:
        row = self.steps.currentRow()
        if self.draft is None or not 0 <= row + by < len(self.draft.steps) or row < 0:
            return
        steps = self.draft.steps
        steps[row], steps[row + by] = steps[row + by], steps[row]
        self.dirty = True
        self._show_steps(row + by)

    def new_cadence(self) -> None:
        if self.dirty and not self.save():
            return
        self.list.clearSelection()
        self._edit(CadenceInfo(None, tr("New cadence"), Trigger.PURCHASE, steps=[NEW_STEP]))
        self.dirty = True
        self.form.name.setFocus()
        self.form.name.selectAll()

    def _active_toggled(self, item: QListWidgetItem) -> None:
        active = item.checkState() == Qt.CheckState.Checked
        cadence_id = item.data(Qt.ItemDataRole.UserRole)
        cadences.set_active(cadence_id, active)
        if self.draft is not None and self.draft.id == cadence_id:
            self.draft = replace(self.draft, active=active)
        self._say(tr("“%1” is on: it plans follow-ups again") if active
                  else tr("“%1” is off: it plans no new follow-ups"), item.text())

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        if self.draft is None:
            return True
        try:
            cadence_id = cadences.save_cadence(self.draft)
        except USER_ERRORS as exc:
            self._say(str(exc))
            return False
        self.dirty = False
        self._say(tr("Saved “%1”: follow-ups already planned stay as they are"), self.draft.name)
        self.reload(cadence_id)
        return True

    def revert(self) -> None:
        self.dirty = False
        self.reload(self.draft.id if self.draft else None)
        self._say(tr("Back to the saved cadence"))

    def _say(self, text: str, name: str = "") -> None:
        self.message.setText(text.replace("%1", name))

    def reject(self) -> None:
        if self.dirty and not self.save():
            return  # keep the editor open: what was typed is not lost
        super().reject()

"""The customer page: a card to act from, details read until edited, timeline and follow-ups;
unsaved edits are never dropped without asking."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain import contacts
from loyaltydesk.services import customers
from loyaltydesk.services.customer_card import card_of
from loyaltydesk.services.customer_edits import (
    CustomerEdit,
    EditConflict,
    add_customer,
    edit_of,
    problems,
)
from loyaltydesk.services.customers import CustomerError
from loyaltydesk.ui.customers.conflict import Keep, ask_keep
from loyaltydesk.ui.customers.followups_panel import FollowUpsPanel
from loyaltydesk.ui.customers.form import CustomerForm
from loyaltydesk.ui.customers.formatting import tr
from loyaltydesk.ui.customers.header import CustomerHeader, rhythm_summary
from loyaltydesk.ui.customers.undo import CustomerUndo
from loyaltydesk.ui.dialogs.contact import LogInteractionDialog
from loyaltydesk.ui.dialogs.sale import RecordPurchaseDialog
from loyaltydesk.ui.widgets.shown_tabs import ShownTabs
from loyaltydesk.ui.widgets.spoken import name_tab_pages
from loyaltydesk.ui.widgets.tall_panel import TallPanel


def _same(a: CustomerEdit, b: CustomerEdit) -> bool:
    """Equal once cleaned the way a save would clean them (spaces, tag case)."""
    return (contacts.cleaned(a.details), a.referred_by_id, a.ideal_gap_days, a.max_gap_days) == \
        (contacts.cleaned(b.details), b.referred_by_id, b.ideal_gap_days, b.max_gap_days)


class CustomerPage(QWidget):
    """Shows one customer (or a new one); never drops typed edits without asking."""

    saved = Signal(int)  # a customer was saved or added
    customer_changed = Signal(object)  # the id now shown, or None
    move_stage_requested = Signal(int)
    plan_next_step_requested = Signal(int)

    def __init__(self, undo: CustomerUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_page")
        self._undo = undo
        self._customer_id: int | None = None
        self._new = False
        self._loaded = CustomerEdit()
        self._tried_save = False
        self._known_stale = True  # tags and owners offered while typing
        self.dialog: QDialog | None = None  # a form opened from the card, while open
        self.header = CustomerHeader()
        self.header.move_stage_requested.connect(self._ask_move)
        self.header.plan_next_step_requested.connect(self._ask_plan)
        self.header.log_contact_requested.connect(lambda: self._open_form(LogInteractionDialog))
        self.header.record_purchase_requested.connect(
            lambda: self._open_form(RecordPurchaseDialog))
        self.form = CustomerForm()
        self.form.changed.connect(self._form_changed)
        self.form.edit_requested.connect(self.start_editing)
        self.followups = FollowUpsPanel()
        self.followups.plan_next_step_requested.connect(self._ask_plan)
        self.timeline_area = QWidget()
        self.timeline_area.setObjectName("timeline_area")
        QVBoxLayout(self.timeline_area).setContentsMargins(0, 0, 0, 0)
        self._side_widget: QWidget | None = None
        self.set_side_widget(QLabel(self.tr("The stage timeline shows here.")))
        self.tabs = ShownTabs()
        self.tabs.setAccessibleName(self.tr("Customer page sections"))
        self.tabs.add_page(self._scrolled(self.form), self.tr("Details"))
        self.tabs.add_page(self.timeline_area, self.tr("Timeline"))
        self.tabs.add_page(self.followups, self.tr("Follow-ups"))
        name_tab_pages(self.tabs)
        self._build_buttons()
        self._stack = QStackedWidget()
        self._stack.setAccessibleName(self.tr("Customer page"))  # else read as 'layered pane'
        self.placeholder = QLabel(self.tr("Choose a customer in the list, or press Ctrl+N to "
                                          "add one."))
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(TallPanel(self._content()))
        layout = QVBoxLayout(self)
        layout.addWidget(self._stack)
        layout.setContentsMargins(0, 0, 0, 0)

    def _scrolled(self, widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setAccessibleName(widget.accessibleName() or self.tr("Customer page"))
        return area

    def _build_buttons(self) -> None:
        self.edit_button = QPushButton(self.tr("Edit (F2)"))
        self.edit_button.setAccessibleName(self.tr("Edit the details"))
        self.edit_button.setToolTip(self.tr("Edit the details (F2, or double-click a field)"))
        self.edit_button.clicked.connect(lambda: self.start_editing())
        self.edit_action = QAction(self.tr("Edit the details"), self)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(lambda: self.start_editing())
        self.addAction(self.edit_action)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the customer"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Cancel"))
        self.revert_button.setAccessibleName(self.tr("Cancel the changes"))
        self.revert_button.clicked.connect(self.revert)
        self.dirty_label = QLabel()
        self.dirty_label.setAccessibleName(self.tr("Edit state"))

    def _content(self) -> QWidget:
        buttons = QHBoxLayout()
        buttons.addWidget(self.dirty_label, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        return content

    # -- what the page shows ------------------------------------------------------------------
    def customer_id(self) -> int | None:
        return self._customer_id

    def is_new(self) -> bool:
        return self._new

    def set_side_widget(self, widget: QWidget) -> None:
        """Put a widget (the stage timeline) in the page's timeline area, replacing the last.

        If the widget has `show_customer(customer_id: int | None)` (or `set_customer`), it is
        called each time the page shows another customer (None for a new or no customer).
        """
        layout = self.timeline_area.layout()
        assert layout is not None  # the area is built with its layout
        if self._side_widget is not None:
            layout.removeWidget(self._side_widget)
            self._side_widget.deleteLater()
        self._side_widget = widget
        layout.addWidget(widget)
        self._tell_side_widget()

    def side_widget(self) -> QWidget | None:
        return self._side_widget

    def _tell_side_widget(self) -> None:
        setter = getattr(self._side_widget, "show_customer", None) or \
            getattr(self._side_widget, "set_customer", None)
        if callable(setter):
            setter(None if self._new else self._customer_id)

    def show_customer(self, customer_id: int | None) -> None:
        """Show this customer (or nothing); callers ask `confirm_leave` first."""
        self._new, self._tried_save = False, False
        self._customer_id = customer_id
        if customer_id is None:
            self._stack.setCurrentIndex(0)
        else:
            self._stack.setCurrentIndex(1)
            self._load()
        self._changed_customer()

    def start_new(self) -> None:
        self._new, self._tried_save, self._customer_id = True, False, None
        self._loaded = CustomerEdit()
        self._load_known()
        self.form.set_edit(self._loaded, None, "")
        self.header.show_new()
        self.followups.show_customer(None)
        self._stack.setCurrentIndex(1)
        self.tabs.setCurrentIndex(0)
        self._set_editing(True)
        self._update_state()
        self._changed_customer()
        self.form.lines["name"].setFocus()

    def _changed_customer(self) -> None:
        self._tell_side_widget()
        self.customer_changed.emit(self._customer_id)

    def _load(self) -> None:
        assert self._customer_id is not None  # loaded only for a customer shown
        try:
            self._loaded = edit_of(self._customer_id)
            card = card_of(self._customer_id)
        except CustomerError:
            self.show_customer(None)
            return
        self._load_known()
        self.form.set_edit(self._loaded, self._customer_id, rhythm_summary(card.rhythm))
        self.header.show_card(card)
        self.followups.show_customer(self._customer_id)
        self._set_editing(False)

    def _load_known(self) -> None:
        if self._known_stale:
            self._known_stale = False
            self.form.set_known(customers.all_tags(), customers.all_owners())

    def refresh(self) -> None:
        """Data changed elsewhere: show it, keeping typed edits when there are any."""
        self._known_stale = True
        if self._new or self._customer_id is None:
            return
        if not self.is_dirty():
            self._load()
            return
        try:
            card = card_of(self._customer_id)
        except CustomerError:
            return
        self.header.show_card(card)
        self.followups.show_customer(self._customer_id)

    # -- editing -------------------------------------------------------------------------------
    def is_editing(self) -> bool:
        return self.form.is_editing()

    def start_editing(self, field: QWidget | None = None) -> None:
        """Details become editable (Edit, F2, a double-click on a field)."""
        if self._customer_id is None and not self._new:
            return
        self._set_editing(True)
        self.tabs.setCurrentIndex(0)
        (field or self.form.lines["name"]).setFocus()

    def _set_editing(self, editing: bool) -> None:
        self.form.set_editing(editing)
        self.edit_button.setVisible(not editing)
        self.save_button.setVisible(editing)
        self.revert_button.setVisible(editing)
        self._update_state()

    def is_dirty(self) -> bool:
        if not self._new and self._customer_id is None:
            return False
        return not _same(self.form.edit(), self._loaded)

    def _form_changed(self) -> None:
        self._update_state()

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        found = problems(self.form.edit(), self._customer_id)
        if not self._tried_save:
            found.pop("name", None)  # do not scold an empty new form before a save
        self.form.show_problems(found)
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty or self.is_editing())
        self.dirty_label.setText(self.tr("Unsaved changes") if dirty else "")

    def save(self) -> bool:
        """Save the form; False (with the problems shown) when it cannot be saved."""
        self._tried_save = True
        edit = self.form.edit()
        found = problems(edit, self._customer_id)
        if found:
            self.form.show_problems(found)
            self.form.widget_for(next(iter(found))).setFocus()
            return False
        if not self.is_dirty():
            return True
        try:
            if self._new:
                customer_id = add_customer(edit)
                self._undo.added(customer_id, edit.details.display_name())
            else:
                assert self._customer_id is not None  # an existing customer: it has an id
                customer_id = self._customer_id
                if not self._save_changes(customer_id, edit):
                    return False
        except CustomerError as exc:
            self.form.show_problems(exc.fields or {"name": str(exc)})
            return False
        self.show_customer(customer_id)
        self.saved.emit(customer_id)
        return True

    def _save_changes(self, customer_id: int, edit: CustomerEdit) -> bool:
        """Only the changed fields; asks when one was changed elsewhere. False: cancelled."""
        try:
            self._undo.save_changes(customer_id, self._loaded, edit)
            return True
        except EditConflict as exc:
            conflicts = exc.conflicts
        keep = ask_keep(conflicts, self)
        if keep is Keep.CANCEL:
            return False
        names = [c.field for c in conflicts]
        choice = {"keep_mine": names} if keep is Keep.MINE else {"keep_stored": names}
        self._undo.save_changes(customer_id, self._loaded, edit, **choice)
        return True

    def revert(self) -> None:
        if self._new:
            self.form.set_edit(CustomerEdit(), None, "")
            self._tried_save = False
            self._update_state()
        elif self._customer_id is not None:
            self._tried_save = False
            self._load()

    def confirm_leave(self) -> bool:
        """Before showing something else: True when it is fine to leave (saved or discarded)."""
        if not self.is_dirty():
            return True
        name = self.form.edit().details.display_name() or tr("the new customer")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Save the changes to %s?") % name, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def _ask_move(self) -> None:
        if self._customer_id is not None and not self._new:
            self.move_stage_requested.emit(self._customer_id)

    def _ask_plan(self) -> None:
        if self._customer_id is not None and not self._new:
            self.plan_next_step_requested.emit(self._customer_id)

    def _open_form(self, form) -> None:
        """A quick form on this customer, window-modal; the data events refresh the page."""
        if self._customer_id is None or self._new:
            return
        try:
            dialog = form(self._customer_id, self)
        except CustomerError:
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

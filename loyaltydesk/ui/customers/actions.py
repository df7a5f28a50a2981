"""The customer commands: menus, shortcuts and the list's context menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QActionEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from loyaltydesk.services import rhythm
from loyaltydesk.ui.customers.formatting import count_text, tr
from loyaltydesk.ui.customers.status import LOSING_TOUCH, NO_NEXT_STEP
from loyaltydesk.ui.customers.view import CustomersView

if TYPE_CHECKING:
    from loyaltydesk.ui.customers.detail import CustomerPage
    from loyaltydesk.ui.main_window import MainWindow


# Planning for more customers than this at once asks first (a select-all is easy to make).
ASK_ABOVE = 20

# Commands the window may already offer as its quick actions on a customer: when it does,
# the menu and the shortcut stay theirs, and the customer page's buttons stay ours.
_SAME_AS = {"quick_move_stage": "move_stage", "quick_plan_next_step": "plan_next_step"}


class _YieldToQuickActions(QObject):
    """Watches the Customer menu: an equivalent quick action takes our entry's place, so a
    shortcut is never claimed twice, whichever is installed first."""

    def __init__(self, actions: CustomerActions, menu: QMenu) -> None:
        super().__init__(menu)
        self.actions = actions
        for action in menu.actions():
            self._check(action)
        menu.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.ActionAdded and isinstance(event, QActionEvent):
            self._check(event.action())
        return False

    def _check(self, action: QAction) -> None:
        ours = _SAME_AS.get(action.objectName())
        if ours is not None:
            self.actions.yield_to(ours)


class CustomerActions:
    """Owns the QActions; each one works from the keyboard and from a menu."""

    def __init__(self, window: MainWindow, view: CustomersView) -> None:
        self.window, self.view = window, view
        self._yielded: set[str] = set()
        stack = view.undo.stack
        self.undo = stack.createUndoAction(window, tr("&Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = stack.createRedoAction(window, tr("&Redo"))
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.new = self._action(tr("&New customer"), self.new_customer,
                                QKeySequence.StandardKey.New)
        self.open = self._action(tr("&Open customer"), self.open_current)
        self.move_stage = self._action(tr("&Move stage…"), self.ask_move_stage,
                                       QKeySequence("Ctrl+Shift+M"))
        self.plan_next_step = self._action(tr("Plan ne&xt step"), self.plan_next_steps,
                                           QKeySequence("Ctrl+Shift+N"))
        self.trash = self._action(tr("Move to &Trash"), self.view.trash_selected,
                                  QKeySequence(QKeySequence.StandardKey.Delete))
        # Delete only trashes from the list: in a text field it deletes text.
        self.trash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        view.table.addAction(self.trash)
        self.show_trash = self._action(tr("Tr&ash…"), self.open_trash)
        self.find = self._action(tr("&Find customers"), self.find_customers,
                                 QKeySequence.StandardKey.Find)
        self.clear_filters = self._action(tr("&Clear filters"), view.filter_bar.clear)
        self.losing_touch = self._action(tr("&Losing touch"),
                                         lambda: window.show_customers(LOSING_TOUCH))
        self.no_next_step = self._action(tr("&No next step"),
                                         lambda: window.show_customers(NO_NEXT_STEP))
        self.show_page = QAction(tr("Customer &Page Beside the List"), window, checkable=True)
        self.show_page.setShortcut(QKeySequence("F9"))
        self.show_page.setChecked(True)
        self.show_page.toggled.connect(view.set_page_visible)
        view.page_visibility_changed.connect(self.show_page.setChecked)
        view.page_built.connect(self._page_built)
        view.table.customContextMenuRequested.connect(self.context_menu)

    def _page_built(self, page: CustomerPage) -> None:
        page.move_stage_requested.connect(lambda _id: self.ask_move_stage())
        page.plan_next_step_requested.connect(lambda cid: self.plan_next_steps([cid]))

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _name_actions(self) -> None:
        """Names the window's toolbar looks its buttons up by."""
        self.new.setObjectName("customer_new")
        self.find.setObjectName("find_customers")

    def add_to_menus(self) -> None:
        self._name_actions()
        window = self.window
        edit = window.edit_menu
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.find, self.trash, self.show_trash])
        window.customer_menu.addActions([self.new, self.move_stage, self.plan_next_step])
        _YieldToQuickActions(self, window.customer_menu)
        window.view_menu.addActions([self.losing_touch, self.no_next_step, self.clear_filters])
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.show_page)

    def yield_to(self, name: str) -> None:
        """Another part of the window offers this command: leave the menu and shortcut to it."""
        if name in self._yielded:
            return
        self._yielded.add(name)
        action: QAction = getattr(self, name)
        self.window.customer_menu.removeAction(action)
        action.setShortcut(QKeySequence())

    def _own_context_actions(self) -> list[QAction]:
        names = ("new", "move_stage", "plan_next_step", "trash")
        return [getattr(self, n) for n in names if n not in self._yielded]

    # -- what they do -----------------------------------------------------------------------------
    def _show(self) -> None:
        self.window.show_page("customers")

    def new_customer(self) -> None:
        self._show()
        self.view.new_customer()

    def open_current(self) -> None:
        customer_id = self.view.table.current_customer_id()
        if customer_id is not None:
            self.view.open_customer(customer_id)

    def find_customers(self) -> None:
        self._show()
        self.view.focus_search()

    def ask_move_stage(self) -> None:
        customer_id = self.view.current_customer_id()
        if customer_id is None or self.view.page.is_new():
            return
        from loyaltydesk.ui.dialogs.stage import MoveStageDialog

        dialog = MoveStageDialog(customer_id, self.window, mover=self.view.undo.move_stage)
        if dialog.exec():
            self.view.reload()

    def plan_next_steps(self, ids: list[int] | None = None) -> None:
        ids = ids if ids is not None else self.view.selected_customer_ids()
        if len(ids) > ASK_ABOVE and QMessageBox.question(
                self.window, tr("Plan next steps"),
                count_text(len(ids), "Plan a next step for {n} customer?",
                           "Plan a next step for each of {n} customers?")) \
                != QMessageBox.StandardButton.Yes:
            return
        for customer_id in ids:
            rhythm.plan_next_step(customer_id)
        self.view.reload()
        if ids:
            self.view.status_message.emit(count_text(
                len(ids), "Next step planned for {n} customer",
                "Next steps planned for {n} customers"))

    def open_trash(self) -> None:
        from loyaltydesk.ui.dialogs.trash import TrashDialog

        dialog = TrashDialog(self._restore, self._emptied, self.window)
        dialog.exec()

    def _restore(self, ids: list[int]) -> None:
        self.view.undo.restore(ids)
        self.view.reload()

    def _emptied(self) -> None:
        # Undo steps may point at customers that no longer exist anywhere.
        self.view.undo.stack.clear()
        self.view.reload()

    def context_menu(self, position: QPoint) -> None:
        table = self.view.table
        if table.indexAt(position).isValid() and not table.selectionModel().isSelected(
                table.indexAt(position)):
            table.selectRow(table.indexAt(position).row())
        menu = QMenu(table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.open)
        menu.addSeparator()
        menu.addActions(self._own_context_actions())
        extra = self.window.customer_context_actions
        if extra:
            menu.addSeparator()
            menu.addActions(extra)
        menu.popup(table.viewport().mapToGlobal(position))

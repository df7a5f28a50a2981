"""Undoable customer changes: trash and restore, stage moves, edits and new customers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers
from loyaltydesk.services.customer_edits import CustomerEdit, save_changes, save_customer
from loyaltydesk.ui.customers.formatting import count_text, stage_label, tr

Action = Callable[[], object]
ErrorHandler = Callable[[str], None]


class ServiceCommand(QUndoCommand):
    """A change a service has already made when the command is pushed.

    The first redo (the one QUndoStack.push runs) does nothing; later ones repeat the change.
    A step that can no longer be undone or redone (its customer was deleted for good) drops
    out of the stack and says why.
    """

    def __init__(self, text: str, do: Action, undo: Action,
                 on_error: ErrorHandler | None = None) -> None:
        super().__init__(text)
        self._do, self._undo, self._on_error = do, undo, on_error
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Action) -> None:
        from loyaltydesk.services.errors import USER_ERRORS  # all services: not at start-up

        try:
            action()
        except USER_ERRORS as exc:
            self.setObsolete(True)
            if self._on_error:
                self._on_error(tr("Cannot undo or redo “%s”: %s") % (self.text(), exc))


def _menu_safe(name: str) -> str:
    """A name as it reads in the Edit menu: '&' would otherwise mark a shortcut letter."""
    return name.replace("&", "&&")


def _move(customer_id: int, target: Stage, reason: str) -> None:
    customers.get_customer(customer_id)  # a customer deleted for good says so plainly
    customers.move_stage(customer_id, target, reason)


class CustomerUndo:
    """Makes the changes through the services, then records them on the undo stack."""

    def __init__(self, stack: QUndoStack, on_error: ErrorHandler | None = None) -> None:
        self.stack = stack
        self._on_error = on_error

    def _push(self, text: str, do: Action, undo: Action) -> None:
        self.stack.push(ServiceCommand(text, do, undo, self._on_error))

    def trash(self, ids: list[int]) -> None:
        customers.trash_customers(ids)
        self._push(count_text(len(ids), "Move {n} customer to the trash",
                              "Move {n} customers to the trash"),
                   lambda: customers.trash_customers(ids),
                   lambda: customers.restore_customers(ids))

    def restore(self, ids: list[int]) -> None:
        customers.restore_customers(ids)
        self._push(count_text(len(ids), "Restore {n} customer", "Restore {n} customers"),
                   lambda: customers.restore_customers(ids),
                   lambda: customers.trash_customers(ids))

    def move_stage(self, customer_id: int, target: Stage, reason: str) -> None:
        before = customers.get_customer(customer_id).stage
        customers.move_stage(customer_id, target, reason)
        undone = tr("Undone: %s") % reason
        self._push(tr("Move to %s") % stage_label(target),
                   lambda: _move(customer_id, target, reason),
                   lambda: _move(customer_id, before, undone))

    def save(self, customer_id: int, before: CustomerEdit, after: CustomerEdit) -> None:
        save_customer(customer_id, after)
        self._push(tr("Edit %s") % _menu_safe(after.details.display_name()),
                   lambda: save_customer(customer_id, after),
                   lambda: save_customer(customer_id, before))

    def save_changes(self, customer_id: int, loaded: CustomerEdit, edited: CustomerEdit,
                     **choices) -> None:
        """Save only what the form changed (raises EditConflict); undo brings back what was
        stored right before."""
        done = save_changes(customer_id, loaded, edited, **choices)
        if done.fields:
            self._push(tr("Edit %s") % _menu_safe(done.after.details.display_name()),
                       lambda: save_customer(customer_id, done.after),
                       lambda: save_customer(customer_id, done.before))

    def added(self, customer_id: int, name: str) -> None:
        """Record a customer just added: undo moves it to the trash, redo brings it back."""
        self._push(tr("Add %s") % _menu_safe(name),
                   lambda: customers.restore_customers([customer_id]),
                   lambda: customers.trash_customers([customer_id]))

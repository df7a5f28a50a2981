"""Builds the customers view, its menus, undo and status-bar counts for the main window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from loyaltydesk.ui.customers.actions import CustomerActions
from loyaltydesk.ui.customers.status import RhythmStatus
from loyaltydesk.ui.customers.view import CustomersView
from loyaltydesk.ui.customers.welcome import DEMO_CUSTOMERS
from loyaltydesk.ui.widgets.marks import forget_book_currency

if TYPE_CHECKING:
    from loyaltydesk.ui.customers.detail import CustomerPage
    from loyaltydesk.ui.main_window import MainWindow


class _CloseGuard(QObject):
    """Asks about unsaved customer edits before the window closes, then remembers the view."""

    def __init__(self, view: CustomersView, parent: QObject) -> None:
        super().__init__(parent)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Close:
            if not self.view.confirm_leave():
                event.ignore()
                return True
            self.view.save_settings()
        return False


@dataclass(frozen=True)
class CustomerParts:
    """What the rest of the window uses of the customers view."""

    view: CustomersView
    undo_stack: QUndoStack
    actions: CustomerActions
    # The customer page, built after the list's first paint (once its modules are loaded).
    page_steps: tuple[Callable[[], None], ...]


def install_customers(window: MainWindow) -> CustomerParts:
    stack = QUndoStack(window)
    view = CustomersView(stack, window.reads)
    window.add_page("customers", window.tr("Customers"), _page_holding(view))
    view.page_built.connect(lambda page: _add_timeline(window, page))
    actions = CustomerActions(window, view)
    actions.add_to_menus()
    status = RhythmStatus(window.show_customers, window.reads)
    window.statusBar().addPermanentWidget(status)
    view.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    view.customers_counted.connect(window.show_customer_count)
    view.data_changed.connect(status.schedule_refresh)
    view.welcome.demo_requested.connect(lambda: _load_demo(window, view))
    view.welcome.import_requested.connect(lambda: _trigger_import(window))
    forget_book_currency()  # a window opens one book: read its currency anew
    window.data_replaced.connect(forget_book_currency)
    window.data_replaced.connect(view.data_replaced)
    window.installEventFilter(_CloseGuard(view, window))
    # File > Import arrives after the first paint: the page asks each time it shows.
    view.welcome.set_import_check(lambda: window.exchange_actions is not None)
    window.features_installed.connect(view.welcome.refresh_import)
    view.start()
    status.schedule_refresh()
    return CustomerParts(view, stack, actions, (view.build_page, view.show_first_customer))


def _add_timeline(window: MainWindow, page: CustomerPage) -> None:
    from loyaltydesk.ui.timeline import TimelineView

    timeline = TimelineView()
    page.set_side_widget(timeline)
    window.data_replaced.connect(timeline.refresh)


def _page_holding(view: CustomersView) -> QWidget:
    """The navigation page: the view inside a plain widget. Customer actions elsewhere ask
    the window's browser for the selection; a page answering itself would bypass that."""
    page = QWidget()
    page.setObjectName("customers_page")
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view)
    return page


def _trigger_import(window: MainWindow) -> None:
    if window.exchange_actions is not None:
        window.exchange_actions.import_action.trigger()


def _load_demo(window: MainWindow, view: CustomersView) -> None:
    from loyaltydesk.services import demo

    job = window.jobs.start(lambda progress: demo.build_demo(DEMO_CUSTOMERS, progress=progress),
                            label=window.tr("Loading demo data…"), owner=window,
                            error_text=None)
    job.failed.connect(view.status_message)
    job.succeeded.connect(lambda _count: window.data_replaced.emit())

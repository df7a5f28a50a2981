"""Puts the customers view, its menus, undo and status-bar counts into the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from loyaltydesk.services import demo
from loyaltydesk.services.errors import USER_ERRORS
from loyaltydesk.ui.customers.actions import CustomerActions
from loyaltydesk.ui.customers.status import RhythmStatus
from loyaltydesk.ui.customers.view import CustomersView
from loyaltydesk.ui.customers.welcome import DEMO_CUSTOMERS
from loyaltydesk.ui.timeline import TimelineView
from loyaltydesk.ui.widgets.marks import forget_book_currency

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow

# The import command another view may offer: the welcome page triggers the window's action
# with this object name, or the exchange view's import action.
IMPORT_ACTION = "import_contacts"


class _CloseGuard(QObject):
    """Asks about unsaved customer edits before the window closes, then remembers the view."""

    def __init__(self, view: CustomersView, parent: QObject) -> None:
        super().__init__(parent)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close:
            if not self.view.page.confirm_leave():
                event.ignore()
                return True
            self.view.save_settings()
        return False


def install(window: MainWindow) -> None:
    stack = QUndoStack(window)
    view = CustomersView(stack)
    window.add_page("customers", window.tr("Customers"), _page_holding(view))
    timeline = TimelineView()
    view.page.set_side_widget(timeline)
    window.data_replaced.connect(timeline.refresh)
    window.browser = view
    window.customer_undo_stack = stack
    actions = CustomerActions(window, view)
    actions.add_to_menus()
    window.customer_actions = actions
    status = RhythmStatus(window.show_customers)
    window.statusBar().addPermanentWidget(status)
    view.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    view.data_changed.connect(window.refresh_status)
    view.data_changed.connect(status.schedule_refresh)
    view.welcome.demo_requested.connect(lambda: _load_demo(window, view))
    view.welcome.import_requested.connect(lambda: _trigger_import(window))
    forget_book_currency()  # a window opens one book: read its currency anew
    window.data_replaced.connect(forget_book_currency)
    window.data_replaced.connect(view.data_replaced)
    window.installEventFilter(_CloseGuard(view, window))
    view.welcome.set_import_check(lambda: _import_action(window) is not None)
    window.features_installed.connect(view.welcome.refresh_import)
    view.start()
    status.schedule_refresh()


def _page_holding(view: CustomersView) -> QWidget:
    """The navigation page: the view inside a plain widget. Customer actions elsewhere ask
    the window's browser for the selection; a page answering itself would bypass that."""
    page = QWidget()
    page.setObjectName("customers_page")
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view)
    return page


def _import_action(window: MainWindow) -> QAction | None:
    named = window.findChild(QAction, IMPORT_ACTION)
    if named is not None:
        return named
    return getattr(getattr(window, "exchange_actions", None), "import_action", None)


def _trigger_import(window: MainWindow) -> None:
    action = _import_action(window)
    if action is not None:
        action.trigger()


def _load_demo(window: MainWindow, view: CustomersView) -> None:
    try:
        demo.build_demo(DEMO_CUSTOMERS)
    except USER_ERRORS as exc:
        view.status_message.emit(str(exc))
        return
    window.data_replaced.emit()

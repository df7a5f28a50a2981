"""The contact calendar: month, week and agenda views of follow-ups and logged contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from loyaltydesk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    def build() -> QWidget:
        from loyaltydesk.services.customer_list import CustomerFilter
        from loyaltydesk.ui.calendar.view import CalendarView

        view = CalendarView(
            window.open_customer,
            lambda ids: window.show_customers(CustomerFilter(ids=tuple(ids))),
            lambda text: window.statusBar().showMessage(text, 8000),
            undo_stack=getattr(window, "customer_undo_stack", None))
        window.data_replaced.connect(view.reload)
        from loyaltydesk.ui.exchange.sheets import add_to_calendar
        add_to_calendar(view, window)
        return view

    window.add_lazy_page("calendar", window.tr("Calendar"), build, offers_selection=True)

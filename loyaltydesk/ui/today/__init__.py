"""The Today view: due and overdue follow-ups, customers losing touch, no next step planned."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from loyaltydesk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    def build() -> QWidget:
        from loyaltydesk.ui.today.view import TodayView

        view = TodayView(window.open_customer,
                         lambda text: window.statusBar().showMessage(text, 8000),
                         show_calendar=lambda: window.show_page("calendar"))
        window.data_replaced.connect(view.reload)
        from loyaltydesk.ui.exchange.sheets import add_to_today
        add_to_today(view, window)
        return view

    window.add_lazy_page("today", window.tr("Today"), build, offers_selection=True)

"""The Insights view: the loyalty numbers, charts and the customers behind each of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow


# A while after start-up the figures are computed in the background, so that the view opens
# with its numbers even on a large book.
PREFETCH_AFTER_MS = 3000


def install(window: MainWindow) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def build():
        from loyaltydesk.ui.insights.view import InsightsView

        view = InsightsView(window.show_customers, window.open_customer)
        window.data_replaced.connect(view.reload_when_shown)
        # A figure still computing when the app quits finishes before Python winds down.
        app = QApplication.instance()
        assert app is not None  # the window is up, so the application is
        app.aboutToQuit.connect(view.loader.wait)
        return view

    window.add_lazy_page("insights", window.tr("Insights"), build)

    def prefetch() -> None:
        from loyaltydesk.ui.insights.view import InsightsView

        view = window.page("insights")
        assert isinstance(view, InsightsView)
        view.prefetch()

    QTimer.singleShot(PREFETCH_AFTER_MS, window, prefetch)

"""The main window: navigation between the views, menus, toolbar and status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from loyaltydesk import APP_NAME, formats
from loyaltydesk.services import customers
from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.services.session import DataFolder
from loyaltydesk.ui import preload
from loyaltydesk.ui.customer_roles import CustomerBrowser, CustomerSelection
from loyaltydesk.ui.icons import dress_named, icon
from loyaltydesk.ui.jobs import JobRunner
from loyaltydesk.ui.widgets.first_paint import after_first_paint
from loyaltydesk.ui.widgets.focus_chain import bottom_last
from loyaltydesk.ui.widgets.idle_steps import IdleSteps

if TYPE_CHECKING:
    from loyaltydesk.ui.customers.actions import CustomerActions
    from loyaltydesk.ui.dialogs.quick_actions import QuickActions
    from loyaltydesk.ui.exchange.install import ExchangeActions
    from loyaltydesk.ui.phone_sync.controller import PhoneSyncController
    from loyaltydesk.ui.safety.idle_backup import IdleBackups
    from loyaltydesk.ui.safety.install import SafetyActions
    from loyaltydesk.ui.safety.startup import StartChecks
    from loyaltydesk.ui.team.install import TeamActions


# The toolbar: actions the views add, by object name, in this order (None: a separator).
TOOLBAR: tuple[str | None, ...] = (
    "customer_new", "find_customers", None, "quick_log_interaction", "quick_record_purchase",
    "quick_schedule_followup", "quick_plan_next_step", None, "exchange_import",
    "exchange_export", "back_up_now",
)


class _LazyPage(QWidget):
    """Stands in for a view until it is first needed."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self.build = build


class MainWindow(QMainWindow):
    """Navigation on the left, the chosen view on the right.

    The window is where the views are put together: it builds each of them in
    `_build_first_paint` and `_steps_after_first_paint` (a new view is one line there) and
    keeps what the others need from it in the attributes below. With `defer_features`, the
    first paint shows the customer list alone; the rest is built after it, one short step
    per event-loop turn, so the window answers all along.
    """

    # Data changed behind the views' backs (an import, a restore): every view reloads.
    data_replaced = Signal()

    # Every view and menu is in place (after the first paint, when deferred).
    features_installed = Signal()

    def __init__(self, data: DataFolder, parent: QWidget | None = None, *,
                 defer_features: bool = False) -> None:
        super().__init__(parent)
        self.data = data
        self.jobs = JobRunner(self)  # every long task runs here, off the painting thread
        # Counts of a big book the views show, off the painting thread too: never queued
        # behind a backup or a check, nor keeping one waiting.
        self.reads = JobRunner(self)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Views"))
        self.pages = QStackedWidget()
        self.pages.setAccessibleName(self.tr("Current view"))  # else read as 'layered pane'
        self._page_keys: list[str] = []
        self._selection_keys: set[str] = set()  # pages that are a CustomerSelection
        self._awaiting: set[str] = set()  # pages whose view is not installed yet
        self.features_ready = False
        self.browser: CustomerBrowser | None = None
        self.customer_undo_stack: QUndoStack | None = None
        self.customer_actions: CustomerActions | None = None
        self.quick_actions: QuickActions | None = None
        self.exchange_actions: ExchangeActions | None = None
        self.safety_actions: SafetyActions | None = None
        self.phone_sync: PhoneSyncController | None = None
        self.team: TeamActions | None = None
        # Set once the window is on screen (ui.safety.startup.after_show).
        self.start_checks: StartChecks | None = None
        self.idle_backups: IdleBackups | None = None
        # Extra entries for the customer list's context menu (exports, quick actions...).
        self.customer_context_actions: list[QAction] = []
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([170, 1100])
        self.setCentralWidget(splitter)
        self.navigation.currentRowChanged.connect(self._show_row)
        # a title that grows ("Today (23)") keeps its room
        self.navigation.model().dataChanged.connect(lambda *_: self._fit_navigation())
        self._build_menus()
        self._count_label = QLabel()
        self.statusBar().addPermanentWidget(self._count_label)
        for key, title in (("customers", self.tr("Customers")), ("pipeline", self.tr("Pipeline")),
                           ("calendar", self.tr("Calendar")), ("today", self.tr("Today")),
                           ("insights", self.tr("Insights"))):
            self.add_page(key, title, QLabel(self.tr("%s comes here.") % title))
            self._awaiting.add(key)  # after add_page, which would forget it
        self.toolbar = self.addToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._build_first_paint()
        self._fill_toolbar()  # what exists already, with its icons: the bar's height from the
        dress_named(self.toolbar.actions())  # first paint on, so the views never shift down
        self._steps = IdleSteps(self._steps_after_first_paint(), self)
        if defer_features:  # start-up: paint the customer list first, then add the rest
            self._steps.finished.connect(self._install_remaining_features)
            after_first_paint(self, self._steps.start)
        else:
            self._steps.finish()
            self._fill_toolbar()
            self.features_ready = True
        self.navigation.setCurrentRow(0)
        if not self._count_label.text():  # the customer list has not counted them
            self.refresh_status()
        self._fit_to_screen()
        self._restore_geometry()

    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        """Put a view in the navigation; a key already there has its view replaced."""
        self._awaiting.discard(key)
        if key in self._page_keys:
            index = self._page_keys.index(key)
            old = self.pages.widget(index)
            assert old is not None  # every key has its page
            current = self.pages.currentIndex()
            self.pages.insertWidget(index, widget)
            self.pages.removeWidget(old)
            old.deleteLater()
            self.pages.setCurrentIndex(current)
            self.navigation.item(index).setText(title)
            bottom_last(self)  # Tab reads the new view before the bars along the bottom
            return
        self._page_keys.append(key)
        self.pages.addWidget(widget)
        item = QListWidgetItem(icon(key), title, self.navigation)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """Wide enough for its longest title in any language: the views must not squeeze it."""
        frame = 2 * self.navigation.frameWidth()
        self.navigation.setMinimumWidth(self.navigation.sizeHintForColumn(0) + frame + 12)

    def _build_first_paint(self) -> None:
        """What the first paint shows: the customer list."""
        from loyaltydesk.ui.customers.install import install_customers

        parts = install_customers(self)
        self.browser, self.customer_undo_stack = parts.view, parts.undo_stack
        self.customer_actions = parts.actions
        self._customer_page_steps = parts.page_steps

    def _steps_after_first_paint(self) -> list[Callable[[], None]]:
        """Every other view and menu, in this order, a short step each (imported in the
        steps: start-up skips them). The customer page comes first: the first customer
        opened finds it ready."""
        return [*preload.CUSTOMER_PAGE, *self._customer_page_steps,
                preload.pipeline, self._install_pipeline,
                preload.quick_actions, self._install_quick_actions,
                preload.exchange, self._install_exchange, preload.about, self._install_about,
                self._install_insights, preload.today, preload.calendar, preload.cadences,
                preload.reminders, self._install_reminders, preload.safety, self._install_safety,
                preload.phone_sync, self._install_phone_sync,
                preload.team_sync, preload.team, self._install_team,
                self._install_preferences, preload.help_menu, self._install_help,
                preload.look, self._install_look]

    def _install_pipeline(self) -> None:
        from loyaltydesk.ui.pipeline.install import install_pipeline

        install_pipeline(self)

    def _install_quick_actions(self) -> None:
        from loyaltydesk.ui.dialogs.quick_actions import QuickActions

        self.quick_actions = QuickActions(self)

    def _install_exchange(self) -> None:
        from loyaltydesk.ui.exchange.install import install_exchange

        self.exchange_actions = install_exchange(self)

    def _install_about(self) -> None:
        from loyaltydesk.ui import about

        about.install(self)

    def _install_insights(self) -> None:
        from loyaltydesk.ui import insights

        insights.install(self)

    def _install_reminders(self) -> None:
        from loyaltydesk.ui.reminders.install import install_reminders

        install_reminders(self)

    def _install_safety(self) -> None:
        from loyaltydesk.ui.safety.install import install_safety

        self.safety_actions = install_safety(self)

    def _install_phone_sync(self) -> None:
        from loyaltydesk.ui.phone_sync.install import install_phone_sync

        self.phone_sync = install_phone_sync(self)

    def _install_team(self) -> None:
        from loyaltydesk.ui.team.install import install_team

        self.team = install_team(self)

    def _install_preferences(self) -> None:
        from loyaltydesk.ui.dialogs.preferences import install_preferences

        install_preferences(self)

    def _install_help(self) -> None:
        from loyaltydesk.ui import help

        help.install(self)

    def _install_look(self) -> None:
        from loyaltydesk.ui import look

        look.install(self)  # last: it dresses every action the others made
        bottom_last(self)  # the notice and the status bar are read after every view

    def finish_building(self) -> None:
        """Build now whatever is still waiting for its turn after the first paint."""
        self._steps.finish()

    def _install_remaining_features(self) -> None:
        self._fill_toolbar()
        self.features_ready = True
        self.features_installed.emit()

    def _fill_toolbar(self) -> None:
        """The toolbar's actions in their order, from those the views have made so far."""
        named = {a.objectName(): a for a in self.findChildren(QAction) if a.objectName()}
        self.toolbar.clear()
        for name in TOOLBAR:
            if name is None:
                self.toolbar.addSeparator()
            elif name in named:
                self.toolbar.addAction(named[name])

    def add_lazy_page(self, key: str, title: str, build: Callable[[], QWidget], *,
                      offers_selection: bool = False) -> None:
        """A view built the first time it is shown (or asked for), so start-up skips it.

        With `offers_selection` the view is a CustomerSelection: while it shows, the
        customer actions act on its chosen customers."""
        if offers_selection:
            self._selection_keys.add(key)
        showing = key in self._page_keys and \
            self.pages.currentIndex() == self._page_keys.index(key)
        self.add_page(key, title, _LazyPage(build))
        if showing:  # its placeholder is on screen: build it now
            self.page(key)

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self._page_keys.index(key))

    def page(self, key: str) -> QWidget:
        """The view under `key`, built now if it was added lazily."""
        if key in self._awaiting:  # chosen before its turn came: everything is built now
            self.finish_building()
        index = self._page_keys.index(key)
        widget = self.pages.widget(index)
        if isinstance(widget, _LazyPage):
            self.add_page(key, self.navigation.item(index).text(), widget.build())
            widget = self.pages.widget(index)
        assert widget is not None  # every key has its page
        return widget

    def built_page(self, key: str) -> QWidget | None:
        """The view under `key` if it is built, without building it."""
        widget = self.pages.widget(self._page_keys.index(key))
        return None if isinstance(widget, _LazyPage) else widget

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._page_keys):
            self.page(self._page_keys[row])
        self.pages.setCurrentIndex(row)

    def navigation_item(self, key: str) -> QListWidgetItem:
        return self.navigation.item(self._page_keys.index(key))

    # The customer hooks: answered by the customers view once it is installed.
    def selected_customer_ids(self) -> list[int]:
        return self.browser.selected_customer_ids() if self.browser else []

    def selection_source(self) -> CustomerSelection | None:
        """The shown page when it offers a selection, else the customer list."""
        row = self.pages.currentIndex()
        if 0 <= row < len(self._page_keys) and self._page_keys[row] in self._selection_keys:
            page = self.built_page(self._page_keys[row])
            if page is not None:  # declared a CustomerSelection when it was added
                return cast(CustomerSelection, page)
        return cast(CustomerSelection | None, self.browser)  # the list offers one too

    def chosen_customer_ids(self) -> list[int]:
        """The customers the customer actions act on: the shown page's choice, or the list's."""
        source = self.selection_source()
        return source.selected_customer_ids() if source is not None else []

    def current_customer_filter(self) -> CustomerFilter:
        return self.browser.current_filter() if self.browser else CustomerFilter()

    def show_customers(self, spec: CustomerFilter) -> None:
        """Show the customer list filtered to `spec` (a chart's click-through, a calendar)."""
        if self.browser:
            self.browser.show_filter(spec)
            self.show_page("customers")

    def open_customer(self, customer_id: int) -> None:
        if self.browser:
            self.browser.open_customer(customer_id)
            self.show_page("customers")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if quit_action.shortcut().isEmpty():  # platforms with no standard key for it
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        self.quit_action = quit_action  # a tray may make Quit end the app, not just the window
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.customer_menu = bar.addMenu(self.tr("&Customer"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

    def refresh_status(self) -> None:
        self.show_customer_count(customers.customer_count())

    def show_customer_count(self, count: int) -> None:
        text = self.tr("1 customer") if count == 1 else \
            self.tr("%s customers") % formats.number(count)
        self._count_label.setText(text)

    def _fit_to_screen(self) -> None:
        """1280x800 where there is room; on a 1366x768 laptop, what its screen leaves free."""
        room = self.screen().availableGeometry()
        self.resize(min(1280, room.width() - 40), min(800, room.height() - 60))

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:  # Qt's name
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)

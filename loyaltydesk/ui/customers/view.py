"""The customers view: welcome page or list with filters beside the customer page."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from loyaltydesk.services import customers, events, figures
from loyaltydesk.services.customer_list import CustomerFilter, count
from loyaltydesk.services.events import Change
from loyaltydesk.ui.customers.filter_bar import FilterBar, filter_from_text
from loyaltydesk.ui.customers.list_view import CustomerTable
from loyaltydesk.ui.customers.table_model import CustomerTableModel
from loyaltydesk.ui.customers.undo import CustomerUndo
from loyaltydesk.ui.customers.welcome import WelcomePage
from loyaltydesk.ui.widgets.day_watcher import DayWatcher
from loyaltydesk.ui.widgets.empty_state import EmptyState
from loyaltydesk.ui.widgets.first_paint import after_first_paint

if TYPE_CHECKING:
    from loyaltydesk.ui.customers.detail import CustomerPage
    from loyaltydesk.ui.jobs import JobRunner

_WATCHED = (Change.CUSTOMERS, Change.TIMELINE, Change.FOLLOWUPS, Change.BULK)
_SETTINGS = "customers"
# A wider window widens the list and the customer page three to two.
LIST_STRETCH, PAGE_STRETCH = 3, 2


class CustomersView(QStackedWidget):
    """What the main window calls the customer browser (see CustomerBrowser)."""

    status_message = Signal(str)
    data_changed = Signal()  # the list was reloaded after a change
    page_visibility_changed = Signal(bool)
    selection_changed = Signal()  # other views' customer actions follow it
    page_built = Signal(object)  # the customer page, once it exists (see `page`)
    customers_counted = Signal(int)  # every customer outside the trash, after each change

    def __init__(self, undo_stack: QUndoStack, jobs: JobRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs  # counts a big book off the window's thread
        self.setObjectName("customers_view")
        self.setAccessibleName(self.tr("Customers view"))  # else read as 'layered pane'
        self.undo = CustomerUndo(undo_stack, self.status_message.emit)
        self.model = CustomerTableModel(self)
        self.table = CustomerTable(self.model)
        self.filter_bar = FilterBar()
        # The customer page is built after the list's first paint (or when first needed).
        self._page: CustomerPage | None = None
        self._page_slot = QWidget()
        self._page_slot.setObjectName("customer_page_slot")
        self._list_painted = False
        self.welcome = WelcomePage()
        self._following = False  # True while the list is being reloaded or reverted
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("customers_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._page_slot)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(0, LIST_STRETCH)
        self.splitter.setStretchFactor(1, PAGE_STRETCH)
        browser = QWidget()
        layout = QVBoxLayout(browser)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.addWidget(self.welcome)
        self.addWidget(browser)
        self._connect()
        self.day_watcher = DayWatcher(self)
        self.day_watcher.day_changed.connect(self.new_day)
        unsubscribe = [events.subscribe(change, self._data_event) for change in _WATCHED]
        self.destroyed.connect(lambda *_: [u() for u in unsubscribe])

    def _connect(self) -> None:
        self.filter_bar.filter_changed.connect(self._apply_filter)
        self.filter_bar.down_from_search.connect(self._into_list)
        self.table.current_customer_changed.connect(self._follow_current)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit())
        self.table.open_requested.connect(self.open_customer)
        self.welcome.add_requested.connect(self.new_customer)
        self.empty_state = EmptyState(self.table, self._empty_message, self.tr("Clear filters"),
                                      self.filter_bar.clear)

    # -- the customer page, built once ----------------------------------------------------------
    @property
    def page(self) -> CustomerPage:
        """The customer page beside the list, built now if it is not yet."""
        if self._page is None:
            self.build_page()
        assert self._page is not None  # build_page made it
        return self._page

    def built_page(self) -> CustomerPage | None:
        return self._page

    def build_page(self) -> None:
        """Build the customer page in its place beside the list (once)."""
        if self._page is not None:
            return
        from loyaltydesk.ui.customers.detail import CustomerPage

        page = CustomerPage(self.undo)
        self._page = page
        page.customer_changed.connect(lambda _id: self.selection_changed.emit())
        page.saved.connect(self._saved)
        sizes = self.splitter.sizes()
        page.setVisible(not self._page_slot.isHidden())
        self.splitter.replaceWidget(1, page)
        self._page_slot.deleteLater()
        self.splitter.setStretchFactor(1, PAGE_STRETCH)  # the slot's share; the page's own is 0
        self.splitter.setSizes(sizes)
        self.page_built.emit(page)

    def show_first_customer(self) -> None:
        """Once the list is on screen and the page built: the first customer on the page."""
        if self._list_painted and self._page is not None:
            self._select_first()

    def confirm_leave(self) -> bool:
        """True when the page holds no unsaved edits, or the user let them go."""
        return self._page is None or self._page.confirm_leave()

    def _shown_id(self) -> int | None:
        return None if self._page is None else self._page.customer_id()

    def _page_is_new(self) -> bool:
        return self._page is not None and self._page.is_new()

    def _page_is_dirty(self) -> bool:
        return self._page is not None and self._page.is_dirty()

    def _page_side(self) -> QWidget:
        return self._page if self._page is not None else self._page_slot

    def _empty_message(self) -> str:
        words = self.model.spec.text.strip()
        if words:
            return self.tr("No customer matches “%1”.").replace("%1", words)
        return self.tr("No customer matches these filters.")

    # -- the CustomerBrowser protocol ----------------------------------------------------------
    def selected_customer_ids(self) -> list[int]:
        ids = self.table.selected_customer_ids()
        shown = self._shown_id()
        if not ids and shown is not None:
            return [shown]
        return ids

    def current_filter(self) -> CustomerFilter:
        return self.model.spec

    def show_filter(self, spec: CustomerFilter) -> None:
        self.filter_bar.set_filter(spec)

    def open_customer(self, customer_id: int) -> None:
        """Show the customer on the page (asking about unsaved edits) and focus its form."""
        other = customer_id != self.page.customer_id() or self.page.is_new()
        if other and not self.page.confirm_leave():
            return
        if self.model.row_of(customer_id) is None:
            self.filter_bar.clear()  # the filters hid the customer asked for
        self._select_quietly(customer_id)
        if other:
            self.page.show_customer(customer_id)
        self.setCurrentIndex(1)
        self.set_page_visible(True)
        self.page.tabs.setCurrentIndex(0)
        self.page.form.lines["name"].setFocus()

    # -- actions -------------------------------------------------------------------------------
    def new_customer(self) -> None:
        if self.page.confirm_leave():
            self.setCurrentIndex(1)
            self.set_page_visible(True)
            self.page.start_new()

    def set_page_visible(self, visible: bool) -> None:
        """The customer page beside the list, or the list alone across the whole width."""
        if not visible and not self.confirm_leave():
            self.page_visibility_changed.emit(True)
            return
        if visible and self.splitter.sizes()[1] == 0:
            self.splitter.setSizes([640, 420])
        self._page_side().setVisible(visible)
        self.page_visibility_changed.emit(visible)

    def current_customer_id(self) -> int | None:
        """The customer an action on one customer means: the page's, else the list's."""
        if self._shown_id() is not None:
            return self._shown_id()
        return self.table.current_customer_id()

    def trash_selected(self) -> list[int]:
        ids = self.selected_customer_ids()
        if not ids:
            return []
        if self._page is not None and self._page.customer_id() in ids:
            if not self._page.confirm_leave():
                return []
            self._page.show_customer(None)
        next_row = min((r for r in map(self.model.row_of, ids) if r is not None), default=0)
        self.undo.trash(ids)
        self.reload()
        if self.model.rowCount():
            self.table.selectRow(min(next_row, self.model.rowCount() - 1))
        self.status_message.emit(self.tr("Moved to the trash. Edit > Undo (Ctrl+Z) brings "
                                         "it back."))
        return ids

    def _into_list(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.setCurrentIndex(1)
        self.filter_bar.focus_search()

    # -- keeping the list true -----------------------------------------------------------------
    def start(self) -> None:
        """First load, with what was remembered from the last run."""
        settings = QSettings()
        self.table.restore_header(settings.value(f"{_SETTINGS}/header"))
        splitter = settings.value(f"{_SETTINGS}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([640, 420])
        if settings.value(f"{_SETTINGS}/page_hidden") == "true":
            self.set_page_visible(False)
        saved = settings.value(f"{_SETTINGS}/filter")
        spec = filter_from_text(saved) if isinstance(saved, str) else CustomerFilter()
        # The filters come back (they show in their boxes); last time's search words do not:
        # a list quietly cut to "2 of 2,002" on opening looks like lost customers.
        self.model.estimate_next_count()  # a big book is counted once the list is painted
        self.filter_bar.set_filter(replace(spec, text=""))  # loads the list
        # The first customer's page fills in once the list is on screen and the page built.
        after_first_paint(self.table.viewport(), self._list_first_painted)

    def _list_first_painted(self) -> None:
        self._list_painted = True
        if self.model.estimated():
            self._confirm_count()
        self.show_first_customer()

    def _confirm_count(self) -> None:
        """The exact count after the estimate of start-up: on the job runner's thread (a
        million customers take a tenth of a second and more), applied here."""
        if self._jobs is None:
            self.model.confirm_count()
            self._show_counts()
            return
        spec = self.model.spec
        job = self._jobs.start(lambda _progress: count(spec), error_text=None)
        job.succeeded.connect(self._counted)

    def _counted(self, exact: int) -> None:
        if self.model.apply_count(exact):
            self._show_counts()

    def _select_first(self) -> None:
        # Not over what the user has started meanwhile (a new customer, another page,
        # unsaved edits): making way would open a question nobody expected.
        if self.model.rowCount() and not self.table.currentIndex().isValid() \
                and not self._page_is_new() and self._shown_id() is None \
                and not self._page_is_dirty():
            self.table.selectRow(0)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(f"{_SETTINGS}/header", self.table.header_state())
        settings.setValue(f"{_SETTINGS}/splitter", self.splitter.saveState())
        settings.setValue(f"{_SETTINGS}/filter", self.filter_bar.saved_text())
        settings.setValue(f"{_SETTINGS}/page_hidden",
                          "true" if self._page_side().isHidden() else "false")

    def _data_event(self, _change: Change, _payload: object) -> None:
        self._reload_timer.start()

    def _apply_filter(self, spec: CustomerFilter) -> None:
        # A keystroke keeps a selection found among the first rows, never reads every row.
        self._keeping_selection(lambda: self.model.set_filter(spec), read_all=False)
        self._show_counts()
        self._page_follows_the_list()

    def _page_follows_the_list(self) -> None:
        """The page never shows, nor the actions act on, a customer the list no longer has
        (unless the page holds unsaved edits: those are never dropped)."""
        shown = self._shown_id()
        if shown is None or self._page_is_dirty() or self._page_is_new() or \
                self.model.row_of(shown, False) is not None:
            return
        if self.model.rowCount():
            self.table.selectRow(0)  # the page follows the current row
        else:
            self.page.show_customer(None)

    def reload(self) -> None:
        """Read the list again (after any change), keeping selection and the page's edits."""
        self._reload_timer.stop()
        self._keeping_selection(self.model.reload)
        self.filter_bar.choices_changed()
        self._show_counts()
        if self._page is not None:
            self._page.refresh()
        self.data_changed.emit()

    def new_day(self, _day=None) -> None:
        """Past midnight: the lifetime-value window slides, follow-ups turn overdue and
        customers amber or red; the list and the page show it, keeping typed edits."""
        figures.refresh_stale_ltv()
        self.reload()

    def data_replaced(self) -> None:
        """Everything changed (an import, a restore): forget undo steps about the old data."""
        self.undo.stack.clear()
        shown = self._shown_id()
        if shown is not None and not self._exists(shown):
            self.page.show_customer(None)
        self.reload()

    @staticmethod
    def _exists(customer_id: int) -> bool:
        try:
            return customers.get_customer(customer_id).deleted_at is None
        except customers.CustomerError:
            return False

    def _keeping_selection(self, change, read_all: bool = True) -> None:
        selected, current = self.table.selected_customer_ids(), self.table.current_customer_id()
        self._following = True
        try:
            change()
            if self.table.selected_customer_ids() != selected or \
                    self.table.current_customer_id() != current:
                self.table.select_customers(selected, current, read_all)
        finally:
            self._following = False

    def _show_counts(self) -> None:
        # A list letting everyone through has counted them: the book is not counted twice.
        total = self.model.rowCount() if self.model.spec.is_empty() else \
            customers.customer_count()
        self.filter_bar.set_count(self.model.rowCount(), total)
        empty = total == 0 and not self._page_is_new()
        self.welcome.set_trashed_count(len(customers.trashed_customers()) if empty else 0)
        self.setCurrentIndex(0 if empty else 1)
        self.customers_counted.emit(total)

    # -- the page follows the list -------------------------------------------------------------
    def _follow_current(self, customer_id: int | None) -> None:
        if self._following or customer_id is None or customer_id == self._shown_id():
            return
        if self.page.confirm_leave():
            self.page.show_customer(customer_id)
        else:
            back = self.page.customer_id()
            if back is not None:
                self._select_quietly(back)

    def _select_quietly(self, customer_id: int) -> None:
        self._following = True
        try:
            self.table.select_customer(customer_id)
        finally:
            self._following = False

    def _saved(self, customer_id: int) -> None:
        self.reload()
        if not self.table.select_customer(customer_id):
            self.status_message.emit(self.tr("Saved. The current filters hide this customer."))

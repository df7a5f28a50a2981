"""How the customers view serves the rest of the window: the browser, menus, the timeline."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services.customer_list import CustomerFilter
from tests.ui.customers.conftest import add
from tests.ui.safety.modal import on_next_modal


def test_the_window_reaches_customers_through_the_browser(qtbot, open_window):
    al, bea = add("Al", Stage.LOYAL), add("Bea")
    window = open_window()
    view = window.browser
    with qtbot.waitSignal(view.selection_changed):
        view.table.selectRow(1)
    assert window.selected_customer_ids() == [bea]
    window.show_customers(CustomerFilter(stages=(Stage.LOYAL,)))
    assert window.current_customer_filter() == CustomerFilter(stages=(Stage.LOYAL,))
    assert view.model.ids() == [al]
    window.show_page("pipeline")
    window.open_customer(bea)  # not in the filtered list: the filter makes way
    assert window.pages.currentWidget() is window.page("customers") and view.isVisible()
    assert view.page.customer_id() == bea and view.model.ids() == [al, bea]


def test_an_equivalent_quick_action_takes_the_menu_entry_and_shortcut(qtbot, open_window):
    cid = add("Al")
    window = open_window()
    ours = window.customer_actions.plan_next_step
    theirs = QAction("Plan next step", window)
    theirs.setObjectName("quick_plan_next_step")
    theirs.setShortcut(QKeySequence("Ctrl+Shift+N"))
    window.customer_menu.addAction(theirs)
    assert ours not in window.customer_menu.actions() and ours.shortcut().isEmpty()
    ours_all = [a for a in vars(window.customer_actions).values() if isinstance(a, QAction)]
    assert QKeySequence("Ctrl+Shift+N") not in [a.shortcut() for a in ours_all]
    window.open_customer(cid)
    window.browser.page.tabs.setCurrentWidget(window.browser.page.followups)
    window.browser.page.followups.plan_button.click()  # the page's own button stays ours
    assert window.browser.page.followups.summary.text() == "1 follow-up planned"


def test_the_welcome_page_uses_the_exchange_import(qtbot, open_window):
    window = open_window()
    welcome = window.browser.welcome
    welcome.hide()
    welcome.show()
    assert welcome.import_button.isVisible()
    asked = []
    on_next_modal(lambda dialog: asked.append(dialog.windowTitle()) or dialog.reject())
    with qtbot.waitSignal(window.exchange_actions.import_action.triggered):
        qtbot.mouseClick(welcome.import_button, Qt.MouseButton.LeftButton)
    assert asked == ["Import contacts or purchases"]


class _Timeline(QWidget):
    def __init__(self):
        super().__init__()
        self.shown: list = []

    def show_customer(self, customer_id):
        self.shown.append(customer_id)


def test_a_timeline_with_show_customer_follows_the_page(qtbot, open_window):
    al = add("Al")
    window = open_window()
    timeline = _Timeline()
    window.browser.page.set_side_widget(timeline)
    window.open_customer(al)
    assert timeline.shown[-1] == al


def test_the_customer_page_shows_the_customers_timeline(qtbot, open_window, clock):
    from datetime import date
    from decimal import Decimal

    from loyaltydesk.services.purchases import PurchaseInput, record_purchase
    from loyaltydesk.ui.timeline import TimelineView

    al, bea = add("Al", Stage.PROSPECT), add("Bea")
    record_purchase(al, PurchaseInput(date(2026, 3, 1), Decimal("80")))
    window = open_window()
    timeline = window.browser.page.side_widget()
    assert isinstance(timeline, TimelineView)
    window.open_customer(al)
    qtbot.waitUntil(lambda: "First purchase" in timeline.headline.text())
    purchases = timeline.model.rowCount()
    window.open_customer(bea)
    qtbot.waitUntil(lambda: "Suspect" in timeline.headline.text())
    assert timeline.model.rowCount() < purchases

from PySide6.QtCore import Qt

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import customers
from loyaltydesk.ui.main_window import MainWindow


def test_the_window_opens_with_every_view_in_the_navigation(qtbot, data):
    customers.create_customer(ContactDetails(name="Zoé"))
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.show()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Customers", "Pipeline", "Calendar", "Today", "Insights"]
    window.show_page("today")
    assert window.pages.currentIndex() == 3
    assert "1 customer" in window._count_label.text()


def test_the_status_bar_counts_customers_in_plain_english(qtbot, data):
    from loyaltydesk.domain.contacts import ContactDetails
    from loyaltydesk.services import customers
    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(data)
    qtbot.addWidget(window)
    assert window._count_label.text() == "0 customers"
    customers.create_customer(ContactDetails(name="Ana"))
    window.refresh_status()
    assert window._count_label.text() == "1 customer"
    customers.create_customer(ContactDetails(name="Bea"))
    window.refresh_status()
    assert window._count_label.text() == "2 customers"


def test_a_deferred_window_paints_the_list_first_then_adds_every_view(qtbot, data):
    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(data, defer_features=True)
    qtbot.addWidget(window)
    assert window.browser is not None  # the customer list is part of the first paint
    assert not window.features_ready
    placeholder = window.built_page("insights")
    assert window.browser.built_page() is None  # the customer page comes after the paint
    with qtbot.waitSignal(window.features_installed):
        window.show()
    assert window.features_ready
    assert window.browser.built_page() is not None
    assert window.page("insights") is not placeholder
    titles = [a.text() for a in window.help_menu.actions()]
    assert any("About" in t for t in titles)
    assert window.exchange_actions is not None and window.safety_actions is not None


def test_the_deferred_window_builds_in_steps_that_let_events_through(qtbot, data):
    """Between two steps of the building, the event loop runs: a timer started while the
    customer page is built fires before the building is over."""
    from PySide6.QtCore import QTimer

    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(data, defer_features=True)
    qtbot.addWidget(window)
    seen: list[bool] = []
    window.browser.page_built.connect(
        lambda _page: QTimer.singleShot(0, lambda: seen.append(window.features_ready)))
    with qtbot.waitSignal(window.features_installed):
        window.show()
    assert seen == [False]


def test_the_views_do_not_move_down_when_the_rest_of_the_toolbar_comes(qtbot, data):
    """The first paint's toolbar already holds its first actions with their icons: the
    actions added after it make the bar wider, never taller, so the list stays where it was
    painted."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(data, defer_features=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    first_paint: list = []
    window.browser.page_built.connect(  # the first step after the paint
        lambda _page: first_paint.append((window.toolbar.height(),
                                          window.centralWidget().geometry())))
    with qtbot.waitSignal(window.features_installed):
        window.show()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the last layout pass
    assert len(window.toolbar.actions()) > 4  # the rest has come
    assert first_paint == [(window.toolbar.height(), window.centralWidget().geometry())]


def test_the_toolbar_offers_the_daily_actions(qtbot, data):
    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(data)
    qtbot.addWidget(window)
    texts = [a.text().replace("&", "") for a in window.toolbar.actions() if not a.isSeparator()]
    assert texts[:2] == ["New customer", "Find customers"]
    assert {"Log interaction…", "Record purchase…", "Import…", "Back Up Now"} <= set(texts)
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_a_view_chosen_before_it_is_installed_is_built_at_once(qtbot, data):
    from PySide6.QtWidgets import QLabel

    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(data, defer_features=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.features_installed, timeout=0, raising=False) as installed:
        window.show_page("pipeline")  # before its turn: every view is built now
    assert installed.signal_triggered and window.features_ready
    assert window.built_page("pipeline") is window.pages.currentWidget()
    assert not isinstance(window.pages.currentWidget(), QLabel)


def test_the_status_bar_count_follows_the_list_and_ignores_its_filters(qtbot, data):
    from loyaltydesk.services.customer_list import CustomerFilter

    for name in ("Ana", "Bea", "Cy"):
        customers.create_customer(ContactDetails(name=name))
    window = MainWindow(data)
    qtbot.addWidget(window)
    assert window._count_label.text() == "3 customers"
    window.show_customers(CustomerFilter(text="Ana"))
    qtbot.waitUntil(lambda: window.browser.model.rowCount() == 1)
    assert window._count_label.text() == "3 customers"  # every customer, not the matches
    window.browser.table.selectRow(0)
    window.browser.trash_selected()
    assert window._count_label.text() == "2 customers"


def test_finish_building_puts_every_view_and_the_customer_page_in_place_now(qtbot, data):
    customers.create_customer(ContactDetails(name="Ana"))
    window = MainWindow(data, defer_features=True)
    qtbot.addWidget(window)
    window.finish_building()
    assert window.features_ready and window.quick_actions is not None
    page = window.browser.built_page()
    assert page is not None and page.side_widget() is not None  # the timeline beside it
    window.show()
    qtbot.waitUntil(lambda: page.customer_id() is not None)  # the first customer, once painted


def test_a_customer_opened_before_its_page_is_built_builds_it_then(qtbot, data):
    cid = customers.create_customer(ContactDetails(name="Ana"))
    window = MainWindow(data, defer_features=True)
    qtbot.addWidget(window)
    assert window.browser.built_page() is None
    window.open_customer(cid)
    page = window.browser.built_page()
    assert page is not None and page.customer_id() == cid
    assert page.form.lines["name"].text() == "Ana"


def test_the_customer_page_built_after_the_paint_widens_with_the_window(qtbot, data):
    """The page takes the place held for it, and its share of a wider window with it."""
    from loyaltydesk.ui.customers.view import LIST_STRETCH, PAGE_STRETCH

    customers.create_customer(ContactDetails(name="Ana"))
    window = MainWindow(data, defer_features=True)
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    qtbot.waitUntil(lambda: window.features_ready)
    splitter = window.browser.splitter
    before = splitter.sizes()
    window.resize(1400, 700)
    qtbot.waitUntil(lambda: splitter.sizes()[0] > before[0])
    grown = [after - was for after, was in zip(splitter.sizes(), before, strict=True)]
    assert grown[1] > 0
    assert abs(grown[0] * PAGE_STRETCH - grown[1] * LIST_STRETCH) <= 5 * LIST_STRETCH

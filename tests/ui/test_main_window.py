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
    placeholder = window.page("insights")
    with qtbot.waitSignal(window.features_installed):
        window.show()
    assert window.features_ready
    assert window.page("insights") is not placeholder
    titles = [a.text() for a in window.help_menu.actions()]
    assert any("About" in t for t in titles)
    assert window.exchange_actions is not None and window.safety_actions is not None


def test_the_toolbar_offers_the_daily_actions(qtbot, data):
    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(data)
    qtbot.addWidget(window)
    texts = [a.text().replace("&", "") for a in window.toolbar.actions() if not a.isSeparator()]
    assert texts[:2] == ["New customer", "Find customers"]
    assert {"Log interaction…", "Record purchase…", "Import…", "Back Up Now"} <= set(texts)
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_a_view_chosen_before_it_is_installed_is_built_when_it_arrives(qtbot, data):
    from PySide6.QtWidgets import QLabel

    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(data, defer_features=True)
    qtbot.addWidget(window)
    window.show_page("pipeline")  # still the placeholder: the board comes after the paint
    assert isinstance(window.pages.currentWidget(), QLabel)
    with qtbot.waitSignal(window.features_installed):
        window.show()
    assert window.built_page("pipeline") is window.pages.currentWidget()
    assert not isinstance(window.pages.currentWidget(), QLabel)

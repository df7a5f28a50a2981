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

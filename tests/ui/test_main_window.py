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

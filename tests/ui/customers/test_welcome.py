from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from loyaltydesk.services import customers
from tests.ui.customers.conftest import add


def test_an_empty_book_opens_on_the_welcome_page(qtbot, open_window):
    window = open_window()
    view = window.browser
    assert view.currentWidget() is view.welcome
    qtbot.mouseClick(view.welcome.add_button, Qt.MouseButton.LeftButton)
    assert view.page.is_new() and view.currentWidget() is not view.welcome
    qtbot.keyClicks(view.page.form.lines["name"], "First One")
    assert view.page.save()
    assert view.model.rowCount() == 1
    assert view.filter_bar.count_label.text() == "1 customer"


def test_load_demo_data_fills_the_list(qtbot, open_window):
    window = open_window()
    view = window.browser
    replaced = []
    window.data_replaced.connect(lambda: replaced.append(True))
    qtbot.mouseClick(view.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: replaced == [True], timeout=180_000)  # a few seconds of work
    assert customers.customer_count() == 300
    assert view.currentWidget() is not view.welcome
    assert view.model.rowCount() == 300
    assert view.filter_bar.count_label.text() == "300 customers"


def test_the_welcome_page_mentions_customers_in_the_trash(qtbot, open_window):
    customers.trash_customers([add("Gone")])
    view = open_window().browser
    assert view.currentWidget() is view.welcome
    assert view.welcome.trash_note.text().startswith("1 customer is in the trash")


def test_a_window_opening_on_an_empty_book_offers_import_once_it_is_installed(qtbot, data):
    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(data, defer_features=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.features_installed):
        window.show()
    welcome = window.browser.welcome
    assert window.browser.currentWidget() is welcome
    assert welcome.import_button.isVisible()
    with qtbot.waitSignal(window.findChild(QAction, "exchange_import").triggered, timeout=2000,
                          raising=True) as blocker:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
        qtbot.mouseClick(welcome.import_button, Qt.MouseButton.LeftButton)
    assert blocker.signal_triggered

"""Contact sheets from the calendar, Today and the pipeline: each view's action opens the one
export, scoped to its customers and days, and the PDF names the days."""

import unicodedata
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from loyaltydesk import formats
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, followups
from loyaltydesk.ui.exchange.export_dialog import ExportDialog
from loyaltydesk.ui.main_window import MainWindow

THURSDAY = date(2026, 3, 5)


@pytest.fixture
def window(qtbot, data, clock):
    zoe = customers.create_customer(ContactDetails(name="Zoé Durand", city="Lyon"))
    ann = customers.create_customer(ContactDetails(name="Ann Lee", city="Paris"),
                                    stage=Stage.PROSPECT)
    followups.schedule_followup(zoe, datetime(2026, 3, 5, 10, 0, tzinfo=UTC),
                                "Bring the oak samples", script="Which finish for the shop?")
    followups.schedule_followup(ann, datetime(2026, 3, 2, 15, 0, tzinfo=UTC), "Call Ann")
    win = MainWindow(data)
    qtbot.addWidget(win)
    return win


def _long(day: date) -> str:
    """A day as the sheets name it, in whatever locale the test run has."""
    return " ".join(formats.day(day, long=True).split())


def _action(actions, text):
    return next(a for a in actions if a.text() == text)


def _export(qtbot, window, path) -> str:
    dialog = window.exchange_actions.last_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(path))
    with qtbot.waitSignal(dialog.finished, timeout=60_000):  # the export runs as a job
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    pages = PdfReader(path).pages
    return " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
                    for p in pages)


def test_sheets_for_a_calendar_day_hold_that_days_visits(qtbot, window, tmp_path):
    window.show_page("calendar")
    calendar = window.page("calendar")
    calendar.go_to(THURSDAY)
    _action(QWidget.actions(calendar), "Sheets for the da&y...").trigger()
    dialog = window.exchange_actions.last_dialog
    assert dialog.scope_box.currentText() == f"Follow-ups due on {_long(THURSDAY)} (1)"
    assert dialog.format_box.count() == 4  # only the PDF layouts
    dialog.format_box.setCurrentIndex(2)  # the route list
    text = _export(qtbot, window, tmp_path / "thursday.pdf")
    assert f"Route for {_long(THURSDAY)}" in text and "Zoé Durand" in text
    assert "Bring the oak samples: Which finish for the shop?" in text
    assert "Ann Lee" not in text


def test_sheets_for_the_week_and_for_today(qtbot, window, tmp_path):
    window.show_page("calendar")
    calendar = window.page("calendar")
    calendar.go_to(THURSDAY)
    _action(QWidget.actions(calendar), "Sheets for the wee&k...").trigger()
    week = window.exchange_actions.last_dialog
    qtbot.addWidget(week)
    assert week.scope_box.currentText().endswith("(2)")
    window.show_page("today")
    today = window.page("today")
    _action(today.followup_bar.actions(), "S&heets for today...").trigger()
    assert window.exchange_actions.last_dialog.path_edit.text().endswith("visits-2026-03-02.pdf")
    text = _export(qtbot, window, tmp_path / "today.pdf")
    assert f"Contact sheets for {_long(date(2026, 3, 2))}" in text
    assert "Call Ann" in text and "Zoé Durand" not in text


def test_sheets_for_a_pipeline_rung(qtbot, window, tmp_path):
    window.show_page("pipeline")
    qtbot.waitUntil(lambda: window.built_page("pipeline") is not None)
    board = window.page("pipeline")
    board.sheets_requested.emit(Stage.PROSPECT)
    dialog = window.exchange_actions.last_dialog
    assert dialog.scope_box.currentText() == "Stage: Prospect (1)"
    text = _export(qtbot, window, tmp_path / "prospects.pdf")
    assert "Ann Lee" in text and "Zoé Durand" not in text


def test_sheets_for_the_selected_customers_from_the_list(qtbot, window, monkeypatch):
    assert window.exchange_actions.sheets_action in window.customer_context_actions
    everyone = window.exchange_actions._scopes(True)[-1][1]
    monkeypatch.setattr(window, "selected_customer_ids", lambda: everyone[:1])
    window.exchange_actions.sheets_action.trigger()
    dialog = window.exchange_actions.last_dialog
    qtbot.addWidget(dialog)
    assert dialog.scope_box.currentText() == "Selected customers (1)"


def test_the_calendar_s_sheets_button_keeps_its_menu_arrow_off_its_words(qtbot, window):
    """The style draws the arrow of a button whose menu opens on a click in its corner: the
    button is as wide as its words, their margins and that arrow."""
    from PySide6.QtWidgets import QStyle, QToolButton

    window.show_page("calendar")
    calendar = window.page("calendar")
    button = next(b for b in calendar.findChildren(QToolButton)
                  if b.accessibleName() == "Contact sheets")
    assert button.menu() is not None
    plain = QToolButton()  # the same words with no menu: what Qt alone would give
    plain.setText(button.text())
    plain.setFont(button.font())
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    assert button.sizeHint().width() >= plain.sizeHint().width() + arrow


def test_sheets_from_the_list_offer_the_whole_filtered_list_beside_the_current_row(
        qtbot, data, clock, tmp_path):
    from PySide6.QtWidgets import QLineEdit
    for name, city in (("Zoé Durand", "Lyon"), ("Léa Morel", "Lyon"), ("Ann Lee", "Paris")):
        customers.create_customer(ContactDetails(name=name, city=city))
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.show()
    search = window.findChild(QLineEdit, "customer_search")
    qtbot.keyClicks(search, "Lyon")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_customer_filter().text == "Lyon")
    qtbot.waitUntil(lambda: len(window.selected_customer_ids()) == 1)  # the current row
    window.exchange_actions.sheets_action.trigger()
    dialog = window.exchange_actions.last_dialog
    assert [dialog.scope_box.itemText(i) for i in range(dialog.scope_box.count())] == [
        "Selected customers (1)", "Search: Lyon (2)"]
    dialog.scope_box.setCurrentIndex(1)
    dialog.format_box.setCurrentIndex(2)  # the route list
    text = _export(qtbot, window, tmp_path / "lyon.pdf")
    assert "Search: Lyon" in text and "Zoé Durand" in text and "Léa Morel" in text
    assert "Ann Lee" not in text


def test_the_days_sheets_and_its_route_list_go_to_two_files(qtbot, window, tmp_path):
    window.show_page("calendar")
    calendar = window.page("calendar")
    calendar.go_to(THURSDAY)
    _action(QWidget.actions(calendar), "Sheets for the da&y...").trigger()
    dialog = window.exchange_actions.last_dialog
    qtbot.addWidget(dialog)
    names = []
    for index in range(dialog.format_box.count()):
        dialog.format_box.setCurrentIndex(index)
        names.append(dialog.path_edit.text().rpartition("/")[2])
    assert names == ["visits-2026-03-05.pdf", "visits-2026-03-05-compact.pdf",
                     "route-2026-03-05.pdf", "route-2026-03-05.pdf"]
    dialog.path_edit.setText(str(tmp_path / "thursday.pdf"))  # a name of the user's own stays
    dialog.format_box.setCurrentIndex(0)
    assert dialog.path_edit.text() == str(tmp_path / "thursday.pdf")

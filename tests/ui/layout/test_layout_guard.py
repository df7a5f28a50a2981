"""Every view and every dialog reads whole: no visible text needs more room than it was given.

Each book (empty, and a 2,000-customer demo) is opened once; every view is then looked at in
the light and dark palettes, at 1366x768 and 1920x1080, at the usual font, at 125 % and at
150 % (a desktop's large text); every dialog a menu opens ("…"), the import dialog and
Today's own dialogs (Done, Skip, Reschedule, Snooze to a date) at each font size. The
findings are listed all at once.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QWidget

from loyaltydesk.ui import theme
from loyaltydesk.ui.main_window import MainWindow
from tests.ui.layout.cut_text import cut_texts
from tests.ui.menu_dialogs import dialog_actions, read_dialog

# The window's client area on each screen, less a title bar and a panel.
SCREENS = {"1366x768": (1366, 728), "1920x1080": (1920, 1040)}
FONTS = {"100%": 1.0, "125%": 1.25, "150%": 1.5}
PALETTES = (theme.Theme.LIGHT, theme.Theme.DARK)


@pytest.fixture(scope="session")
def demo_book(tmp_path_factory) -> Path:
    """A 2,000-customer demo book, built once for the session and copied by each test."""
    from loyaltydesk import clock as clock_module
    from loyaltydesk.clock import FixedClock
    from loyaltydesk.services.demo import build_demo
    from loyaltydesk.services.session import close_data, open_data
    from tests.conftest import MONDAY

    folder = tmp_path_factory.mktemp("demo") / "data"
    previous = clock_module.set_clock(FixedClock(MONDAY))
    try:
        open_data(folder)
        build_demo(2000, seed=3)
        close_data()
    finally:
        clock_module.set_clock(previous)
    return folder


@pytest.fixture
def book(request, tmp_path, clock, demo_book):
    from loyaltydesk.services.session import close_data, open_data

    folder = tmp_path / "data"
    if request.param == "demo":
        shutil.copytree(demo_book, folder)
    yield open_data(folder)
    close_data()


@pytest.fixture
def app_font():
    app = QApplication.instance()
    original = QFont(app.font())
    yield lambda factor: app.setFont(_scaled(original, factor))
    app.setFont(original)
    theme.apply(theme.Theme.LIGHT)


def _scaled(font: QFont, factor: float) -> QFont:
    scaled = QFont(font)
    scaled.setPointSizeF(font.pointSizeF() * factor)
    return scaled


def _settle(qtbot) -> None:
    """Let data loaded on a timer arrive and every layout it changes run."""
    for _ in range(4):
        QApplication.processEvents()
        QApplication.sendPostedEvents()
    qtbot.wait(1)


def _views(window: MainWindow, qtbot) -> Iterator[str]:
    """Each view; the customer list beside its page and full width (F9), and a customer's
    timeline; each calendar mode; each Insights tab once its figures are in."""
    from PySide6.QtWidgets import QTabWidget

    from loyaltydesk.ui.calendar.periods import Mode

    for key in ("customers", "pipeline", "calendar", "today", "insights"):
        window.show_page(key)
        view = window.page(key)
        if key == "customers" and window.browser is not None:
            yield key
            window.browser.set_page_visible(False)
            yield "customers, full width"
            window.browser.set_page_visible(True)
            if window.browser.model.rowCount() > 0:  # the stage ladder and the timeline
                _choose_a_customer(window)
                window.browser.page.tabs.setCurrentIndex(1)
                yield "customers, a customer's timeline"
                window.browser.page.tabs.setCurrentIndex(0)
        elif key == "calendar":
            for mode in Mode:
                view.set_mode(mode)
                yield f"calendar {mode.value}"
            view.set_mode(Mode.MONTH)
        elif key == "pipeline":
            qtbot.waitUntil(lambda v=view: not v.is_loading(), timeout=20_000)
            yield key
        elif key == "insights":
            qtbot.waitUntil(view.is_ready, timeout=20_000)
            tabs = view.findChild(QTabWidget)
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.waitUntil(view.is_ready, timeout=20_000)
                yield f"insights {tabs.tabText(index)}"
            tabs.setCurrentIndex(0)
        else:
            yield key


def _raise_due_followups(window: MainWindow) -> None:
    """What fell due while the app was closed shows its notice, as at a real start."""
    from loyaltydesk.ui.reminders.timer import ReminderTimer

    window.findChild(ReminderTimer).tick()


def beyond_screen(window: QWidget, screen: tuple[int, int]) -> list[str]:
    """What keeps `window` larger than the screen once resized to it: Qt silently keeps a
    window at its minimum size, and a guard that looked at it then would pass for nothing."""
    width, height = screen
    for _ in range(3):  # a changed minimum climbs one parent a turn, up to the window's
        QApplication.processEvents()
    if window.layout() is not None:
        window.layout().activate()
    window.resize(min(window.width(), width), min(window.height(), height))
    QApplication.processEvents()
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    found = []
    if window.width() > width or window.height() > height:
        found.append(f"the window stays {window.width()}x{window.height()} on a "
                     f"{width}x{height} screen")
    if least.width() > width or least.height() > height:
        found.append(f"the window needs at least {least.width()}x{least.height()} on a "
                     f"{width}x{height} screen")
    return found


def _look_at_dialog(qtbot, action: QAction) -> list[str]:
    """Trigger `action`, look at the dialog it opens (made no larger than the laptop's
    screen), and close it."""
    def look(dialog) -> list[str]:
        _settle(qtbot)
        found = beyond_screen(dialog, SCREENS["1366x768"])
        _settle(qtbot)
        return [f"{_plain(action.text())} ({type(dialog).__name__}): {line}"
                for line in found + cut_texts(dialog)]
    return read_dialog(qtbot, action, look)


CONTACTS_CSV = (
    "First Name,Last Name,Organization Name,E-mail 1 - Value,Phone 1 - Value,Notes\n"
    "Marie-Christine,Lefebvre-Dupont,Atelier Chevalier & Fils,"
    "marie-christine.lefebvre-dupont@atelier-chevalier-et-fils.example.com,"
    "+33 6 12 34 56 78,Met at the trade fair in Lyon\n"
    "Björn,Andersen,Nord Logistique,bjorn.andersen@nord-logistique.example.com,"
    "+46 70 123 45 67,\n")


def _look_at_import(qtbot, window: MainWindow, folder: Path) -> list[str]:
    """The import dialog on a Google Contacts CSV with long addresses."""
    from loyaltydesk.ui.exchange.import_dialog import ImportDialog

    source = folder / "contacts.csv"
    source.write_text(CONTACTS_CSV, encoding="utf-8")
    dialog = ImportDialog(source, window.jobs, window)
    qtbot.waitUntil(lambda: dialog.reading is None)
    dialog.resize(1240, 680)  # what it takes on a 1366x768 screen (the test screen is smaller)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    found = beyond_screen(dialog, SCREENS["1366x768"]) + cut_texts(dialog)
    dialog.reject()
    return found


def _look_at_followup_dialogs(qtbot, window: MainWindow) -> list[str]:
    """Today's own dialogs, which no menu opens: Done, Skip, Reschedule and Snooze to a date,
    on the first overdue follow-up."""
    window.show_page("today")
    view = window.page("today")
    table, actions = view.overdue, view.followup_actions
    if table.model().rowCount() == 0:
        return []
    found = []
    for act in (actions.done.trigger, actions.skip.trigger, actions.reschedule.trigger,
                actions.snooze_to_date):
        table.setFocus()
        table.setCurrentIndex(table.model().index(0, 0))
        act()
        dialog = actions.dialog
        assert dialog is not None, act
        qtbot.waitExposed(dialog)
        _settle(qtbot)
        found += [f"{type(dialog).__name__}: {line}" for line in
                  beyond_screen(dialog, SCREENS["1366x768"]) + cut_texts(dialog)]
        dialog.reject()
    return found


def _plain(text: str) -> str:
    return text.replace("&", "")


def _choose_a_customer(window: MainWindow) -> None:
    """The customer actions act on a chosen customer: choose the first one listed."""
    browser = window.browser
    if browser is not None and browser.model.rowCount() > 0:
        browser.table.setFocus()
        browser.table.selectRow(0)


@pytest.mark.slow
@pytest.mark.parametrize("book", ["empty", "demo"], indirect=True)
def test_no_view_or_dialog_cuts_its_text(qtbot, book, app_font):
    found: list[str] = []
    for font_name, factor in FONTS.items():
        app_font(factor)  # as the desktop sets it: before the window is built
        window = MainWindow(book)
        window.show()
        qtbot.waitExposed(window)
        _raise_due_followups(window)
        for palette in PALETTES:
            theme.apply(palette)
            for screen, (width, height) in SCREENS.items():
                window.resize(width, height)
                for view in _views(window, qtbot):
                    _settle(qtbot)
                    where = f"[{font_name} {palette.value} {screen} {view}]"
                    found.extend(f"{where} {line}" for line in
                                 beyond_screen(window, (width, height)) + cut_texts(window))
        window.resize(*SCREENS["1366x768"])
        window.show_page("customers")
        _choose_a_customer(window)
        for action in dialog_actions(window):
            found.extend(f"[{font_name} dialog] {line}"
                         for line in _look_at_dialog(qtbot, action))
        found.extend(f"[{font_name} import dialog] {line}"
                     for line in _look_at_import(qtbot, window, book.folder.parent))
        found.extend(f"[{font_name} Today's dialogs] {line}"
                     for line in _look_at_followup_dialogs(qtbot, window))
        window.close()
        window.deleteLater()
    assert not found, f"{len(found)} cut texts:\n" + "\n".join(dict.fromkeys(found))


def test_the_guard_sees_a_cut_label_and_a_cut_header(qtbot):
    """The guard itself: a label narrower than its words, a header narrower than its title."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    label = QLabel("A sentence far too long for the room it is given")
    label.setFixedWidth(60)
    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels(["Lifetime value (3 years)"])
    table = QTableView()
    table.setModel(model)
    table.setColumnWidth(0, 40)
    layout.addWidget(label)
    layout.addWidget(table)
    top.show()
    qtbot.waitExposed(top)
    found = cut_texts(top)
    assert any("far too long" in line for line in found)
    assert any("Lifetime value" in line for line in found)
    label.setFixedWidth(label.sizeHint().width() + 10)
    table.setColumnWidth(0, table.horizontalHeader().sectionSizeFromContents(0).width() + 4)
    QApplication.processEvents()
    assert cut_texts(top) == []


def test_the_guard_sees_a_window_larger_than_the_screen(qtbot):
    """The guard itself: a row of fixed widths summed past the screen keeps the window wider
    than asked, and the guard says so; the same row free to shrink passes."""
    from PySide6.QtWidgets import QHBoxLayout, QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    row = QWidget()
    layout = QHBoxLayout(row)
    parts = [QWidget() for _ in range(3)]
    for part in parts:
        part.setMinimumWidth(500)
        layout.addWidget(part)
    window.setCentralWidget(row)
    window.show()
    qtbot.waitExposed(window)
    window.resize(*SCREENS["1366x768"])
    found = beyond_screen(window, SCREENS["1366x768"])
    assert window.width() > 1366
    assert any("stays" in line for line in found)
    assert any("at least" in line for line in found)
    for part in parts:
        part.setMinimumWidth(300)
    assert beyond_screen(window, SCREENS["1366x768"]) == []
    assert window.width() <= 1366


@pytest.mark.slow
@pytest.mark.parametrize("font_name", ["100%", "150%"])
@pytest.mark.parametrize("book", ["demo"], indirect=True)
def test_no_view_or_dialog_cuts_its_text_in_french(qtbot, book, french, app_font, font_name):
    found: list[str] = []
    app_font(FONTS[font_name])
    window = MainWindow(book)
    window.show()
    qtbot.waitExposed(window)
    assert window.file_menu.title() == "&Fichier"  # the window really speaks French
    window.resize(*SCREENS["1366x768"])
    _raise_due_followups(window)
    where = f"[fr {font_name} 1366x768"
    for view in _views(window, qtbot):
        _settle(qtbot)
        found.extend(f"{where} {view}] {line}" for line in
                     beyond_screen(window, SCREENS["1366x768"]) + cut_texts(window))
    window.show_page("customers")
    _choose_a_customer(window)
    _settle(qtbot)
    found.extend(f"{where} customer page] {line}" for line in cut_texts(window))
    for action in dialog_actions(window):
        found.extend(f"[fr {font_name} dialog] {line}"
                     for line in _look_at_dialog(qtbot, action))
    window.close()
    window.deleteLater()
    assert not found, f"{len(found)} cut texts:\n" + "\n".join(dict.fromkeys(found))


class _Painted(QWidget):
    """A widget that draws its words itself, as the month's days and the charts do."""

    def __init__(self, words: str, elide: bool = False, wrap: bool = False) -> None:
        from loyaltydesk.ui.widgets.painted_text import TextLog

        super().__init__()
        self.words, self.elide, self.wrap = words, elide, wrap
        self.log = TextLog()

    def painted_texts(self):
        return self.log.texts()

    def paintEvent(self, event) -> None:  # Qt's name
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPainter

        self.log.begin(event.rect())
        painter = QPainter(self)
        text, flags = self.words, int(Qt.AlignmentFlag.AlignLeft)
        if self.elide:
            text = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                    self.width())
        if self.wrap:
            flags |= int(Qt.TextFlag.TextWordWrap)
        self.log.draw(painter, self.rect(), flags, text,
                      whole=self.words if self.elide else None)
        painter.end()


@pytest.mark.parametrize("elide, wrap", [(False, False), (True, False), (False, True)])
def test_the_guard_sees_text_a_widget_painted_too_big_or_elided(qtbot, elide, wrap):
    """The guard itself: painted words that overflow their rect, are elided by Qt (the '…'
    counts as cut), or wrap to more lines than the rect is high; given room, none is found."""
    from PySide6.QtWidgets import QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    painted = _Painted("Björn Andersen-Lindqvist: ask for the second order", elide, wrap)
    painted.setFixedSize(60, painted.fontMetrics().height())
    QVBoxLayout(top).addWidget(painted)
    top.show()
    qtbot.waitExposed(top)
    found = cut_texts(top)
    assert len(found) == 1 and "painted text" in found[0], found
    assert ("shortened" in found[0]) is elide
    painted.setFixedSize(painted.fontMetrics().horizontalAdvance(painted.words) + 4,
                         painted.fontMetrics().height() + 2)
    QApplication.processEvents()
    assert cut_texts(top) == []

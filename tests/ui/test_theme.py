"""The look: colours that carry meaning stay readable in both palettes; the theme is kept."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QPushButton, QWidget

from loyaltydesk.domain.ladder import LADDER
from loyaltydesk.ui import theme

BACKGROUNDS = (QPalette.ColorRole.Base, QPalette.ColorRole.Window,
               QPalette.ColorRole.AlternateBase)


@pytest.fixture
def restore_light():
    yield
    theme.apply(theme.Theme.LIGHT)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_amber_red_stage_and_chart_colours_reach_4_5_to_1_on_every_background(qapp, dark):
    palette = theme.palette_for(dark)
    colours = {name: theme.meaning(name, palette) for name in theme.meaning_names()}
    colours |= {stage.value: theme.stage_color(stage, palette) for stage in LADDER}
    colours["text"] = palette.color(QPalette.ColorRole.Text)
    colours["link"] = palette.color(QPalette.ColorRole.Link)
    weak = [(name, role.name, round(theme.contrast(colour, palette.color(role)), 2))
            for name, colour in colours.items() for role in BACKGROUNDS
            if theme.contrast(colour, palette.color(role)) < 4.5]
    assert weak == []
    selected = theme.contrast(palette.color(QPalette.ColorRole.HighlightedText),
                              palette.color(QPalette.ColorRole.Highlight))
    assert selected >= 4.5


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_chosen_days_link_counts_and_entries_stay_readable_on_its_tint(qapp, dark):
    """The month's chosen day is tinted with the highlight: its '+N more' link, its red and
    amber counts and its entries keep 4.5:1 on that tint, on a working day and a weekend."""
    from loyaltydesk.domain.rhythm import GapState
    from loyaltydesk.ui.calendar.cells import day_fill
    from loyaltydesk.ui.followups.look import overdue_color
    from loyaltydesk.ui.widgets.marks import gap_text_color

    palette = theme.palette_for(dark)
    colours = {"link": palette.color(QPalette.ColorRole.Link),
               "text": palette.color(QPalette.ColorRole.Text),
               "red": gap_text_color(GapState.RED, palette),
               "amber": gap_text_color(GapState.AMBER, palette),
               "overdue": overdue_color(palette)}
    for working in (True, False):
        assert day_fill(palette, working, True) != day_fill(palette, working, False)
    weak = [(name, working, round(theme.contrast(colour, day_fill(palette, working, True)), 2))
            for name, colour in colours.items() for working in (True, False)
            if theme.contrast(colour, day_fill(palette, working, True)) < 4.5]
    assert weak == []


def _is_fusion(style) -> bool:
    base = style.baseStyle() if isinstance(style, QProxyStyle) else style
    return base.name().lower() == "fusion"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_check_boxes_and_radio_buttons_show_their_edge_at_3_to_1(qtbot, dark, restore_light):
    """Fusion draws a box's edge a shade off the window (1.1:1 on the dark palette): the edge
    painted on screen stands out from the window and from the box's own fill."""
    from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QRadioButton, QStyle, QWidget

    theme.apply(theme.Theme.DARK if dark else theme.Theme.LIGHT)
    palette = QApplication.palette()
    top = QWidget()
    qtbot.addWidget(top)
    row = QHBoxLayout(top)
    boxes = {QStyle.SubElement.SE_CheckBoxIndicator: QCheckBox("Follow-up overdue"),
             QStyle.SubElement.SE_RadioButtonIndicator: QRadioButton("Light")}
    for box in boxes.values():
        row.addWidget(box)
    top.show()
    qtbot.waitExposed(top)
    for element, box in boxes.items():
        from PySide6.QtWidgets import QStyleOptionButton

        option = QStyleOptionButton()
        box.initStyleOption(option)
        indicator = box.style().subElementRect(element, option, box)
        image = box.grab().toImage()
        middle = indicator.center().y()
        edge = max((image.pixelColor(x, middle) for x in range(indicator.left(),
                                                             indicator.center().x())),
                   key=lambda c: theme.contrast(c, palette.color(QPalette.ColorRole.Window)))
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert theme.contrast(edge, palette.color(role)) >= 3, (type(box).__name__, role)


def test_contrast_is_the_wcag_ratio(qapp):
    from PySide6.QtGui import QColor

    assert theme.contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_view_theme_switches_the_palette_and_is_remembered(qtbot, data, restore_light):
    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(data)
    qtbot.addWidget(window)
    menu = window.findChild(QAction, "theme_dark")
    assert [a.text() for a in menu.actionGroup().actions()] == ["System", "Light", "Dark"]
    menu.trigger()
    assert theme.is_dark(QApplication.palette())
    assert _is_fusion(QApplication.style())
    assert theme.saved_theme() is theme.Theme.DARK
    again = MainWindow(data)
    qtbot.addWidget(again)
    assert again.findChild(QAction, "theme_dark").isChecked()
    again.findChild(QAction, "theme_light").trigger()
    assert not theme.is_dark(QApplication.palette())
    assert theme.saved_theme() is theme.Theme.LIGHT


def test_toolbar_and_menu_actions_carry_icons_and_name_their_shortcut(qtbot, data):
    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(data)
    qtbot.addWidget(window)
    toolbar = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert toolbar and all(not a.icon().isNull() for a in toolbar)
    missing = []
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            keys = action.shortcut().toString()
            if keys and keys not in action.toolTip().replace("Ctrl", "Ctrl"):
                missing.append((action.text(), action.toolTip()))
    for action in toolbar:
        if not action.shortcut().isEmpty() and \
                action.shortcut().toString() not in action.toolTip():
            missing.append((action.text(), action.toolTip()))
    assert missing == []
    log = window.findChild(QAction, "quick_log_interaction")
    assert log.toolTip() == "Log interaction (Ctrl+L)"


def test_icons_follow_the_palette(qtbot, data, restore_light):
    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(data)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "customer_new")
    light = action.icon().pixmap(24, 24).toImage()
    theme.apply(theme.Theme.DARK)
    dark = action.icon().pixmap(24, 24).toImage()
    assert light != dark


def test_the_system_theme_takes_the_desktops_palette_when_it_asks_for_high_contrast(
        qapp, restore_light):
    ours = {theme.palette_for(dark).color(QPalette.ColorRole.Window).name()
            for dark in (False, True)}
    theme.apply(theme.Theme.SYSTEM, high_contrast=True)
    window = QApplication.palette().color(QPalette.ColorRole.Window).name()
    assert window not in ours
    assert QApplication.palette().resolveMask() == 0  # nothing of ours left on top of it
    assert _is_fusion(QApplication.style())
    # a person who chose Light or Dark in the View menu keeps that choice
    theme.apply(theme.Theme.DARK, high_contrast=True)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() in ours
    theme.apply(theme.Theme.SYSTEM, high_contrast=False)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() in ours
    # the offscreen test platform asks for no particular contrast
    assert theme.system_wants_high_contrast() is False


_SHEET_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})")
_SHEET_BACK = re.compile(r"background:\s*(#[0-9a-fA-F]{6})")


def _weak_sheet_colours(window) -> list[tuple[str, str, float]]:
    """Words coloured by a style sheet that fall under 4.5:1 on what they are drawn on."""
    palette = QApplication.palette()
    weak = []
    for widget in window.findChildren(QWidget):
        found = _SHEET_COLOUR.search(widget.styleSheet())
        if not found or not widget.isVisibleTo(window):
            continue
        back = _SHEET_BACK.search(widget.styleSheet())
        grounds = [QColor(back.group(1))] if back else [palette.color(r) for r in BACKGROUNDS]
        worst = min(theme.contrast(QColor(found.group(1)), g) for g in grounds)
        if worst < 4.5:
            weak.append((type(widget).__name__, widget.accessibleName() or widget.objectName(),
                         round(worst, 2)))
    return weak


@pytest.mark.parametrize("first, then", [(theme.Theme.LIGHT, theme.Theme.DARK),
                                         (theme.Theme.DARK, theme.Theme.LIGHT)],
                         ids=["light-to-dark", "dark-to-light"])
def test_coloured_words_follow_a_theme_switch(qtbot, data, restore_light, first, then):
    """Links, the stage chip, amber and red words and the calendar's legend take the new
    palette's colours at once: no dark blue link left on a dark window."""
    from loyaltydesk.domain.contacts import ContactDetails
    from loyaltydesk.services import customers
    from loyaltydesk.ui.main_window import MainWindow

    customers.create_customer(ContactDetails(name="Agnès Andersen", email="agnes@example.com",
                                             phone="+33 6 12 34 56 78", website="example.com"))
    theme.apply(first)
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitUntil(lambda: window.features_ready)
    page = window.browser.built_page()
    qtbot.waitUntil(lambda: page.customer_id() is not None)
    window.show_page("calendar")
    window.show_page("customers")
    links = [w for w in window.findChildren(QPushButton) if "agnes@example.com" in w.text()]
    assert links and links[0].isVisibleTo(window)
    assert _weak_sheet_colours(window) == []
    theme.apply(then)
    assert _weak_sheet_colours(window) == []
    link = QColor(_SHEET_COLOUR.search(links[0].styleSheet()).group(1))
    assert link == QApplication.palette().color(QPalette.ColorRole.Link)


def test_the_agendas_amber_and_red_lines_take_the_new_palettes_colours(qtbot, restore_light):
    from datetime import date

    from loyaltydesk.domain.rhythm import GapState
    from loyaltydesk.services.calendar import RhythmMark
    from loyaltydesk.ui.calendar.agenda import AgendaTree
    from loyaltydesk.ui.widgets.marks import gap_text_color

    theme.apply(theme.Theme.LIGHT)
    agenda = AgendaTree()
    qtbot.addWidget(agenda)
    day = date(2026, 12, 2)
    mark = RhythmMark(day, 1, "Agnès Andersen", GapState.RED, 0)
    agenda.show_days(day, date(2026, 12, 3), {}, {day: ([mark], 1)}, day, {0, 1, 2, 3, 4})
    line = agenda.topLevelItem(0).child(0)
    assert line.foreground(0).color() == gap_text_color(GapState.RED, QApplication.palette())
    theme.apply(theme.Theme.DARK)
    line = agenda.topLevelItem(0).child(0)
    red = gap_text_color(GapState.RED, QApplication.palette())
    assert line.foreground(0).color() == red
    assert theme.contrast(red, QApplication.palette().color(QPalette.ColorRole.Base)) >= 4.5

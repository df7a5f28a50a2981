"""Tabs built out of sight join their bar when they first appear: a tab bar that gets its first
tab makes it current and tells a screen reader so, shown or not (Orca then reads 'Value page
tab' over the view in use). No current tab out of sight means no such news."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTabWidget, QWidget

from loyaltydesk.services.demo import build_demo
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.widgets.shown_tabs import ShownTabs

TITLES = ("Val&ue", "Second s&ale", "Fu&nnel")


def _out_of_sight(qtbot, tabs: QTabWidget, add) -> tuple[QWidget, QWidget, list[str],
                                                          list[QLineEdit]]:
    """A shown window and, in it, a hidden slot holding `tabs`, its pages added with `add`;
    the list gets the title of every tab the bar announces as current."""
    top = QWidget()
    qtbot.addWidget(top)
    top.show()
    slot = QWidget(top)  # a view not shown yet
    slot.hide()
    news: list[str] = []
    tabs.tabBar().currentChanged.connect(lambda index: news.append(tabs.tabBar().tabText(index)))
    fields = []
    for title in TITLES:
        field = QLineEdit(title.replace("&", ""))
        field.setObjectName(title)
        fields.append(field)
        add(field, title)
    tabs.setParent(slot)
    return top, slot, news, fields


def _focus_chain(start: QWidget, length: int) -> list[str]:
    names, widget = [], start
    for _ in range(length):
        widget = widget.nextInFocusChain()
        names.append(widget.objectName() or type(widget).__name__)
    return names


def test_tabs_built_out_of_sight_have_no_current_tab_until_first_shown(qtbot):
    tabs = ShownTabs()
    _top, slot, news, fields = _out_of_sight(qtbot, tabs, tabs.add_page)
    bar = tabs.tabBar()
    assert (bar.count(), bar.currentIndex(), news) == (0, -1, [])
    assert tabs.front_index() == 0
    slot.show()
    assert [tabs.tabText(i) for i in range(tabs.count())] == list(TITLES)
    assert (bar.currentIndex(), tabs.currentWidget(), news) == (0, fields[0], ["Val&ue"])
    assert fields[0].isVisible() and not fields[1].isVisible()


def test_a_plain_tab_widget_announces_its_first_tab_out_of_sight(qtbot):
    """What the tab widget above avoids."""
    tabs = QTabWidget()
    _top, _slot, news, _fields = _out_of_sight(qtbot, tabs, tabs.addTab)
    assert (tabs.tabBar().currentIndex(), news) == (0, ["Val&ue"])


def test_the_tab_chosen_out_of_sight_is_the_one_current_and_the_only_news(qtbot):
    tabs = ShownTabs()
    _top, slot, news, fields = _out_of_sight(qtbot, tabs, tabs.add_page)
    tabs.setCurrentWidget(fields[2])
    assert tabs.front_index() == 2
    tabs.setCurrentIndex(1)
    assert (tabs.front_index(), tabs.tabBar().currentIndex()) == (1, -1)
    slot.show()
    assert [tabs.tabText(i) for i in range(tabs.count())] == list(TITLES)
    assert (tabs.currentIndex(), tabs.currentWidget(), news) == (1, fields[1], ["Second s&ale"])
    tabs.setCurrentIndex(2)  # once shown, a tab chosen is news as usual
    assert (tabs.front_index(), news) == (2, ["Second s&ale", "Fu&nnel"])
    later = QLabel("Referrals")
    tabs.add_page(later, "Referra&ls")
    assert tabs.indexOf(later) == 3


def test_the_tabs_and_their_pages_keep_the_focus_order_and_the_keys_of_qt_tabs(qtbot):
    plain = QTabWidget()
    _plain_top, plain_slot, _news, _fields = _out_of_sight(qtbot, plain, plain.addTab)
    plain_slot.show()
    tabs = ShownTabs()
    top, slot, _news, fields = _out_of_sight(qtbot, tabs, tabs.add_page)
    slot.show()
    assert _focus_chain(tabs, 6) == _focus_chain(plain, 6)
    assert (tabs.sizeHint(), tabs.minimumSizeHint()) == (plain.sizeHint(), plain.minimumSizeHint())
    top.activateWindow()
    tabs.tabBar().setFocus()
    qtbot.waitUntil(tabs.tabBar().hasFocus)
    qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Right)
    assert tabs.currentWidget() is fields[1]
    qtbot.keyClick(fields[1], Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is fields[2]


def test_the_views_tabs_wait_out_of_sight_and_join_when_shown(qtbot, data, clock):
    build_demo(12, 3)
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    window.show_page("customers")
    insights = window.page("insights")
    window.page("customers")
    customer_page = window.browser.page
    assert not insights.isVisible()
    # out of sight: no current tab, so nothing for a screen reader to read out
    assert insights.tabs.tabBar().currentIndex() == -1
    assert insights.current_section() == "value"
    window.show_page("insights")
    assert insights.tabs.tabBar().currentIndex() == 0
    assert insights.tabs.tabText(0) == "Val&ue" and insights.tabs.count() == 6
    window.show_page("customers")
    window.browser.table.selectRow(0)
    qtbot.waitUntil(lambda: customer_page.customer_id() is not None)
    assert customer_page.tabs.isVisible()
    assert [customer_page.tabs.tabText(i) for i in range(3)] == ["Details", "Timeline",
                                                                  "Follow-ups"]
    assert customer_page.tabs.currentWidget().isAncestorOf(customer_page.form)
    window.close()

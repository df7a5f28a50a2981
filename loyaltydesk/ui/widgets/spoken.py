"""Names for the containers a screen reader speaks when the focus enters them.

Orca reads each unnamed stack on the focus's way as 'layered pane'. A tab widget keeps its
pages in a stack of its own: it is named after the tab shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QTabWidget


def name_tab_pages(tabs: QTabWidget) -> None:
    """Name the tab widget's own stack of pages after the current tab, now and on each change."""
    stack = tabs.findChild(QStackedWidget)
    if stack is None:
        return

    def follow(index: int) -> None:
        stack.setAccessibleName(tabs.tabText(index).replace("&&", "\0").replace("&", "")
                                .replace("\0", "&") if index >= 0 else tabs.accessibleName())

    tabs.currentChanged.connect(follow)
    follow(tabs.currentIndex())

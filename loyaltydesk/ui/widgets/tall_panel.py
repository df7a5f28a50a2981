"""A scroll area for a panel that may be taller than a short screen: it scrolls up and down,
never sideways, and asks for the panel's full width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Rows the area keeps when the window is short: enough to see where one is.
_LOWEST = 120


class TallPanel(QScrollArea):
    """Holds `panel` at the area's width and at least the area's height, so its stretching
    parts (tabs, lists) give way first; a scroll bar appears only when the area is shorter than
    the panel's least height (large fonts on a 768-pixel screen), instead of pushing the window
    taller than the screen."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Sized here, not by Qt: a resizable area would give the panel its preferred height
        # for the width, taller than needed, and scroll where the tabs could give way.
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the panel's fields
        self.setWidget(panel)
        panel.installEventFilter(self)
        if panel.accessibleName():
            self.setAccessibleName(panel.accessibleName())

    def least_height(self, width: int) -> int:
        """The panel's least height at `width`, its wrapped lines whole."""
        panel = self.widget()
        if panel is None:
            return 0
        layout = panel.layout()
        if layout is not None and layout.hasHeightForWidth():
            return layout.minimumHeightForWidth(width)
        return panel.minimumSizeHint().height()

    def _fit(self) -> None:
        panel = self.widget()
        if panel is None:
            return
        width = self.viewport().width()
        height = max(self.viewport().height(), self.least_height(width))
        if panel.size() != QSize(width, height):
            panel.resize(width, height)

    def resizeEvent(self, event) -> None:  # Qt's name
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def _width_for(self, panel_width: int) -> int:
        return panel_width + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:  # Qt's name
        panel = self.widget()
        if panel is None:
            return super().minimumSizeHint()
        return QSize(self._width_for(panel.minimumSizeHint().width()),
                     min(_LOWEST, panel.minimumSizeHint().height()))

    def sizeHint(self) -> QSize:  # Qt's name
        panel = self.widget()
        if panel is None:
            return super().sizeHint()
        hint = panel.sizeHint()
        return QSize(self._width_for(hint.width()), hint.height() + 2 * self.frameWidth())

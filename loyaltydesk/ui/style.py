"""Fusion, with check boxes and radio buttons outlined so they can be seen in both palettes.

Fusion outlines them a shade darker than the window: about 2:1 on the light palette and all
but invisible (1.1:1) on the dark one. The outline here reaches 3:1, the contrast a control's
edge needs, against both the window and the field colours.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

_BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
          QStyle.PrimitiveElement.PE_IndicatorRadioButton)


def control_outline(palette: QPalette) -> QColor:
    """The edge of a check box or a radio button: the text colour almost halfway to the
    window's (the theme sets the palettes; this module sits below it)."""
    text, window = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Window)
    return QColor(*(round(a * 0.55 + b * 0.45) for a, b in (
        (text.red(), window.red()), (text.green(), window.green()),
        (text.blue(), window.blue()))))


class LookStyle(QProxyStyle):
    """Fusion, drawn as it is, then the boxes' edges drawn again where they can be seen."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:  # Qt's name
        super().drawPrimitive(element, option, painter, widget)
        if element not in _BOXES or option.state & QStyle.StateFlag.State_HasFocus \
                and option.state & QStyle.StateFlag.State_KeyboardFocusChange:
            return  # Fusion draws the focused box's edge in the highlight: keep that
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(control_outline(option.palette), 1))
        rect = option.rect
        if element is QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            painter.translate(0.5, 0.5)  # as Fusion draws it: on the pixel, not between
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        else:
            circle = QPainterPath()
            radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1
            circle.addEllipse(QPointF(rect.center()) + QPointF(1, 1), radius, radius)
            painter.drawPath(circle)
        painter.restore()

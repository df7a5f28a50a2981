"""The stage ladder's rung names read whole at any width the strip may take, any font size."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.ui.timeline.ladder import LadderStrip


def test_every_rung_name_fits_its_rung_at_every_width_and_font_size(qtbot):
    strip = LadderStrip()
    qtbot.addWidget(strip)
    strip.set_history(Stage.VALUE_CONFIRMED, [])
    strip.show()
    cut = []
    for points in (9.0, 10.0, 11.25, 13.5, 15.0):
        font = QFont(strip.font())
        font.setPointSizeF(points)
        strip.setFont(font)
        for width in range(strip.minimumSizeHint().width(), 900, 7):
            strip.resize(width, strip.sizeHint().height())
            strip.repaint()
            QApplication.processEvents()
            cut += [(points, width, t.text) for t in strip.painted_texts() if t.is_cut()]
    assert cut == []

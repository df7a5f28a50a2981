"""How wide a table must be for its columns and their titles to read whole."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QTableView


def comfortable_width(view: QTableView) -> int:
    """Each shown column as wide as its title and the rows loaded, plus the frame and a
    vertical scroll bar."""
    header = view.horizontalHeader()
    width = 0
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        width += max(header.sectionSizeFromContents(column).width(),
                     view.sizeHintForColumn(column))
    bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    return width + 2 * view.frameWidth() + bar

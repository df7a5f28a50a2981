"""Finds visible text that needs more room than it was given, measured with Qt's font metrics.

Each finding names the widget (its class, object name or accessible name, and its parents) and
what was cut, so a failing guard says where to look.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolBar,
    QTreeView,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")
# How many rows of a list are read to judge a column, and the share that may be elided.
_SAMPLE_ROWS = 40
_MOST = 0.5


def where(widget: QWidget) -> str:
    """'QLabel "Revenue by month" in InsightsView > QTabWidget'."""
    names = []
    node = widget.parentWidget()
    while node is not None and len(names) < 3:
        names.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    label = widget.objectName() or widget.accessibleName() or ""
    return f"{type(widget).__name__} {label!r} in {' < '.join(names)}"


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _plain(text: str) -> str:
    return _TAGS.sub("", text) if "<" in text and ">" in text else text


def _mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def visible_rect(widget: QWidget) -> QRect:
    """The part of the widget its parents leave on screen, in its own coordinates; a scroll
    area's content counts as visible (the user can scroll to it)."""
    rect = widget.rect()
    node = widget
    while not node.isWindow() and node.parentWidget() is not None:
        parent = node.parentWidget()
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            break
        corner = widget.mapFrom(parent, parent.rect().topLeft())
        rect = rect.intersected(QRect(corner, parent.size()))
        node = parent
    return rect


def _label_findings(label: QLabel) -> Iterator[str]:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return
    shown = _plain(text) if label.textFormat() != Qt.TextFormat.PlainText else text
    if label.buddy() is not None:
        shown = _mnemonic_free(shown)
    metrics = QFontMetrics(label.font())
    room = label.contentsRect().adjusted(label.margin(), label.margin(),
                                         -label.margin(), -label.margin())
    room = room.intersected(visible_rect(label))
    indent = max(label.indent(), 0)
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() or room.height() < label.contentsRect().height() - 1:
            yield f"{where(label)}: wrapped text {shown[:60]!r} needs {need} px high, " \
                  f"has {room.height()}"
        return
    lines = shown.splitlines() or [shown]
    width = max(metrics.horizontalAdvance(line) for line in lines) + indent
    height = metrics.lineSpacing() * len(lines)
    if width > room.width() + 1 or height > room.height() + 2:
        yield f"{where(label)}: {shown[:60]!r} needs {width}x{height} px, " \
              f"has {room.width()}x{room.height()}"


def _button_findings(button: QAbstractButton) -> Iterator[str]:
    if not button.text() or isinstance(button.parentWidget(), QTabBar):
        return
    if type(button).__name__ == "QToolButton" and button.objectName().startswith("qt_"):
        return
    need = button.sizeHint()
    room = visible_rect(button)
    if need.width() > room.width() + 1 or need.height() > room.height() + 4:
        yield f"{where(button)}: button {_mnemonic_free(button.text())!r} needs " \
              f"{need.width()}x{need.height()} px, has {room.width()}x{room.height()}"


def _combo_findings(combo: QComboBox) -> Iterator[str]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    width = QFontMetrics(combo.font()).horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        width += combo.iconSize().width() + 4
    if width > field.width() + 1 or combo.width() > visible_rect(combo).width() + 1:
        yield f"{where(combo)}: choice {text!r} needs {width} px, has {field.width()}"


def _tab_findings(bar: QTabBar) -> Iterator[str]:
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        need = bar.tabSizeHint(index).width()
        have = bar.tabRect(index)
        if need > have.width() + 1 or not bar.rect().contains(have):
            yield f"{where(bar)}: tab {_mnemonic_free(bar.tabText(index))!r} needs {need} " \
                  f"px, has {have.width()} (or lies outside the bar)"


def _header_findings(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
            continue
        need = header.sectionSizeFromContents(logical).width()
        have = header.sectionSize(logical)
        if need > have + 1:
            text = model.headerData(logical, Qt.Orientation.Horizontal)
            yield f"{where(header)}: header {text!r} needs {need} px, has {have}"


def _column_findings(view: QAbstractItemView) -> Iterator[str]:
    """A column elided on most of the rows on screen; a list that scrolls sideways."""
    model = view.model()
    if model is None or model.rowCount() == 0:
        return
    if isinstance(view, QTableView | QTreeView | QListView) \
            and view.horizontalScrollBar().maximum() > 0 \
            and view.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        yield f"{where(view)}: the list scrolls sideways " \
              f"({view.horizontalScrollBar().maximum()} px)"
    columns = model.columnCount() if not isinstance(view, QListView) else 1
    # A view may name the columns its rows are about; the others may shorten their words.
    point = view.property("point_columns")
    # Qt elides a cell's text narrower than its rect less the focus frame's margins
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                           view) + 1)
    rows = min(model.rowCount(), _SAMPLE_ROWS)
    metrics = QFontMetrics(view.font())
    for column in (point if point else range(columns)):
        if isinstance(view, QTableView) and view.isColumnHidden(column):
            continue
        cut = filled = 0
        example = ""
        for row in range(rows):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            rect = view.visualRect(index)
            if not isinstance(text, str) or not text or not rect.isValid() or \
                    not view.viewport().rect().intersects(rect):
                continue
            filled += 1
            room = rect.width() - _decoration(view, index) - margin
            if isinstance(view, QListView) and view.wordWrap():  # wraps: cut only if too tall
                wrapped = metrics.boundingRect(0, 0, max(room, 1), 100_000,
                                               int(Qt.TextFlag.TextWordWrap), text)
                too_small = wrapped.width() > room or wrapped.height() > rect.height()
            else:
                widest = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [""])
                too_small = widest > room
            if too_small:
                cut += 1
                example = example or text
        if filled and cut > filled * _MOST:
            yield f"{where(view)}: column {column} is cut on {cut} of {filled} rows " \
                  f"(e.g. {example[:50]!r})"


def _decoration(view: QAbstractItemView, index) -> int:
    if index.data(Qt.ItemDataRole.DecorationRole) is None:
        return 0
    return view.iconSize().width() + 4 if view.iconSize().isValid() else 20


def _toolbar_findings(bar: QToolBar) -> Iterator[str]:
    for child in bar.findChildren(QWidget, "qt_toolbar_ext_button"):
        if child.isVisible():
            yield f"{where(bar)}: the toolbar hides actions behind its extension button"


def _group_findings(box: QGroupBox) -> Iterator[str]:
    need = QFontMetrics(box.font()).horizontalAdvance(_mnemonic_free(box.title())) + 16
    if box.title() and need > box.width():
        yield f"{where(box)}: group title {box.title()!r} needs {need} px, has {box.width()}"


def _painted_findings(widget: QWidget) -> Iterator[str]:
    """Text a widget drew itself (`painted_texts()`): elided, or needing more room than its
    rect, or lying past what its parents leave on screen."""
    told = getattr(widget, "painted_texts", None)
    if not callable(told):
        return
    in_viewport = isinstance(widget, QAbstractScrollArea)
    surface = widget.viewport() if in_viewport else widget
    surface.grab()  # what it says is what this paint drew, at its present size
    visible = surface.rect() if in_viewport else visible_rect(surface)
    cut = []
    for painted in told():
        if not painted.rect.intersects(visible):
            continue  # scrolled away in its scroll area
        width, height = painted.room_needed()
        if painted.shortened():
            cut.append(f"{painted.text[:50]!r} is shortened from {painted.whole!r}"
                       if painted.whole else f"{painted.text[:50]!r} is elided")
        elif painted.is_cut():
            cut.append(f"{painted.text[:50]!r} needs {width}x{height} px, "
                       f"has {painted.rect.width()}x{painted.rect.height()}")
        elif not in_viewport and painted.rect.intersected(visible) != painted.rect:
            cut.append(f"{painted.text[:50]!r} lies partly outside the widget's visible "
                       f"{visible.width()}x{visible.height()} px")
    for line in cut[:3]:
        yield f"{where(widget)}: painted text {line}"
    if len(cut) > 3:
        yield f"{where(widget)}: and {len(cut) - 3} more painted texts cut"


def cut_texts(top: QWidget) -> list[str]:
    """Every cut text in `top` and its visible children."""
    found: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _shown(widget, top):
            continue
        found.extend(_painted_findings(widget))
        if isinstance(widget, QLabel):
            found.extend(_label_findings(widget))
        elif isinstance(widget, QAbstractButton):
            found.extend(_button_findings(widget))
        elif isinstance(widget, QComboBox):
            found.extend(_combo_findings(widget))
        elif isinstance(widget, QTabBar):
            found.extend(_tab_findings(widget))
        elif isinstance(widget, QHeaderView):
            found.extend(_header_findings(widget))
        elif isinstance(widget, QAbstractItemView) and not hasattr(widget, "painted_texts"):
            found.extend(_column_findings(widget))  # a view telling what it painted told it
        elif isinstance(widget, QToolBar):
            found.extend(_toolbar_findings(widget))
        elif isinstance(widget, QGroupBox):
            found.extend(_group_findings(widget))
    return found

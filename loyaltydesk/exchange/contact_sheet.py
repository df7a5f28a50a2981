"""Contact sheets as PDF, drawn with Qt's QPdfWriter: a sheet per customer, or a list.

The only exchange module that uses Qt (QtGui, no widgets): the page size follows the locale
(Letter where it is the custom, A4 elsewhere), every page has a header with the date and a
"page n of N" footer, and Qt's font fallback carries non-Latin names (the used glyphs are
embedded). Pages are laid out first, then drawn, so the page count is known on every page.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRect, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from loyaltydesk.clock import clock, now
from loyaltydesk.domain.records import CustomerRecord
from loyaltydesk.exchange.sheet_content import (
    LIST_COLUMNS,
    LIST_WIDTHS,
    Formats,
    Layout,
    Sheet,
    build_sheet,
    list_row,
)
from loyaltydesk.exchange.targets import private_temporary
from loyaltydesk.services.export_data import sheet_facts
from loyaltydesk.services.imports import Cancelled, Progress

FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Droid Sans Fallback", "Sans Serif"]
RESOLUTION = 300
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)


_own_application: list[QGuiApplication] = []


def ensure_gui_application() -> None:
    """QPdfWriter needs a QGuiApplication; the command line gets one with no display."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _own_application.append(QGuiApplication([]))


def release_gui_application() -> None:
    """Shut down an application made here before Python finalises (else Qt may crash)."""
    while _own_application:
        _own_application.pop().shutdown()


def locale_page_size(locale: QLocale | None = None) -> QPageSize:
    system = (locale or QLocale()).measurementSystem()
    letter = system in (QLocale.MeasurementSystem.ImperialUSSystem,
                        QLocale.MeasurementSystem.ImperialSystem)
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def page_size_named(name: str | None) -> QPageSize | None:
    """'a4' or 'letter' (any case); None follows the locale."""
    if not name:
        return None
    sizes = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
    if name.casefold() not in sizes:
        raise ValueError(f"unknown page size {name!r}; choose A4 or Letter")
    return QPageSize(sizes[name.casefold()])


def locale_formats(locale: QLocale | None = None) -> Formats:
    loc = locale or QLocale()
    tz = clock().local_tz()

    def day(value: date) -> str:
        if loc.language() == QLocale.Language.C:  # no locale set: unambiguous ISO dates
            return value.isoformat()
        return loc.toString(value, QLocale.FormatType.ShortFormat)

    def moment(value: datetime) -> str:
        local = value.astimezone(tz)
        return f"{day(local.date())} {local.strftime('%H:%M')}"

    def money(cents: int, currency: str) -> str:
        return loc.toCurrencyString(cents / 100, currency or loc.currencySymbol(
            QLocale.CurrencySymbolFormat.CurrencyIsoCode))

    return Formats(day, moment, money)


@dataclass
class _Op:
    font: str  # key into the writer's fonts
    rect: QRect
    text: str
    flags: int = WRAP


@dataclass
class _Page:
    ops: list[_Op] = field(default_factory=list)


class _Pages:
    """Lays text out top to bottom, starting a page when the next piece does not fit."""

    def __init__(self, fonts: dict[str, QFont], body: QRect, device: QPdfWriter) -> None:
        self.fonts = fonts
        # measured for the PDF's resolution, not the screen's
        self.metrics = {k: QFontMetrics(f, device) for k, f in fonts.items()}
        self.body = body
        self.pages: list[_Page] = []
        self.y = body.bottom() + 1

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = self.body.top()

    def height(self, font: str, text: str, width: int | None = None) -> int:
        bound = QRect(0, 0, width or self.body.width(), 1_000_000)
        return self.metrics[font].boundingRect(bound, WRAP, text).height()

    def add(self, font: str, text: str, gap: float = 0.25, indent: int = 0,
            continued: str = "") -> None:
        width = self.body.width() - indent
        h = min(self.height(font, text, width), self.body.height())
        if self.y + h > self.body.bottom():
            self.new_page()
            if continued:
                self.add("small", continued)
        self.pages[-1].ops.append(_Op(font, QRect(self.body.left() + indent, self.y, width, h),
                                      text))
        self.y += h + int(self.metrics[font].height() * gap)


class ContactSheetWriter:
    """Writes one PDF; progress is called with (done, total) and may cancel."""

    def __init__(self, page_size: QPageSize | None = None, locale: QLocale | None = None,
                 title: str = "Contact sheets") -> None:
        ensure_gui_application()
        self.locale = locale or QLocale()
        self.page_size = page_size or locale_page_size(self.locale)
        self.formats = locale_formats(self.locale)
        self.title = title

    def _fonts(self) -> dict[str, QFont]:
        def font(points: float, bold: bool = False) -> QFont:
            f = QFont()
            f.setFamilies(FONT_FAMILIES)
            f.setPointSizeF(points)
            f.setBold(bold)
            return f
        return {"title": font(17, True), "subtitle": font(11), "heading": font(11.5, True),
                "body": font(9.5), "small": font(8), "cell": font(8.5),
                "cell_bold": font(8.5, True)}

    def _writer(self, path: Path, layout: Layout) -> QPdfWriter:
        writer = QPdfWriter(str(path))
        writer.setResolution(RESOLUTION)
        # the list's six columns need the width of a landscape page
        orientation = QPageLayout.Orientation.Landscape if layout is Layout.LIST \
            else QPageLayout.Orientation.Portrait
        writer.setPageLayout(QPageLayout(self.page_size, orientation,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        writer.setTitle(self.title)
        writer.setCreator("LoyaltyDesk")
        return writer

    def write(self, path: Path, records: Sequence[CustomerRecord], layout: Layout = Layout.SHEETS,
              progress: Progress | None = None) -> int:
        """Write the PDF (all or nothing: a cancel or an error leaves no file); page count."""
        temporary = private_temporary(path)
        try:
            count = self._write(temporary, records, layout, progress)
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
        return count

    def _write(self, path: Path, records: Sequence[CustomerRecord], layout: Layout,
               progress: Progress | None) -> int:
        writer = self._writer(path, layout)
        fonts = self._fonts()
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"{path.parent} cannot be written to")
        try:
            page_rect = painter.viewport()
            mm = RESOLUTION / 25.4
            body = page_rect.adjusted(0, int(12 * mm), 0, -int(10 * mm))
            pages = _Pages(fonts, body, writer)
            total = len(records) * 2
            if layout is Layout.SHEETS:
                self._lay_out_sheets(pages, records, progress, total)
            else:
                self._lay_out_list(pages, records)
            if not pages.pages:
                pages.new_page()
                pages.add("body", "No customer matches.")
            self._paint(painter, writer, pages, page_rect, progress, total)
        finally:
            painter.end()
        return len(pages.pages)

    def _lay_out_sheets(self, pages: _Pages, records: Sequence[CustomerRecord],
                        progress: Progress | None, total: int) -> None:
        for done, record in enumerate(records):
            if progress is not None and done % 20 == 0 and not progress(done, total):
                raise Cancelled("Export cancelled: no file was written")
            self._lay_out_sheet(pages, build_sheet(sheet_facts(record), self.formats))

    def _lay_out_sheet(self, pages: _Pages, sheet: Sheet) -> None:
        pages.new_page()
        pages.add("title", sheet.title, gap=0.1)
        pages.add("subtitle", sheet.subtitle, gap=0.8)
        more = f"{sheet.title} (continued)"
        indent = int(4 * RESOLUTION / 25.4)
        for section in sheet.sections:
            pages.add("heading", section.heading, gap=0.2, continued=more)
            for line in section.lines:
                for paragraph in line.split("\n"):
                    pages.add("body", paragraph or " ", gap=0.15, indent=indent, continued=more)
            pages.y += pages.metrics["body"].height() // 2

    def _lay_out_list(self, pages: _Pages, records: Sequence[CustomerRecord]) -> None:
        widths = [int(pages.body.width() * share) for share in LIST_WIDTHS]
        line = int(pages.metrics["cell"].height() * 1.5)
        for record in records:
            if pages.y + line > pages.body.bottom():
                pages.new_page()
                self._row(pages, widths, LIST_COLUMNS, "cell_bold", line)
            self._row(pages, widths, list_row(record, self.formats), "cell", line)

    def _row(self, pages: _Pages, widths: list[int], cells: Sequence[str], font: str,
             line: int) -> None:
        x = pages.body.left()
        gap = int(2 * RESOLUTION / 25.4)
        for width, text in zip(widths, cells, strict=True):
            shown = pages.metrics[font].elidedText(text, Qt.TextElideMode.ElideRight,
                                                   width - gap)
            flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter)
            pages.pages[-1].ops.append(_Op(font, QRect(x, pages.y, width - gap, line), shown,
                                           flags))
            x += width
        pages.y += line

    def _paint(self, painter: QPainter, writer: QPdfWriter, pages: _Pages, page_rect: QRect,
               progress: Progress | None, total: int) -> None:
        stamp = self.locale.toString(now().astimezone(clock().local_tz()).date(),
                                     QLocale.FormatType.LongFormat)
        count = len(pages.pages)
        for number, page in enumerate(pages.pages, start=1):
            if progress is not None and number % 20 == 0 and not progress(
                    total // 2 + total * number // (2 * count), total):
                raise Cancelled("Export cancelled: no file was written")
            if number > 1:
                writer.newPage()
            self._frame(painter, page_rect, pages, stamp, f"Page {number} of {count}")
            for op in page.ops:
                painter.setFont(pages.fonts[op.font])
                painter.drawText(op.rect, op.flags, op.text)

    def _frame(self, painter: QPainter, rect: QRect, pages: _Pages, stamp: str,
               footer: str) -> None:
        painter.setFont(pages.fonts["small"])
        height = pages.metrics["small"].height()
        top = QRect(rect.left(), rect.top(), rect.width(), height)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft), f"LoyaltyDesk · {self.title}")
        painter.drawText(top, int(Qt.AlignmentFlag.AlignRight), stamp)
        painter.drawLine(rect.left(), top.bottom() + 8, rect.right(), top.bottom() + 8)
        bottom = QRect(rect.left(), rect.bottom() - height, rect.width(), height)
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignHCenter), footer)

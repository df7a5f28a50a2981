"""Contact sheets as PDF, drawn with Qt's QPdfWriter: a sheet per customer, two to a page, or
the route list of a day's visits.

The page size follows the locale (Letter where it is the custom, A4 elsewhere), every page has
a header naming what it holds and the date, and a "page n of N" footer; Qt's font fallback
carries names in every script (the used glyphs are embedded). Money, dates and spans in words
come from the shared formatting module, headings through Qt's translations.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRect, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

from loyaltydesk import built_in, formats
from loyaltydesk.domain.records import CustomerRecord
from loyaltydesk.exchange.sheet_blocks import fitted_widths, lay_out_sheet, table_row
from loyaltydesk.exchange.sheet_content import (
    ROUTE_COLUMNS,
    ROUTE_WIDTHS,
    Formats,
    Layout,
    RouteOrder,
    RouteStop,
    Visit,
    build_sheet,
    local_day,
    order_route,
    route_row,
)
from loyaltydesk.exchange.sheet_flow import RESOLUTION, Flow, make_fonts, paint_op
from loyaltydesk.exchange.targets import private_temporary
from loyaltydesk.services.export_data import open_followups
from loyaltydesk.services.imports import Cancelled, Progress
from loyaltydesk.services.sheet_facts import sheets_facts

_CONTEXT = "ContactSheet"
RECENT_ROWS = {Layout.SHEETS: 5, Layout.COMPACT: 3}
FACTS_BATCH = 25  # customers read together: a query per table, not per customer


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


_own_application: list[QGuiApplication] = []


def ensure_gui_application() -> None:
    """QPdfWriter needs a QGuiApplication; the command line gets one with no display."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _own_application.append(QGuiApplication([]))
        from loyaltydesk import translations

        # the system's words, and its dates and money (a system with no language set writes
        # them as the report does, not as the bare C locale would)
        translations.install(_own_application[-1], translations.system_language())


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
    return Formats(day=lambda value: formats.day(value, loc),
                   moment=lambda value: formats.moment(value, loc),
                   money=lambda cents, currency: formats.money(cents, currency, loc),
                   duration=formats.duration, ago=formats.ago,
                   clock_time=lambda value: formats.time(value, loc), tr=tr,
                   stored=built_in.shown)


class ContactSheetWriter:
    """Writes one PDF; progress is called with (done, total) and may cancel."""

    def __init__(self, page_size: QPageSize | None = None, locale: QLocale | None = None,
                 title: str = "") -> None:
        ensure_gui_application()
        self.locale = locale or QLocale()
        self.page_size = page_size or locale_page_size(self.locale)
        self.formats = locale_formats(self.locale)
        self.given_title = title
        self.title = title or tr("Contact sheets")
        self.subtitle = ""

    def _title(self, layout: Layout, visit: Visit | None) -> str:
        """What the pages hold: the day (or days) and the kind of sheet."""
        if self.given_title:
            return self.given_title
        route = layout is Layout.LIST
        if visit is None:
            return tr("Route list") if route else tr("Contact sheets")
        first = formats.day(visit.first, self.locale, long=True)
        if visit.end - visit.first <= timedelta(days=1):
            words = tr("Route for %1") if route else tr("Contact sheets for %1")
            return words.replace("%1", first)
        last = formats.day(visit.end - timedelta(days=1), self.locale, long=True)
        words = tr("Route for %1 to %2") if route else tr("Contact sheets for %1 to %2")
        return words.replace("%1", first).replace("%2", last)

    def _writer(self, path: Path, layout: Layout) -> QPdfWriter:
        writer = QPdfWriter(str(path))
        writer.setResolution(RESOLUTION)
        # the route list's columns need the width of a landscape page
        orientation = QPageLayout.Orientation.Landscape if layout is Layout.LIST \
            else QPageLayout.Orientation.Portrait
        writer.setPageLayout(QPageLayout(self.page_size, orientation,
                                         QMarginsF(14, 14, 14, 14), QPageLayout.Unit.Millimeter))
        writer.setTitle(self.title)
        writer.setCreator("LoyaltyDesk")
        return writer

    def write(self, path: Path, records: Sequence[CustomerRecord], layout: Layout = Layout.SHEETS,
              progress: Progress | None = None, *, visit: Visit | None = None,
              order: RouteOrder = RouteOrder.PLACE, subtitle: str = "") -> int:
        """Write the PDF (all or nothing: a cancel or an error leaves no file); page count."""
        self.title, self.subtitle = self._title(layout, visit), subtitle
        temporary = private_temporary(path)
        try:
            count = self._write(temporary, records, layout, progress, visit, order, subtitle)
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
        return count

    def _write(self, path: Path, records: Sequence[CustomerRecord], layout: Layout,
               progress: Progress | None, visit: Visit | None, order: RouteOrder,
               subtitle: str) -> int:
        writer = self._writer(path, layout)
        fonts = make_fonts()
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"{path.parent} cannot be written to")
        try:
            page_rect = painter.viewport()
            mm = RESOLUTION / 25.4
            body = page_rect.adjusted(0, int(9 * mm), 0, -int(8 * mm))
            flow = Flow(fonts, body, writer, slots=2 if layout is Layout.COMPACT else 1)
            total = len(records) * 2
            if layout is Layout.LIST:
                self._lay_out_route(flow, records, visit, order, subtitle)
            else:
                self._lay_out_sheets(flow, records, layout, progress, total, visit)
            if not flow.pages:
                flow.start()
                flow.text("body", tr("No customer matches."))
            self._paint(painter, writer, flow, page_rect, progress, total)
        finally:
            painter.end()
        return len(flow.pages)

    def _lay_out_sheets(self, flow: Flow, records: Sequence[CustomerRecord], layout: Layout,
                        progress: Progress | None, total: int, visit: Visit | None) -> None:
        day = visit.first if visit else formats.today()
        for start in range(0, len(records), FACTS_BATCH):
            batch = sheets_facts(records[start:start + FACTS_BATCH], day)
            for done, facts in enumerate(batch, start):
                if progress is not None and done % 2 == 0 and not progress(done, total):
                    raise Cancelled("Export cancelled: no file was written")
                sheet = build_sheet(facts, self.formats, day, rows=RECENT_ROWS[layout])
                lay_out_sheet(flow, sheet, tr, compact=layout is Layout.COMPACT)

    # -- the route list --------------------------------------------------------------------
    def _stops(self, records: Sequence[CustomerRecord], visit: Visit | None) -> list[RouteStop]:
        """Each customer with the follow-up of the visit, else the overdue one, with its time
        (else their next one, with none)."""
        due: dict[int, tuple[datetime | None, str]] = {}
        overdue: dict[int, tuple[datetime | None, str]] = {}
        later: dict[int, tuple[datetime | None, str]] = {}
        for item in open_followups([r.id for r in records]):
            purpose = item.title + (f": {item.script}" if item.script else "")
            day = local_day(item.remind_at)
            if visit is not None and visit.first <= day < visit.end:
                due.setdefault(item.customer_id, (item.remind_at, purpose))
            elif visit is not None and day < visit.first:
                overdue.setdefault(item.customer_id, (item.remind_at, purpose))
            later.setdefault(item.customer_id, (None, purpose))
        return [RouteStop(r, *due.get(r.id, overdue.get(r.id, later.get(r.id, (None, "")))))
                for r in records]

    def _lay_out_route(self, flow: Flow, records: Sequence[CustomerRecord],
                       visit: Visit | None, order: RouteOrder, subtitle: str) -> None:
        flow.start()
        flow.text("title", self.title, gap=0.1)
        flow.text("subtitle", subtitle or QCoreApplication.translate(
            _CONTEXT, "%n customers", None, len(records)), gap=0.8)
        room = 3 * flow.line_height("cell")  # room to write beside each visit
        several_days = visit is not None and visit.end - visit.first > timedelta(days=1)
        # the day goes with the time over several days, and for a follow-up overdue at the visit
        rows = [route_row(number, stop, self.formats, several_days or (
                    visit is not None and stop.time is not None
                    and local_day(stop.time) < visit.first))
                for number, stop in enumerate(order_route(self._stops(records, visit), order), 1)]
        headings = [tr(c) for c in ROUTE_COLUMNS]
        # the room to write gives way to a day or a phone number that would be cut
        widths = fitted_widths(flow, [(headings, "cell_bold"), *((row, "cell") for row in rows)],
                               ROUTE_WIDTHS, giver=-1)

        def header() -> None:
            table_row(flow, headings, widths, "cell_bold", shade=228)

        header()
        for row in rows:
            table_row(flow, row, widths, "cell", min_height=room, on_break=header)

    # -- painting --------------------------------------------------------------------------
    def _paint(self, painter: QPainter, writer: QPdfWriter, flow: Flow, page_rect: QRect,
               progress: Progress | None, total: int) -> None:
        stamp = formats.day(formats.today(), self.locale, long=True)
        count = len(flow.pages)
        for number, page in enumerate(flow.pages, start=1):
            if progress is not None and number % 5 == 0 and not progress(
                    total // 2 + total * number // (2 * count), total):
                raise Cancelled("Export cancelled: no file was written")
            if number > 1:
                writer.newPage()
            footer = tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(count))
            self._frame(painter, page_rect, flow, stamp, footer)
            for op in page.ops:
                paint_op(painter, flow.fonts, op)
            # freed page by page: a thousand sheets' pages freed at once, at the end, held
            # Python (and so the window's thread) for some 20 ms
            page.ops.clear()

    def _frame(self, painter: QPainter, rect: QRect, flow: Flow, stamp: str,
               footer: str) -> None:
        painter.setFont(flow.fonts["small"])
        height = flow.line_height("small")
        top = QRect(rect.left(), rect.top(), rect.width(), height)
        head = " · ".join(x for x in ("LoyaltyDesk", self.title, self.subtitle) if x)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft), head)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignRight), stamp)
        painter.drawLine(rect.left(), top.bottom() + 8, rect.right(), top.bottom() + 8)
        bottom = QRect(rect.left(), rect.bottom() - height, rect.width(), height)
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignHCenter), footer)

"""One customer's sheet, and the route list's rows, placed on the pages of a Flow."""

# Translation context: ContactSheet (the tr each block is given is the sheet writer's)

from __future__ import annotations

from collections.abc import Callable, Sequence

import segno
from PySide6.QtCore import QRect, Qt

from loyaltydesk.exchange.sheet_content import Rung, Sheet, Table
from loyaltydesk.exchange.sheet_flow import MM, WRAP, Flow, Op

LADDER_RISE = 1.1 * MM  # each rung a little higher than the one before
LADDER_RISE_COMPACT = 0.3 * MM  # less on half a page, which the rise would take from the tables
PAD = int(1.5 * MM)
QR_MM = 30.0
QR_MM_COMPACT = 24.0


def qr_modules(payload: str) -> tuple:
    """The code's rows; a fixed mask skips segno's slow mask scoring (any mask reads)."""
    code = segno.make(payload, error="m", micro=False, mask=2, boost_error=False,
                      encoding="utf-8")
    return tuple(tuple(row) for row in code.matrix)


def lay_out_sheet(flow: Flow, sheet: Sheet, tr: Callable[[str], str], *,
                  compact: bool = False) -> None:
    """The sheet from its head down; the rest of its last page ruled for notes by hand."""
    flow.start(tr("%1 (continued)").replace("%1", sheet.title))
    _head(flow, sheet, QR_MM_COMPACT if compact else QR_MM,
          LADDER_RISE_COMPACT if compact else LADDER_RISE)
    _figures(flow, sheet.figures, 3 if compact else 2)
    _points(flow, tr("Talking points"), sheet.points, tr("Nothing raised by the data"))
    if sheet.about and compact:
        _heading(flow, tr("Contact"))
        # a phone, an address read as what they are; a name or a list of values needs its label
        plain = {tr("Phone"), tr("Email"), tr("Address"), tr("Website")}
        flow.text("cell", " · ".join(
            value if label in plain else tr("%1: %2").replace("%1", label).replace("%2", value)
            for label, value in sheet.about), gap=0.5)
    elif sheet.about:
        _heading(flow, tr("Contact"))
        _pairs(flow, sheet.about)
    tables = list(sheet.tables)
    if compact:  # what is planned later, in a line of days and titles, to keep to half a page
        for table in tables[:-2]:
            briefly = " · ".join(" ".join(row[:2]) for row in table.rows)
            flow.text("cell", tr("%1: %2").replace("%1", table.heading).replace("%2", briefly),
                      gap=0.5)
        tables = tables[-2:]
    # the last two (purchases and contacts) side by side, when they fit in a slot
    if compact and len(tables) >= 2 and _two_tables(flow, tables[-2], tables[-1]):
        tables = tables[:-2]
    for table in tables:
        _table(flow, table)
    if sheet.notes:
        _heading(flow, tr("Notes"))
        for paragraph in sheet.notes.split("\n"):
            flow.text("body", paragraph or " ", gap=0.15)
    _room_to_write(flow, tr("Notes from the visit"))


def _room_to_write(flow: Flow, heading: str) -> None:
    line = int(7 * MM)
    if flow.area.bottom() - flow.y < flow.line_height("heading") + 2 * line:
        return
    _heading(flow, heading)
    y = flow.y + line
    while y <= flow.area.bottom():
        flow.put(Op("line", QRect(flow.area.left(), y, flow.area.width(), 0)))
        y += line
    flow.y = flow.area.bottom()


def _head(flow: Flow, sheet: Sheet, qr_mm: float, rise: float) -> None:
    area = flow.area
    qr = int(qr_mm * MM) if sheet.card else 0
    width = area.width() - (qr + int(4 * MM) if qr else 0)
    title_h = flow.height("title", sheet.title, width)
    sub_h = flow.height("subtitle", sheet.subtitle, width)
    standing_h = flow.height("body", sheet.standing, width)
    ladder_h = _ladder_height(flow, width, rise)
    text_h = title_h + sub_h + standing_h + ladder_h + int(2 * MM)
    top = flow.reserve(max(text_h, qr))
    y = top
    for font, text, h in (("title", sheet.title, title_h), ("subtitle", sheet.subtitle, sub_h),
                          ("body", sheet.standing, standing_h)):
        flow.put(Op("text", QRect(area.left(), y, width, h), text, font))
        y += h
    _ladder(flow, sheet.rungs, QRect(area.left(), y + int(2 * MM), width, ladder_h), rise)
    if qr:
        flow.put(Op("qr", QRect(area.right() - qr + 1, top, qr, qr),
                    modules=qr_modules(sheet.card)))
    flow.space(0.8)


def _rung_height(flow: Flow, cell: int) -> int:
    label = flow.height("small_bold", "Value confirmed", cell - 2 * PAD)
    return label + flow.line_height("small") + 2 * PAD


def _ladder_height(flow: Flow, width: int, rise: float) -> int:
    return _rung_height(flow, width // 7) + int(6 * rise)


def _ladder(flow: Flow, rungs: Sequence[Rung], rect: QRect, rise: float) -> None:
    """The rungs as rising steps: reached ones shaded with their date, the current one framed."""
    cell = rect.width() // max(len(rungs), 1)
    height = _rung_height(flow, cell)
    for number, rung in enumerate(rungs):
        top = rect.top() + int((len(rungs) - 1 - number) * rise)
        box = QRect(rect.left() + number * cell, top, cell - int(0.8 * MM), height)
        if rung.current:
            flow.put(Op("fill", box, shade=205))
            flow.put(Op("frame", box, width=5))
        elif rung.reached_on:
            flow.put(Op("fill", box, shade=232))
        else:
            flow.put(Op("frame", box, width=1))
        inner = box.adjusted(PAD // 2, PAD // 2, -PAD // 2, -PAD // 2)
        font = "small_bold" if rung.current or rung.reached_on else "small"
        flow.put(Op("text", inner, rung.label, font))
        date_rect = QRect(inner.left(), inner.bottom() - flow.line_height("small"),
                          inner.width(), flow.line_height("small"))
        flow.put(Op("text", date_rect, rung.reached_on, "small",
                    int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignBottom)))


def _figures(flow: Flow, figures: Sequence[tuple[str, str]], columns: int) -> None:
    """A framed box of label-over-value cells, `columns` to a row."""
    width = flow.area.width()
    cell = width // columns
    rows = [figures[i:i + columns] for i in range(0, len(figures), columns)]
    for row in rows:
        heights = [flow.line_height("small") + flow.height("body_bold", value, cell - 2 * PAD)
                   for _label, value in row]
        h = min(max(heights) + 2 * PAD, flow.area.height())
        top = flow.reserve(h)
        box = QRect(flow.area.left(), top, width, h)
        flow.put(Op("fill", box, shade=246))
        flow.put(Op("frame", box, width=2))
        for column, (label, value) in enumerate(row):
            x = flow.area.left() + column * cell + PAD
            flow.put(Op("text", QRect(x, top + PAD, cell - 2 * PAD, flow.line_height("small")),
                        label, "small"))
            value_top = top + PAD + flow.line_height("small")
            flow.put(Op("text", QRect(x, value_top, cell - 2 * PAD, h - 2 * PAD), value,
                        "body_bold"))
    flow.space(0.6)


def _heading(flow: Flow, text: str) -> None:
    # keep a heading with at least two lines of what it heads
    flow.ensure(flow.line_height("heading") + 3 * flow.line_height("body"))
    top = flow.text("heading", text, gap=0.15)
    flow.put(Op("line", QRect(flow.area.left(), top + flow.line_height("heading"),
                              flow.area.width(), 0), width=2))


def _points(flow: Flow, heading: str, points: Sequence[str], none: str) -> None:
    _heading(flow, heading)
    indent = int(4 * MM)
    for point in points or [none]:
        top = flow.text("body", point, gap=0.3, indent=indent)
        flow.put(Op("text", QRect(flow.area.left() + indent // 4, top, indent,
                                  flow.line_height("body")), "•" if points else "", "body"))
    flow.space(0.4)


def _pairs(flow: Flow, pairs: Sequence[tuple[str, str]]) -> None:
    label_w = int(38 * MM)
    value_w = flow.area.width() - label_w
    for label, value in pairs:
        # a long label wraps (French ones run longer): the row is as tall as either side
        h = max(flow.height("body", value, value_w), flow.height("cell_bold", label, label_w - PAD),
                flow.line_height("body"))
        top = flow.reserve(min(h, flow.area.height()))
        flow.put(Op("text", QRect(flow.area.left(), top, label_w - PAD, h), label, "cell_bold"))
        flow.put(Op("text", QRect(flow.area.left() + label_w, top, value_w, h), value, "body"))
        flow.space(0.15)
    flow.space(0.4)


def table_row(flow: Flow, cells: Sequence[str], widths: Sequence[int], font: str,
              min_height: int = 0, shade: int = 0, on_break: Callable[[], None] | None = None
              ) -> int:
    """A row of wrapped cells and a rule under it; the header again after a page break."""
    h = max([flow.height(font, text, w - 2 * PAD) for text, w in zip(cells, widths, strict=True)]
            + [min_height]) + PAD
    # a row as tall as its text, up to a slot less the heading, "(continued)" and the header
    # it may follow on a fresh slot
    h = min(h, flow.area.height() - 4 * flow.line_height("heading"))
    if flow.ensure(h) and on_break is not None:
        on_break()
    top = flow.reserve(h)
    x = flow.area.left()
    if shade:
        flow.put(Op("fill", QRect(x, top, sum(widths), h), shade=shade))
    for text, w in zip(cells, widths, strict=True):
        flow.put(Op("text", QRect(x + PAD, top + PAD // 2, w - 2 * PAD, h - PAD), text, font,
                    WRAP))
        x += w
    flow.put(Op("line", QRect(flow.area.left(), top + h, sum(widths), 0)))
    return top


def fitted_widths(flow: Flow, rows: Sequence[tuple[Sequence[str], str]],
                  shares: Sequence[float], giver: int) -> list[int]:
    """Column widths from their shares of the line, each at least as wide as its widest word
    (a day, a time, a phone number's parts are never cut); what a column takes beyond its
    share comes from column `giver`, which keeps a third of its own. Rows are (cells, font)."""
    widths = [int(flow.area.width() * share) for share in shares]
    keeps = widths[giver] // 3
    for column in range(len(widths)):
        if column == giver % len(widths):
            continue
        need = max((flow.metrics[font].horizontalAdvance(word) for cells, font in rows
                    for word in cells[column].split()), default=0) + 2 * PAD + 1
        taken = max(min(need - widths[column], widths[giver] - keeps), 0)
        widths[giver] -= taken
        widths[column] += taken
    return widths


def _table(flow: Flow, table: Table) -> None:
    _heading(flow, table.heading)
    if not table.rows:
        flow.text("body", table.empty, gap=0.5)
        return
    widths = [int(flow.area.width() * share) for share in table.widths]

    def header() -> None:
        table_row(flow, table.columns, widths, "cell_bold", shade=236)

    header()
    for row in table.rows:
        table_row(flow, row, widths, "cell", on_break=header)
    flow.space(0.6)


def _placed_table(flow: Flow, table: Table, left: int, width: int) -> list[tuple[Op, int]]:
    """A short table's pieces with their offsets from its top, for placing beside another."""
    pieces: list[tuple[Op, int]] = []
    y = 0
    h = flow.line_height("heading")
    pieces.append((Op("text", QRect(left, 0, width, h), table.heading, "heading"), y))
    pieces.append((Op("line", QRect(left, 0, width, 0), width=2), y + h))
    y += h + PAD // 2
    rows = [(table.columns, "cell_bold", 236), *[(row, "cell", 0) for row in table.rows]]
    # narrow columns as wide as their widest cell; the last takes the rest
    widths = [max(flow.metrics[font].horizontalAdvance(cells[i]) for cells, font, _s in rows)
              + 2 * PAD for i in range(len(table.columns) - 1)]
    widths.append(width - sum(widths))
    if not table.rows:
        rows = [((table.empty,), "cell", 0)]
        widths = [width]
    for cells, font, shade in rows:
        row_h = max(flow.height(font, text, w - 2 * PAD)
                    for text, w in zip(cells, widths, strict=True)) + PAD
        if shade:
            pieces.append((Op("fill", QRect(left, 0, width, row_h), shade=shade), y))
        x = left
        for text, w in zip(cells, widths, strict=True):
            pieces.append((Op("text", QRect(x + PAD, PAD // 2, w - 2 * PAD, row_h - PAD), text,
                              font), y))
            x += w
        pieces.append((Op("line", QRect(left, row_h, width, 0)), y))
        y += row_h
    pieces.append((Op("line", QRect(left, 0, 0, 0), width=0), y))  # marks the height
    return pieces


def _two_tables(flow: Flow, left: Table, right: Table) -> bool:
    """The two tables side by side; False (nothing placed) when they are taller than a slot,
    to go one under the other, row after row across slots."""
    gap = int(5 * MM)
    half = (flow.area.width() - gap) // 2
    placed = [_placed_table(flow, left, flow.area.left(), half),
              _placed_table(flow, right, flow.area.left() + half + gap, half)]
    height = max(pieces[-1][1] for pieces in placed)
    if height > flow.area.height() - 2 * flow.line_height("small"):  # room for "(continued)"
        return False
    top = flow.reserve(height)
    for pieces in placed:
        for op, offset in pieces[:-1]:
            op.rect.translate(0, top + offset)
            flow.put(op)
    flow.space(0.6)
    return True

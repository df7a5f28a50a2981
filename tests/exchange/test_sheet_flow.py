"""The contact sheets' layout: pages kept light for the collector, QR codes drawn from rects."""

from __future__ import annotations

import gc

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage

from loyaltydesk.exchange.sheet_blocks import qr_modules
from loyaltydesk.exchange.sheet_flow import Flow, Op, dark_region, make_fonts


def test_laid_out_pieces_are_plain_values_the_collector_leaves_alone(qapp):
    device = QImage(2480, 3508, QImage.Format.Format_RGB32)
    flow = Flow(make_fonts(), QRect(0, 0, 2000, 3000), device)
    flow.start()
    flow.text("body", "Ada Lovelace")
    flow.put(Op("qr", QRect(10, 20, 300, 300), modules=qr_modules("BEGIN:VCARD")))
    flow.put(Op("frame", QRect(1, 2, 3, 4), width=5))
    gc.collect()
    ops = flow.pages[0].ops
    assert [op[0] for op in ops] == ["text", "qr", "frame"]
    assert ops[2][:5] == ("frame", 1, 2, 3, 4) and ops[2][9] == 5
    assert not any(gc.is_tracked(op) for op in ops)


def test_the_qr_region_holds_exactly_the_dark_modules():
    modules = qr_modules("BEGIN:VCARD\nFN:Zoé Durand\nEND:VCARD")
    region = dark_region(modules)
    size = len(modules)
    assert region.boundingRect().width() <= size
    for y in range(size):
        for x in range(size):
            assert region.contains(QPoint(x, y)) is bool(modules[y][x]), (x, y)

"""The application icon: its PNG sizes and the Windows .ico are renderings of the one SVG."""

import importlib.util
import struct

import pytest
from PySide6.QtGui import QImage, QImageReader

from loyaltydesk import APP_ID
from tests.packaging.conftest import PACKAGING, RESOURCES


def _make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_icons = _make_icons()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert (depth, colour) == (8, 6), "8-bit RGBA"
    return width, height


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_each_png_size_is_the_svg_drawn_at_that_size(qapp, size):
    data = make_icons.png_path(size).read_bytes()
    assert _png_size(data) == (size, size)
    committed = QImage.fromData(data).convertToFormat(QImage.Format.Format_ARGB32)
    fresh = make_icons.render((RESOURCES / f"{APP_ID}.svg").read_bytes(), size)
    difference = sum(abs(a - b) for a, b in zip(bytes(committed.constBits()),
                                                bytes(fresh.constBits()), strict=True))
    # Renderers differ by a few levels at edges; a changed drawing differs by far more.
    assert difference / (size * size * 4) < 2.0, "run packaging/make_icons.py again"
    assert committed.pixelColor(0, 0).alpha() == 0, "the corners stay transparent"


def test_the_windows_icon_holds_every_size_up_to_256(qapp):
    data = make_icons.ICO.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sides = [data[6 + 16 * i] or 256 for i in range(count)]
    assert sides == list(make_icons.ICO_SIZES)
    reader = QImageReader(str(make_icons.ICO))  # Qt's own reader, not the code that wrote it
    assert reader.imageCount() == count
    read = []
    for _ in range(count):
        image = reader.read()
        assert image.width() == image.height() and not image.isNull(), reader.errorString()
        read.append(image.width())
        reader.jumpToNextImage()
    assert sorted(read) == list(make_icons.ICO_SIZES)


def test_the_shipped_icon_sizes_are_the_ones_the_app_loads():
    from loyaltydesk.ui.icons import APP_ICON_SIZES

    assert APP_ICON_SIZES == make_icons.PNG_SIZES
    shipped = sorted(p.name for p in (RESOURCES / "app-icon").iterdir())
    assert shipped == sorted(f"{s}x{s}.png" for s in make_icons.PNG_SIZES)

"""Renders the application icon's PNG sizes and the Windows .ico from its SVG drawing.

Run after changing resources/app.loyaltydesk.LoyaltyDesk.svg:
    python packaging/make_icons.py
The files it writes are committed; tests/packaging checks they still match the drawing.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "app.loyaltydesk.LoyaltyDesk"
SVG = ROOT / "resources" / f"{APP_ID}.svg"
PNG_FOLDER = ROOT / "resources" / "app-icon"
ICO = ROOT / "packaging" / "windows" / "loyaltydesk.ico"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return PNG_FOLDER / f"{size}x{size}.png"


def render(svg: bytes, size: int):
    """The drawing as a size x size image with a transparent background."""
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    return image


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding PNG images (the format Windows reads since Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    svg = SVG.read_bytes()
    PNG_FOLDER.mkdir(exist_ok=True)
    pngs: dict[int, bytes] = {}
    for size in PNG_SIZES:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        render(svg, size).save(buffer, "PNG")
        pngs[size] = bytes(buffer.data())
        png_path(size).write_bytes(pngs[size])
    ICO.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    print(f"wrote {len(PNG_SIZES)} PNG sizes to {PNG_FOLDER} and {ICO}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Takes the screenshots of every view, light and dark, at 1366x768 on a demo book.

    python docs/make_screens.py

Writes docs/screens/<view>-<light|dark>.png, the user guide's pictures
(resources/guide/screens/<view>.png, light, and <view>-dark.png) and README's
docs/screenshot.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
VIEWS = ("customers", "pipeline", "calendar", "today", "insights")
SIZE = (1366, 768)


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="loyaltydesk-screens-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from loyaltydesk import clock as clock_module
    from loyaltydesk.app import make_application
    from loyaltydesk.clock import FixedClock
    from loyaltydesk.services.demo import build_demo
    from loyaltydesk.services.session import open_data
    from loyaltydesk.ui import theme
    from loyaltydesk.ui.main_window import MainWindow

    QLocale.setDefault(QLocale("en_GB"))
    app = make_application()
    clock_module.set_clock(FixedClock(datetime(2026, 3, 2, 9, 30, tzinfo=UTC)))
    data = open_data(home / "book")
    build_demo(2000, seed=3)
    window = MainWindow(data)
    window.resize(*SIZE)
    window.show()
    shots = ROOT / "docs" / "screens"
    guide = ROOT / "resources" / "guide" / "screens"
    shots.mkdir(parents=True, exist_ok=True)
    guide.mkdir(parents=True, exist_ok=True)
    for name in ("light", "dark"):
        theme.apply(name)
        for view in VIEWS:
            window.show_page(view)
            _settle(app, window.page(view))
            picture = window.grab()
            picture.save(str(shots / f"{view}-{name}.png"))
            # the guide shows the pictures of the palette the window wears
            if name == "dark":
                picture.save(str(guide / f"{view}-dark.png"))
            else:
                picture.save(str(guide / f"{view}.png"))
                if view == "customers":
                    picture.save(str(ROOT / "docs" / "screenshot.png"))
    window.close()
    QApplication.processEvents()
    return 0


def _settle(app, view) -> None:
    import time

    deadline = time.monotonic() + 20
    ready = getattr(view, "is_ready", None)
    loading = getattr(view, "is_loading", None)
    while time.monotonic() < deadline:
        app.processEvents()
        if (ready is None or ready()) and (loading is None or not loading()):
            break
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    sys.exit(main())

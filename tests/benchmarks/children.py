"""Child processes for start-up and memory: a bare PySide6 window and the real app."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

_PAINT_HOOK = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            self.done = True
            QTimer.singleShot(0, report)
        return False

def report():
    app = QApplication.instance()
    app.processEvents()
    rss = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmRSS'))
    print(f'painted {rss}', flush=True)
    app.quit()
"""

BARE = _PAINT_HOOK + """
from PySide6.QtWidgets import QTableView
app = QApplication(sys.argv)
hook = FirstPaint(); app.installEventFilter(hook)
window = QMainWindow(); window.setCentralWidget(QTableView()); window.resize(1280, 800)
window.show()
app.exec()
"""

APP = _PAINT_HOOK + """
from loyaltydesk.app import make_application, run_gui
app = make_application()
hook = FirstPaint(); app.installEventFilter(hook)
sys.exit(run_gui(sys.argv[1]))
"""


def first_paint(script: str, *args: str, env: dict[str, str]) -> tuple[float, int]:
    """Milliseconds from launch to the first painted window, and resident memory (KiB)."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    child.wait(timeout=60)
    if not line.startswith("painted"):
        raise RuntimeError(f"no first paint: {line!r} {child.stderr.read()[-2000:]}")
    return elapsed, int(line.split()[1])


def settings_home(tmp: Path) -> dict[str, str]:
    import os
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"),
               HOME=str(tmp))
    return env

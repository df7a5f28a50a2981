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
    # Watches the main window alone: a filter on the whole application would slow every
    # event of start-up and inflate the figure it measures.
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            painted_at = time.time()  # the moment of the paint, whatever follows it
            QTimer.singleShot(0, lambda: report(painted_at))
        return False

def watch_main_window():
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))
    window.installEventFilter(hook)

hook = FirstPaint()
# Runs when the event loop starts: the window is built and shown, not painted yet.
QTimer.singleShot(0, watch_main_window)

def report(painted_at):
    app = QApplication.instance()
    app.processEvents()  # memory with the window settled
    rss = next(int(line.split()[1]) for line in open('/proc/self/status')
               if line.startswith('VmRSS'))
    print(f'painted {painted_at!r} {rss}', flush=True)
    app.quit()
"""

BARE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
""" + _PAINT_HOOK + """
from PySide6.QtWidgets import QTableView
window = QMainWindow(); window.setCentralWidget(QTableView()); window.resize(1280, 800)
window.show()
app.exec()
"""

APP = """
import sys
from loyaltydesk.app import make_application, run_gui
app = make_application()
""" + _PAINT_HOOK + """
sys.exit(run_gui(sys.argv[1]))
"""


def first_paint(script: str, *args: str, env: dict[str, str]) -> tuple[float, int]:
    """Milliseconds from launch to the first painted window, and resident memory (KiB)."""
    started = time.time()
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    line = child.stdout.readline()
    child.wait(timeout=60)
    if not line.startswith("painted"):
        raise RuntimeError(f"no first paint: {line!r} {child.stderr.read()[-2000:]}")
    _, painted_at, rss = line.split()
    return (float(painted_at) - started) * 1000, int(rss)


def settings_home(tmp: Path) -> dict[str, str]:
    import os
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"),
               HOME=str(tmp))
    return env

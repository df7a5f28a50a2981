"""One window per data folder: a second launch focuses the first; a crashed run's lock is stale."""

import os
import signal
import subprocess
import sys

import shiboken6
from PySide6.QtWidgets import QMainWindow

from loyaltydesk.ui.safety.single_instance import SingleInstance

HOLDER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from loyaltydesk.ui.safety.single_instance import SingleInstance
app = QCoreApplication([])
guard = SingleInstance(Path(sys.argv[1]))
print('claimed' if guard.claim() else 'refused', flush=True)
time.sleep(60)
"""


def _launch(folder, *args: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "loyaltydesk", "--data-dir", str(folder),
                             *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_a_second_launch_brings_the_first_window_forward_and_exits(qtbot, data):
    guard = SingleInstance(data.folder)
    assert guard.claim()
    window = QMainWindow()
    qtbot.addWidget(window)
    guard.watch(window)
    window.showMinimized()
    try:
        with qtbot.waitSignal(guard.activated, timeout=20000):
            second = _launch(data.folder)
        assert second.wait(20) == 0, second.stderr.read()
        assert not window.isMinimized() and window.isVisible()
    finally:
        guard.release()
        shiboken6.delete(guard)  # before the application goes: Qt objects must not outlive it


def test_a_lock_left_by_a_crashed_run_is_recognised_as_stale(qtbot, data):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data.folder)],
                              stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert holder.stdout.readline().strip() == "claimed"
    guard = SingleInstance(data.folder)
    try:
        assert not guard.claim()  # the holder is alive
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        assert (data.folder / "loyaltydesk.lock").exists()  # left behind by the crash
        assert guard.claim()
        assert guard.server.isListening()
        with qtbot.waitSignal(guard.activated, timeout=20000):
            second = _launch(data.folder)
        assert second.wait(20) == 0
    finally:
        guard.release()
        shiboken6.delete(guard)  # before the application goes: Qt objects must not outlive it


def test_a_data_folder_whose_name_is_not_utf8_opens_in_the_window(tmp_path):
    folder = os.fsdecode(bytes(tmp_path) + b"/caf\xe9")
    made = subprocess.run([sys.executable, "-m", "loyaltydesk", "--data-dir", folder, "demo",
                           "--customers", "5"], capture_output=True, timeout=120)
    assert made.returncode == 0, made.stderr
    window = _launch(folder, "--smoke-test")
    out, err = window.communicate(timeout=120)
    assert window.returncode == 0 and "Traceback" not in err, err
    assert "opened" in out

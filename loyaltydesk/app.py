"""Builds the QApplication, opens the data folder and shows the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from loyaltydesk import APP_ID, APP_NAME, ORGANIZATION, __version__, paths


def make_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def run_gui(data_dir: str | None = None) -> int:
    """Open the main window on the data folder; returns the exit code."""
    from loyaltydesk.ui.main_window import MainWindow
    from loyaltydesk.ui.safety import startup

    app = make_application()
    folder: Path = paths.data_dir(data_dir)
    guard = startup.claim(folder)
    if guard is None:
        return 0  # the window already open on this folder was brought forward
    data = startup.open_checked(folder)
    if data is None:
        return 1
    window = MainWindow(data)
    guard.watch(window)
    startup.install_error_dialog(window)
    window.show()
    startup.after_show(window)
    code = app.exec()
    startup.before_exit(window)
    return code


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="loyaltydesk-gui")
    parser.add_argument("--data-dir")
    args, _ = parser.parse_known_args()
    return run_gui(args.data_dir)

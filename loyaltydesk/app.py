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
    from PySide6.QtWidgets import QMessageBox

    from loyaltydesk.services.session import open_data
    from loyaltydesk.store.database import DatabaseError
    from loyaltydesk.ui.main_window import MainWindow

    app = make_application()
    folder: Path = paths.data_dir(data_dir)
    try:
        data = open_data(folder)
    except DatabaseError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(data)
    window.show()
    return app.exec()


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="loyaltydesk-gui")
    parser.add_argument("--data-dir")
    args, _ = parser.parse_known_args()
    return run_gui(args.data_dir)

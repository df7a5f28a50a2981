"""Builds the QApplication, opens the data folder and shows the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from loyaltydesk import APP_ID, APP_NAME, ORGANIZATION, __version__, paths

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    from loyaltydesk.ui.icons import app_icon

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)  # the widgets' application, never a bare core one
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    from loyaltydesk import translations

    translations.install(app)
    from loyaltydesk.ui import theme

    theme.apply(theme.saved_theme())  # the look chosen in View > Theme, before any window
    return app


def run_gui(data_dir: str | None = None, *, smoke_test: bool = False) -> int:
    """Open the main window on the data folder; returns the exit code.

    `smoke_test` closes the window as soon as it is shown: an installed copy checks itself.
    """
    from PySide6.QtCore import QTimer

    from loyaltydesk.ui.main_window import MainWindow
    from loyaltydesk.ui.safety import startup

    app = make_application()
    folder: Path = paths.data_dir(data_dir)
    guard = startup.claim(folder)
    if guard is None:
        return 0  # the window already open on this folder was brought forward
    data = startup.open_checked(folder, interactive=not smoke_test)
    if data is None:
        return 1
    if not smoke_test:
        startup.note_errors_until_the_window()
    window = MainWindow(data, defer_features=True)
    guard.watch(window)
    if not smoke_test:  # nobody is there to close a message box
        startup.install_error_dialog(window)
    window.show()
    startup.after_show(window)
    if smoke_test:  # once every view and menu is in place
        window.features_installed.connect(
            lambda: QTimer.singleShot(0, lambda: _end_smoke_test(window)))
    code = app.exec()
    if window.team is not None:
        window.team.controller.sync_at_quit()
    startup.before_exit(window)
    return code


def _end_smoke_test(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    print(f"{APP_NAME} {__version__} opened {window.data.database_path}", flush=True)
    QApplication.exit(0 if window.close() else 1)


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="loyaltydesk-gui")
    parser.add_argument("--data-dir")
    parser.add_argument("--smoke-test", action="store_true")
    args, _ = parser.parse_known_args()
    return run_gui(args.data_dir, smoke_test=args.smoke_test)

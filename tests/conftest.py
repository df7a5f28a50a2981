"""Shared fixtures: each test gets its own data folder, a fixed clock, and no real user files."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from hypothesis import settings

from loyaltydesk import clock as clock_module
from loyaltydesk.clock import FixedClock
from loyaltydesk.services import events
from loyaltydesk.store import database

# In CI every run tries the same examples: a failure there is the code's, never the dice's.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")

# A Monday morning, so working-day rules are easy to reason about in tests.
MONDAY = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch) -> Path:
    """No test may write into the real user folders: every XDG folder and HOME are temporary."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                     "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        folder = home / variable.lower()
        folder.mkdir(mode=0o700)
        monkeypatch.setenv(variable, str(folder))
    data = home / "loyaltydesk-data"
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(data))
    _own_settings(home / "xdg_config_home")
    yield home
    _drop_windows()
    database.close()
    events.clear()
    _english_again()


def _drop_windows() -> None:
    """Windows a test left open go with it: their timers (reminders, syncs, the day's watch)
    must never act on the next test's data."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication
    from shiboken6 import isValid

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        if isValid(widget) and widget.parent() is None:
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session", autouse=True)
def english_catalogue():
    """Tests read British English with its plural forms ("1 day", "2 days", "€1,530.99"),
    whatever the system says."""
    from PySide6.QtWidgets import QApplication

    from loyaltydesk import translations

    QApplication.instance() or QApplication([sys.argv[0]])
    _english_again()
    yield
    translations.remove()


def _english_again() -> None:
    """Back to the suite's language and locale, whatever a test installed: no test may read
    another's French."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from loyaltydesk import translations

    app = QCoreApplication.instance()
    if app is not None:
        translations.load(app, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture
def french(qapp):
    """The app in French, with French dates and money, for one test; English again after."""
    from PySide6.QtCore import QLocale

    from loyaltydesk import translations

    translations.load(qapp, "fr")
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    _english_again()


@pytest.fixture
def clock() -> FixedClock:
    """A fixed clock (UTC) installed for the test; move it with .advance() or .set()."""
    fixed = FixedClock(MONDAY)
    previous = clock_module.set_clock(fixed)
    yield fixed
    clock_module.set_clock(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def data(data_dir: Path, clock: FixedClock):
    """An opened, migrated, seeded database in the test's own folder."""
    from loyaltydesk.services.session import close_data, open_data

    folder = open_data(data_dir)
    yield folder
    close_data()


def run_cli(*args: str, data_dir: Path | None = None, env: dict[str, str] | None = None):
    """Run the installed command as a user would, in a child process."""
    import subprocess

    command = [sys.executable, "-m", "loyaltydesk"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([*command, *args], capture_output=True, text=True, env=full_env,
                          timeout=120)


def _own_settings(folder: Path) -> None:
    """QSettings finds its folder once per process: point it at this test's own folder."""
    from PySide6.QtCore import QSettings
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))

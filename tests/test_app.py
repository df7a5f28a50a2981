"""The application's identity and its installed-copy check, as a user's desktop sees them."""

from importlib import metadata

from loyaltydesk import APP_ID
from loyaltydesk.app import make_application
from tests.conftest import run_cli


def test_the_application_says_who_it_is(qapp):
    app = make_application()
    assert app is qapp
    assert app.applicationName() == "LoyaltyDesk"
    assert app.organizationName() == "LoyaltyDesk"
    assert app.applicationVersion() == metadata.version("loyaltydesk")
    assert app.desktopFileName() == APP_ID
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes


def test_smoke_test_opens_the_window_on_a_fresh_folder_and_exits_cleanly(tmp_path):
    folder = tmp_path / "fresh"
    result = run_cli("--smoke-test", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (f"LoyaltyDesk {metadata.version('loyaltydesk')} opened "
                                     f"{folder / 'loyaltydesk.sqlite3'}")
    assert run_cli("check", data_dir=folder).returncode == 0


def test_smoke_test_fails_on_an_unusable_folder(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run_cli("--smoke-test", data_dir=blocker)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("loyaltydesk: ")
    assert "a-file" in result.stderr


def test_the_window_starts_without_loading_server_drivers(tmp_path):
    """A single user's start never pays for the team's PostgreSQL driver, even where the
    team extra is installed; a sync still finds it."""
    import subprocess
    import sys

    script = ("import sys; from loyaltydesk.app import run_gui, make_application; "
              "from loyaltydesk.ui.main_window import MainWindow; "
              "loaded = sorted(m for m in ('psycopg', 'psycopg2', 'pymysql') if m in sys.modules); "
              "import psycopg; print(loaded, psycopg.__name__)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["[]", "psycopg"]

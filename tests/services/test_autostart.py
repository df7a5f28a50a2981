import configparser
import plistlib
import shlex
from pathlib import Path

from loyaltydesk import APP_ID
from loyaltydesk.services import autostart


def _read_desktop(path: Path) -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_start_at_login_writes_a_freedesktop_autostart_entry(isolated_home):
    folder = isolated_home / "My Data"
    command = autostart.launch_command(folder)
    autostart.enable(command, platform="linux")
    path = isolated_home / "xdg_config_home" / "autostart" / f"{APP_ID}.desktop"
    assert autostart.is_enabled("linux") and path.exists()
    entry = _read_desktop(path)
    assert entry["Type"] == "Application" and entry["Icon"] == APP_ID
    assert shlex.split(entry["Exec"]) == command
    assert command[-2:] == ["--data-dir", str(folder)]


def test_switching_start_at_login_off_removes_the_entry(isolated_home):
    autostart.enable(autostart.launch_command(), platform="linux")
    autostart.disable(platform="linux")
    assert not autostart.is_enabled("linux")
    assert not (isolated_home / "xdg_config_home" / "autostart" / f"{APP_ID}.desktop").exists()
    autostart.disable(platform="linux")  # already off: nothing to do, no error


def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_says():
    entry = autostart.desktop_entry(["/opt/app/loyaltydesk", "--data-dir", "/home/a b/$x 100%"])
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line == 'Exec=/opt/app/loyaltydesk --data-dir "/home/a b/\\\\$x 100%%"'


def test_on_macos_a_launch_agent_runs_at_load(isolated_home):
    command = ["/Applications/LoyaltyDesk.app/Contents/MacOS/LoyaltyDesk"]
    autostart.enable(command, platform="darwin")
    path = isolated_home / "home" / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    with path.open("rb") as handle:
        agent = plistlib.load(handle)
    assert agent == {"Label": APP_ID, "ProgramArguments": command, "RunAtLoad": True}
    autostart.disable(platform="darwin")
    assert not path.exists()

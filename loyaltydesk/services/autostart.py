"""Starting LoyaltyDesk at login, so reminders keep coming after a restart.

Linux and other freedesktop systems: an autostart entry in $XDG_CONFIG_HOME/autostart.
macOS: a LaunchAgent property list in ~/Library/LaunchAgents, run at load.
Windows: a value under HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run.
"""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path

from loyaltydesk import APP_ID, APP_NAME

_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def launch_command(data_folder: Path | None = None) -> list[str]:
    """The command line that opens the window on this data folder, for this installation."""
    if getattr(sys, "frozen", False):  # a bundled build: the executable is the app
        command = [sys.executable]
    else:
        script = Path(sys.executable).with_name("loyaltydesk")
        command = [str(script)] if script.exists() else [sys.executable, "-m", "loyaltydesk"]
    if data_folder is not None:
        command += ["--data-dir", str(data_folder)]
    return command


def _desktop_quote(argument: str) -> str:
    """Quote one argument of a desktop entry's Exec key (freedesktop Desktop Entry spec)."""
    if argument and not _RESERVED & set(argument):
        return argument.replace("%", "%%")
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_entry(command: list[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "Comment=Reminders for due follow-ups",
        # Backslashes are escaped twice: once for the quoting, once as a string value.
        "Exec=" + " ".join(_desktop_quote(a) for a in command).replace("\\", "\\\\"),
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def _config_home() -> Path:
    configured = os.environ.get("XDG_CONFIG_HOME")
    return Path(configured) if configured else Path.home() / ".config"


def autostart_path(platform: str = sys.platform) -> Path | None:
    """Where the login entry lives on this platform (None on Windows: it is a registry value)."""
    if platform == "win32":
        return None
    if platform == "darwin":
        return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    return _config_home() / "autostart" / f"{APP_ID}.desktop"


def is_enabled(platform: str = sys.platform) -> bool:
    path = autostart_path(platform)
    if path is None:
        return _windows_value() is not None
    return path.exists()


def enable(command: list[str], platform: str = sys.platform) -> None:
    path = autostart_path(platform)
    if path is None:
        _set_windows_value(command)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if platform == "darwin":
        content = plistlib.dumps({"Label": APP_ID, "ProgramArguments": command,
                                  "RunAtLoad": True})
    else:
        content = desktop_entry(command).encode()
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(content)
    temporary.replace(path)


def disable(platform: str = sys.platform) -> None:
    path = autostart_path(platform)
    if path is None:
        _set_windows_value(None)
    elif path.exists():
        path.unlink()


def _windows_value() -> str | None:  # pragma: no cover - runs on Windows only
    if sys.platform != "win32":  # the registry's module exists there only
        raise OSError("The Windows registry exists only on Windows")
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
            return winreg.QueryValueEx(key, APP_NAME)[0]
    except OSError:
        return None


def _set_windows_value(command: list[str] | None) -> None:  # pragma: no cover - Windows only
    if sys.platform != "win32":  # the registry's module exists there only
        raise OSError("The Windows registry exists only on Windows")
    import subprocess
    import winreg

    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
        if command is None:
            try:
                winreg.DeleteValue(key, APP_NAME)
            except FileNotFoundError:
                pass
        else:
            winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, subprocess.list2cmdline(command))

"""No network: the application opens no connection, checked in its code and while it runs."""

from __future__ import annotations

import ast
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from loyaltydesk.cli import main as cli_main

PACKAGE = Path(__file__).resolve().parents[1] / "loyaltydesk"
NETWORK_MODULES = {"socket", "ssl", "http", "urllib.request", "urllib3", "requests", "httpx",
                   "ftplib", "smtplib", "aiohttp", "websocket"}
LOCAL_ONLY = {"QLocalServer", "QLocalSocket"}  # Unix sockets / named pipes between our windows

# An audit hook sees every socket Python opens, even one whose failure would be swallowed.
_WATCH = """
import socket, sys
attempts = []
def _watch(event, args):
    if event in ("socket.connect", "socket.sendto", "socket.bind"):
        family = getattr(args[0], "family", None)
        if family in (socket.AF_INET, socket.AF_INET6):
            attempts.append((event, args[1]))
            raise ConnectionRefusedError("no network for LoyaltyDesk")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname"):
        attempts.append((event, args[0]))
        raise ConnectionRefusedError("no network for LoyaltyDesk")
sys.addaudithook(_watch)
"""


def _imports(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module, [a.name for a in node.names]


def test_no_module_imports_a_network_library():
    found = []
    for path in PACKAGE.rglob("*.py"):
        for module, names in _imports(ast.parse(path.read_text("utf-8"))):
            if module in NETWORK_MODULES or module.split(".")[0] in NETWORK_MODULES - {"urllib"}:
                found.append(f"{path.name}: {module}")
            if module == "PySide6.QtNetwork" and set(names) - LOCAL_ONLY:
                found.append(f"{path.name}: {module} {names}")
            if module == "PySide6" and "QtNetwork" in names:
                found.append(f"{path.name}: PySide6.QtNetwork")
    assert found == []


@pytest.fixture
def refused_sockets(monkeypatch):
    """Every Internet socket refuses to connect, and each attempt is recorded."""
    attempts = []
    real_connect = socket.socket.connect

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise ConnectionRefusedError("no network for LoyaltyDesk")
        return real_connect(self, address)

    def lookup(host, *args, **kwargs):
        attempts.append(host)
        raise socket.gaierror("no network for LoyaltyDesk")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    monkeypatch.setattr(socket, "create_connection",
                        lambda address, *a, **k: attempts.append(address) or connect(
                            socket.socket(), address))
    return attempts


def test_the_command_line_flows_run_with_sockets_refused(refused_sockets, tmp_path, capsys):
    folder = str(tmp_path / "d")
    for argv in (["demo", "--customers", "60"], ["due"], ["due", "--losing-touch"], ["check"],
                 ["backup"], ["backup", "--list"], ["backup", "-o", str(tmp_path / "b.db")],
                 ["restore", str(tmp_path / "b.db")]):
        assert cli_main(["--data-dir", folder, *argv]) == 0, capsys.readouterr().err
    assert refused_sockets == []


def test_the_whole_app_starts_works_and_quits_with_no_connection(tmp_path):
    """A real launch in a child process: start-up, checks, backups, every view, quit."""
    folder = tmp_path / "d"
    script = _WATCH + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from loyaltydesk.app import make_application, run_gui
from loyaltydesk.services.demo import build_demo
from loyaltydesk.services.session import close_data, open_data
from pathlib import Path
open_data(Path(sys.argv[1])); build_demo(80, 1); close_data()
app = make_application()
def tour():
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "MainWindow")
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        app.processEvents()
    window.safety_actions.back_up_now()
    window.jobs.finish()
    QTimer.singleShot(1500, window.close)
QTimer.singleShot(500, tour)
code = run_gui(sys.argv[1])
print("attempts", attempts, flush=True)
sys.exit(code)
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "attempts []" in done.stdout, done.stdout
    kinds = sorted(p.name.split("-")[0] for p in (folder / "backups").iterdir())
    # The menu's backup; the automatic one waits for a quiet minute, and quitting takes none.
    assert kinds == ["manual"]

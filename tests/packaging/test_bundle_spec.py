"""What the PyInstaller spec relies on: the Qt modules it leaves out, the modules it must take."""

import subprocess
import sys

from loyaltydesk.cli import COMMAND_MODULES
from tests.packaging.conftest import PACKAGING

IMPORT_EVERYTHING = """
import importlib, pkgutil, sys
import loyaltydesk
for module in pkgutil.walk_packages(loyaltydesk.__path__, "loyaltydesk."):
    if not module.name.endswith("__main__"):  # that one starts the application
        importlib.import_module(module.name)
print("\\n".join(sorted(name for name in sys.modules if name.startswith("PySide6."))))
"""


def excluded_qt_modules() -> set[str]:
    lines = (PACKAGING / "qt-excluded.txt").read_text("utf-8").splitlines()
    return {f"PySide6.{line.strip()}" for line in lines if line.strip() and line[0] != "#"}


def test_no_module_of_the_application_needs_a_qt_module_the_bundle_leaves_out(tmp_path):
    result = subprocess.run([sys.executable, "-c", IMPORT_EVERYTHING], capture_output=True,
                            text=True, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    used = set(result.stdout.split())
    assert "PySide6.QtWidgets" in used  # the whole user interface was imported
    assert not used & excluded_qt_modules(), "take these off packaging/qt-excluded.txt"


def test_the_bundle_keeps_the_qt_modules_the_app_is_built_on():
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
                "PySide6.QtSvg"} & excluded_qt_modules()


def test_modules_loaded_by_name_live_in_the_package_the_spec_collects():
    named = list(COMMAND_MODULES)
    assert all(name.startswith("loyaltydesk.") for name in named), named
    spec = (PACKAGING / "loyaltydesk.spec").read_text("utf-8")
    assert 'collect_submodules("loyaltydesk")' in spec

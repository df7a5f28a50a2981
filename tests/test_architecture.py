"""The layering rules of STYLE.md, enforced: storage -> domain -> services -> UI."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    result = subprocess.run([sys.executable, "-m", "importlinter.cli", "--config",
                             str(ROOT / "pyproject.toml")], capture_output=True, text=True,
                            cwd=ROOT)
    if result.returncode != 0 and "No module named" in result.stderr:
        result = subprocess.run([str(Path(sys.executable).with_name("lint-imports"))],
                                capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_domain_store_and_services_import_without_qt():
    code = ("import sys; sys.modules['PySide6'] = None; "
            "import loyaltydesk.services.purchases, loyaltydesk.services.demo, "
            "loyaltydesk.services.customer_list, loyaltydesk.cli; print('ok')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr

"""The layering rules of STYLE.md, enforced: storage -> domain -> services -> UI."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    # lint_imports itself: `python -m importlinter.cli` has no entry point and checks nothing.
    code = ("import sys; from importlinter.cli import lint_imports; "
            f"sys.exit(lint_imports(config_filename={str(ROOT / 'pyproject.toml')!r}, "
            "no_cache=True, no_logo=True))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout, result.stdout


def test_domain_store_and_services_import_without_qt():
    code = ("import sys; sys.modules['PySide6'] = None; "
            "import loyaltydesk.services.purchases, loyaltydesk.services.demo, "
            "loyaltydesk.services.customer_list, loyaltydesk.cli; print('ok')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr

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


def test_the_package_has_no_import_cycles():
    """Each module sits above the ones it imports (imports for type checkers aside)."""
    import grimp

    graph = grimp.build_graph("loyaltydesk", exclude_type_checking_imports=True)
    cycles = [(m, other) for m in sorted(graph.modules)
              for other in graph.find_modules_directly_imported_by(m)
              if graph.chain_exists(importer=other, imported=m)]
    assert cycles == []

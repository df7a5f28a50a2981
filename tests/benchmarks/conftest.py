"""Benchmark fixtures: the 100,000-customer demo database, built once and reused."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmarks import budgets, scaling

CUSTOMERS = 100_000
DEFAULT_FOLDER = Path(os.environ.get("LOYALTYDESK_BENCH_DIR", "/tmp/loyaltydesk-bench-100k"))


def _has_demo(folder: Path) -> bool:
    path = folder / "loyaltydesk.sqlite3"
    if not path.exists():
        return False
    with sqlite3.connect(path) as raw:
        try:
            return raw.execute("SELECT count(*) FROM customer").fetchone()[0] == CUSTOMERS
        except sqlite3.DatabaseError:
            return False


@pytest.fixture(scope="session", autouse=True)
def compiled_package() -> None:
    """Byte-compile the package as an installed copy has it (pip compiles on install), so
    start-up is measured without compiling our sources, whatever PYTHONDONTWRITEBYTECODE says."""
    import compileall

    import loyaltydesk
    compileall.compile_dir(Path(loyaltydesk.__file__).parent, quiet=1)


@pytest.fixture(scope="session")
def demo_folder() -> Path:
    """The 100k demo (1M interactions and follow-ups): reused when it is already there."""
    folder = DEFAULT_FOLDER
    if not _has_demo(folder):
        import shutil
        shutil.rmtree(folder, ignore_errors=True)
        result = subprocess.run([sys.executable, "-m", "loyaltydesk", "--data-dir", str(folder),
                                 "demo", "--customers", str(CUSTOMERS), "--seed", "1"],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture
def demo(demo_folder, monkeypatch):
    """The demo database opened by this process (read and written by the benchmark)."""
    from loyaltydesk.services.session import close_data, open_data
    data = open_data(demo_folder)
    yield data
    close_data()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if scaling.RESULTS:
        terminalreporter.section("LoyaltyDesk at 10k, 100k and 1M customers")
        terminalreporter.write_line(scaling.table())
    if not budgets.RESULTS:
        return
    terminalreporter.section("LoyaltyDesk performance budgets")
    terminalreporter.write_line(f"Machine: {budgets.machine()}")
    terminalreporter.write_line(budgets.table())
    out = Path(os.environ.get("LOYALTYDESK_BENCH_JSON", "benchmark-budgets.json"))
    budgets.write_json(out)
    terminalreporter.write_line(f"Written to {out}")

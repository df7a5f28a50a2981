"""The type checker reads the whole package and finds nothing to say."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_mypy_finds_no_error_in_the_package(tmp_path):
    # The configuration (which packages, how strict, which libraries lack types) is the one in
    # pyproject.toml; the cache goes to a folder of this test's own, so every run starts cold.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
         "--cache-dir", str(tmp_path / "mypy-cache"), "--no-color-output"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    checked = re.search(r"Success: no issues found in (\d+) source files", report)
    assert checked, report
    # Every module of the package was read, not a stray file or an empty list.
    modules = sum(1 for _ in (ROOT / "loyaltydesk").rglob("*.py"))
    assert int(checked.group(1)) >= modules, report

"""Helpers for the packaging checks: where things are, and tools a check cannot do without."""

from __future__ import annotations

import importlib.util
import os
import shutil
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def require_tool(name: str) -> str:
    """The tool's path; CI installs every tool these checks use, so there a missing one fails."""
    found = shutil.which(name)
    if found is None:
        message = f"{name} is not installed (Debian: see .ci/run for the package)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def require_module(name: str) -> None:
    if importlib.util.find_spec(name) is None:
        message = f"Python module {name} is missing: pip install -e '.[test]' again"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)

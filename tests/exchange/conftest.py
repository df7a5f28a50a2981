"""Fixtures for file formats: the third-party sample files, a database snapshot, customers."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_CANDIDATES = [os.environ.get("LOYALTYDESK_SAMPLES", ""), ROOT.parent / "shared" / "samples",
               ROOT.parent.parent / "shared" / "samples"]


def samples_folder() -> Path | None:
    for candidate in _CANDIDATES:
        if candidate and (Path(candidate) / "vcard").is_dir():
            return Path(candidate)
    return None


@pytest.fixture
def samples() -> Path:
    """Files other programs wrote, kept outside the project (they are not ours to ship)."""
    folder = samples_folder()
    if folder is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):  # CI must run them
            pytest.fail("the third-party sample files are not beside this checkout "
                        "(set LOYALTYDESK_SAMPLES)")
        pytest.skip("the third-party sample files are not beside this checkout")
    return folder


def snapshot(database: Path) -> dict[str, list[tuple]]:
    """Every row of every table, to prove a failed import changed nothing."""
    with sqlite3.connect(database) as raw:
        tables = [r[0] for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'customer_fts_%'")]
        return {t: sorted(map(repr, raw.execute(f'SELECT * FROM "{t}"'))) for t in tables}

"""Odd files offered as backups: refused with a clear error or restored whole, never a crash."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import backups, customers
from loyaltydesk.services.backups import BackupError
from loyaltydesk.services.restore import restore
from loyaltydesk.store import database

FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def good(data, tmp_path_factory):
    for name in ("Ann", "Bob", "Chloé"):
        customers.create_customer(ContactDetails(name=name, city="Lyon"))
    target = tmp_path_factory.mktemp("good") / "good.sqlite3"
    return backups.take_backup(data.folder, target=target).path.read_bytes()


def _names(data) -> list[str]:
    return [r[0] for r in data.database.execute_sql("SELECT name FROM customer ORDER BY name")]


def _offer(data, tmp_path, content: bytes) -> bool:
    candidate = tmp_path / "candidate.sqlite3"
    candidate.write_bytes(content)
    before = _names(data)
    try:
        restored = restore(data.folder, candidate).data
    except BackupError:
        assert _names(data) == before  # refused: nothing changed
        return False
    finally:
        candidate.unlink()
    with sqlite3.connect(restored.database_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return True


@FUZZ
@given(content=st.binary(max_size=20000))
def test_random_bytes_are_refused(data, tmp_path, good, content):
    assert not _offer(data, tmp_path, content)


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1,
                      max_size=8),
       cut=st.none() | st.integers(0, 10**7))
def test_a_damaged_backup_is_refused_or_restores_a_sound_database(data, tmp_path, good, flips,
                                                                  cut):
    content = bytearray(good)
    for offset, value in flips:
        content[offset % len(content)] = value
    if cut is not None:
        content = content[: cut % len(content)]
    event("restored" if _offer(data, tmp_path, bytes(content)) else "refused")
    database.close()

"""A data file that is empty, not SQLite or damaged: never taken as a book, never written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import run_cli


def _one_line(result) -> str:
    assert result.returncode == 1, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


@pytest.fixture
def book(tmp_path) -> Path:
    folder = tmp_path / "book"
    assert run_cli("demo", "--customers", "200", data_dir=folder).returncode == 0
    return folder


def _contacts(tmp_path: Path) -> Path:
    path = tmp_path / "new.csv"
    path.write_text("Name,Email\nNew One,new@example.com\n", encoding="utf-8")
    return path


def flip_a_page(path: Path) -> None:
    """Scramble the header of a page of customers in the middle of the file, as a bad sector
    would: the file still opens, reading those customers fails."""
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        leaves = [r[0] for r in raw.execute(
            "SELECT pageno FROM dbstat WHERE name = 'customer' AND pagetype = 'leaf'")]
        size = raw.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (leaves[len(leaves) // 2] - 1) * size
    data[start:start + 8] = bytes(b ^ 0x5A for b in data[start:start + 8])
    path.write_bytes(bytes(data))
    with sqlite3.connect(path) as raw, pytest.raises(sqlite3.DatabaseError):
        raw.execute("PRAGMA quick_check").fetchall()


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 a zip, not a book" * 10])
def test_an_empty_or_foreign_data_file_is_never_taken_as_an_empty_book(book, tmp_path,
                                                                       content):
    live = book / "loyaltydesk.sqlite3"
    for extra in ("-wal", "-shm"):
        (book / f"loyaltydesk.sqlite3{extra}").unlink(missing_ok=True)
    live.write_bytes(content)
    reason = "empty" if not content else "not an SQLite database"
    assert reason in _one_line(run_cli("check", data_dir=book))
    assert reason in _one_line(run_cli("due", data_dir=book))
    assert reason in _one_line(run_cli("import", str(_contacts(tmp_path)), data_dir=book))
    assert reason in _one_line(run_cli("demo", "--customers", "3", data_dir=book))
    assert "restore" in _one_line(run_cli("backup", data_dir=book))
    assert live.read_bytes() == content
    assert not (book / "backups").exists() or not list((book / "backups").iterdir())


def test_a_damaged_book_fails_check_and_refuses_writes(book, tmp_path):
    live = book / "loyaltydesk.sqlite3"
    flip_a_page(live)
    before = live.read_bytes()
    failed = run_cli("check", data_dir=book)
    assert failed.returncode == 1 and "integrity" in failed.stderr
    refused = _one_line(run_cli("import", str(_contacts(tmp_path)), data_dir=book))
    assert "quick integrity check" in refused and "check" in refused and "restore" in refused
    assert "quick integrity check" in _one_line(run_cli("demo", "--customers", "2",
                                                        data_dir=book))
    run_cli("due", data_dir=book)  # a reader may fail to read, but never writes
    assert live.read_bytes() == before
    assert not (book / "loyaltydesk.sqlite3-wal").exists() or \
        (book / "loyaltydesk.sqlite3-wal").stat().st_size == 0


def test_readers_of_a_damaged_book_point_to_check_and_restore(book, tmp_path):
    flip_a_page(book / "loyaltydesk.sqlite3")
    out = tmp_path / "all.csv"
    failed = _one_line(run_cli("export", "--format", "csv", "-o", str(out), data_dir=book))
    assert "damaged" in failed and "nothing was changed" in failed and not out.exists()
    for args in (("due",), ("report",)):
        result = run_cli(*args, data_dir=book)
        if result.returncode:  # whether it meets the damaged page depends on what it reads
            failed += _one_line(result)
    assert "'loyaltydesk check'" in failed and "'loyaltydesk restore'" in failed
    assert "File menu" not in failed and "change was not saved" not in failed


def test_a_new_folder_still_becomes_a_new_book(tmp_path):
    folder = tmp_path / "fresh"
    assert run_cli("import", str(_contacts(tmp_path)), data_dir=folder).returncode == 0
    assert run_cli("check", data_dir=folder).returncode == 0
    assert not list(folder.glob(".*creating*"))

"""A read-only data folder: customers can still be read and copied; writes fail with one line."""

import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import run_cli
from tests.read_only import read_only


def _read_only_runner(folder: Path):
    def run(*args: str):
        command = [sys.executable, "-m", "loyaltydesk", "--data-dir", str(folder), *args]
        return subprocess.run(read_only(folder, command), capture_output=True, text=True,
                              timeout=120)
    return run


def _one_line(result) -> str:
    assert result.returncode == 1, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def test_a_read_only_folder_still_reads_and_copies_and_refuses_writes_clearly(tmp_path):
    folder = tmp_path / "d"
    assert run_cli("demo", "--customers", "30", data_dir=folder).returncode == 0
    before = (folder / "loyaltydesk.sqlite3").read_bytes()
    run = _read_only_runner(folder)
    assert run("check").returncode == 0
    due = run("due")
    assert due.returncode == 0 and due.stdout.strip()
    copy = tmp_path / "copy.sqlite3"
    assert run("backup", "-o", str(copy)).returncode == 0
    with sqlite3.connect(copy) as raw:
        assert raw.execute("SELECT count(*) FROM customer").fetchone()[0] == 30
    assert "Read-only" in _one_line(run("backup"))
    assert (folder / "loyaltydesk.sqlite3").read_bytes() == before


def test_a_write_into_a_read_only_folder_says_so_in_one_line(tmp_path, clock):
    from loyaltydesk.services.session import close_data, open_data

    folder = tmp_path / "empty"
    open_data(folder)  # made and migrated, but with no customers: the demo will try to write
    close_data()
    before = (folder / "loyaltydesk.sqlite3").read_bytes()
    error = _one_line(_read_only_runner(folder)("demo", "--customers", "5"))
    assert "read-only" in error and "not saved" in error
    assert (folder / "loyaltydesk.sqlite3").read_bytes() == before

"""Two programs on one data folder: one writer at a time, readers never wait, nothing lost."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from loyaltydesk.store import cipher
from tests.conftest import run_cli
from tests.overlaps.conftest import contacts_csv


def _names(folder: Path) -> set[str]:
    with sqlite3.connect(folder / "loyaltydesk.sqlite3") as raw:
        return {r[0] for r in raw.execute("SELECT name FROM customer")}


def _one_line(result) -> str:
    assert result.returncode == 1, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def _imported(count: int) -> set[str]:
    return {f"Imported {n}" for n in range(count)}


def test_a_restore_during_an_import_is_refused_and_the_import_keeps_every_customer(
        book, paused_import, tmp_path):
    copy = tmp_path / "before.sqlite3"
    assert run_cli("backup", "-o", str(copy), data_dir=book).returncode == 0
    job = paused_import(120)
    refused = _one_line(run_cli("restore", str(copy), data_dir=book))
    assert "(import)" in refused and "nothing was changed" in refused
    code, out = job.finish()
    assert code == 0, out
    assert _imported(120) <= _names(book)
    assert not [p for p in (book / "backups").glob("before-restore-*")], \
        "a refused restore takes no copy"


@pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")
def test_an_encrypt_or_decrypt_during_an_import_is_refused(book, paused_import):
    job = paused_import(80)
    for command in ("encrypt", "decrypt"):
        refused = _one_line(run_cli(command, data_dir=book,
                                    env={"LOYALTYDESK_PASSPHRASE": "secret words"}))
        assert "(import)" in refused
    assert job.finish()[0] == 0
    assert not cipher.is_encrypted(book / "loyaltydesk.sqlite3")
    assert _imported(80) <= _names(book)


def test_a_second_writer_is_refused_in_one_line_while_an_import_runs(book, paused_import,
                                                                      tmp_path):
    job = paused_import(60)
    other = contacts_csv(tmp_path / "other.csv", 5, prefix="Other")
    assert "(import)" in _one_line(run_cli("import", str(other), data_dir=book))
    assert "(import)" in _one_line(run_cli("demo", "--customers", "5", data_dir=book))
    assert "(import)" in _one_line(run_cli("backup", data_dir=book))
    assert job.finish()[0] == 0
    assert run_cli("import", str(other), data_dir=book).returncode == 0
    assert _imported(60) | {f"Other {n}" for n in range(5)} <= _names(book)


def test_readers_answer_at_once_behind_a_long_write(book, paused_import, tmp_path):
    job = paused_import(90)
    for args in (("check",), ("due",), ("report", "--json"),
                 ("export", "--format", "csv", "-o", str(tmp_path / "out.csv"))):
        result = run_cli(*args, data_dir=book)
        assert result.returncode == 0, (args, result.stderr)
        assert "busy" not in result.stderr and "damaged" not in result.stderr
    assert job.finish()[0] == 0


def _fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    for name in ("loyaltydesk.sqlite3", "loyaltydesk.sqlite3-wal"):
        path = folder / name
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()


def test_reading_writes_nothing(book, tmp_path):
    assert run_cli("due", data_dir=book).returncode == 0  # settle after the demo
    before = _fingerprint(book)
    for args in (("check",), ("due",), ("report",),
                 ("export", "--format", "vcard", "-o", str(tmp_path / "out.vcf"))):
        assert run_cli(*args, data_dir=book).returncode == 0, args
    assert _fingerprint(book) == before


def test_a_writer_is_refused_while_the_window_holds_the_folder(book, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom pathlib import Path\n"
         "from loyaltydesk.services.folder_lock import FolderLock\n"
         "lock = FolderLock(Path(sys.argv[1])); assert lock.acquire(); print('held', flush=True)"
         "\nsys.stdin.readline()", str(book)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        other = contacts_csv(tmp_path / "other.csv", 3, prefix="Other")
        assert "open on this data folder" in _one_line(run_cli("import", str(other),
                                                               data_dir=book))
        assert run_cli("due", data_dir=book).returncode == 0
    finally:
        holder.communicate("\n", timeout=30)
    assert not {"Other 0", "Other 1", "Other 2"} & _names(book)

"""A disk with no free byte: reading still works, a write fails in one line and changes nothing."""

from __future__ import annotations

import hashlib
import resource
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import run_cli


def _no_free_byte() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


def _run_full(folder: Path, *args: str):
    return subprocess.run([sys.executable, "-m", "loyaltydesk", "--data-dir", str(folder),
                           *args], capture_output=True, text=True, preexec_fn=_no_free_byte,
                          timeout=120)


def _fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    for name in ("loyaltydesk.sqlite3", "loyaltydesk.sqlite3-wal"):
        path = folder / name
        digest.update(path.read_bytes() if path.exists() else b"")  # empty WAL: no WAL
    return digest.hexdigest()


def test_reads_work_and_writes_fail_in_one_line_on_a_full_disk(tmp_path):
    folder = tmp_path / "d"
    assert run_cli("demo", "--customers", "50", data_dir=folder).returncode == 0
    assert run_cli("due", data_dir=folder).returncode == 0
    before = _fingerprint(folder)
    for args in (("check",), ("due",), ("report", "--json")):
        result = _run_full(folder, *args)
        assert result.returncode == 0, (args, result.stderr)
    contacts = tmp_path / "c.csv"
    contacts.write_text("Name,Email\n" + "".join(f"P{n},p{n}@example.com\n" for n in range(400)),
                        encoding="utf-8")
    for args in (("import", str(contacts)), ("demo", "--customers", "5"), ("backup",)):
        result = _run_full(folder, *args)
        assert result.returncode == 1, (args, result.stdout)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert _fingerprint(folder) == before
    assert run_cli("check", data_dir=folder).returncode == 0

"""Encrypt and decrypt are all or nothing: killed at any step, on a full disk, or refused."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import backups, customers, encryption, leftovers
from loyaltydesk.services.folder_lock import FolderLock
from loyaltydesk.services.session import close_data, open_data
from loyaltydesk.store import cipher, database
from loyaltydesk.store.database import DatabaseError
from tests.conftest import run_cli
from tests.overlaps.conversion_writer import SECRET

pytestmark = pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")
ROOT = Path(__file__).resolve().parents[2]
# SQLCipher derives each key slowly on purpose: every step is covered once, not hundreds of times.
KILLS = int(os.environ.get("LOYALTYDESK_CONVERSION_KILLS", "8"))


@pytest.fixture
def folder(data, clock):
    for n in range(40):
        customers.create_customer(ContactDetails(name=f"Person {n}", email=f"p{n}@example.com"))
    backups.take_backup(data.folder)
    close_data()
    return data.folder


def _files(folder: Path) -> list[Path]:
    backups_folder = folder / "backups"  # a compressed backup counts as plain
    return [folder / "loyaltydesk.sqlite3", *sorted([*backups_folder.glob("*.sqlite3"),
                                                     *backups_folder.glob("*.sqlite3.zst")])]


def _state(folder: Path) -> str:
    """'encrypted' or 'plain' when every file agrees; fails when they are mixed."""
    kinds = {cipher.is_encrypted(p) for p in _files(folder)}
    assert len(kinds) == 1, {p.name: cipher.is_encrypted(p) for p in _files(folder)}
    return "encrypted" if kinds.pop() else "plain"


def _temporaries(folder: Path) -> list[str]:
    return [p.name for p in [*folder.iterdir(), *(folder / "backups").iterdir()]
            if p.name.startswith(".") and not p.name.endswith(".lock")]


def _count(folder: Path, key: str | None) -> int:
    connection = cipher.raw_connect(folder / "loyaltydesk.sqlite3", key, readonly=True)
    try:
        return connection.execute("SELECT count(*) FROM customer").fetchone()[0]
    finally:
        connection.close()


class Converter:
    def __init__(self, folder: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.overlaps.conversion_writer", str(folder)], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def run_and_kill(self, what: str, after: int) -> list[str]:
        """Start a conversion; SIGKILL it once it has reported `after` steps done (it waits,
        stopped, for the kill there)."""
        self.process.stdin.write(f"{what} {after}\n")
        self.process.stdin.flush()
        pid = int(self.process.stdout.readline().split()[1])
        steps: list[str] = []
        while len(steps) < after:
            line = self.process.stdout.readline().strip()
            if line.startswith("dead"):
                return steps + [line]
            steps.append(line)
        os.kill(pid, signal.SIGKILL)
        while not (line := self.process.stdout.readline().strip()).startswith("dead"):
            steps.append(line)
        return steps + [line]

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.mark.slow
def test_a_conversion_killed_after_any_step_leaves_every_file_before_or_after(folder):
    rng = random.Random(20261201)
    order = list(range(KILLS))  # kill after 0, 1, ... reported steps (6 in all), then at random
    converter = Converter(folder)
    kinds_seen = set()
    try:
        for _ in range(KILLS):
            state = _state(folder)
            what = "decrypt" if state == "encrypted" else "encrypt"
            after_steps = order.pop(0) if order[0] <= 6 else rng.randint(0, 6)
            steps = converter.run_and_kill(what, after_steps)
            committed = "committed" in steps
            leftovers.tidy(folder)  # what the next start does first
            after = _state(folder)
            kinds_seen.add((what, committed, after))
            if committed:
                assert after != state, steps
            assert _temporaries(folder) == [], steps
            assert _count(folder, SECRET if after == "encrypted" else None) == 40
    finally:
        converter.close()
    assert {k[1] for k in kinds_seen} == {True, False}, "kills land before and after commit"


def test_copies_left_by_a_conversion_stopped_before_its_commit_are_removed(folder):
    for path in _files(folder):  # a half-done run (a compressed backup's copy: half written)
        if path.name.endswith(".zst"):
            leftovers.converting(path).write_bytes(path.read_bytes()[:1000])
        else:
            cipher.export(path, None, leftovers.converting(path), SECRET)
    assert _temporaries(folder)
    open_data(folder)
    close_data()
    assert _temporaries(folder) == [] and _state(folder) == "plain"


def test_a_plain_copy_left_by_a_stopped_decrypt_is_removed_by_the_next_reader(folder):
    live = folder / "loyaltydesk.sqlite3"
    plain = live.read_bytes()
    encryption.encrypt(folder, SECRET)
    database.close()
    leftovers.converting(live).write_bytes(plain)  # emails in clear beside an encrypted book
    secret = {"LOYALTYDESK_PASSPHRASE": SECRET}
    other = FolderLock(folder, "import")
    assert other.acquire()  # a writer at work: its files are not a reader's to touch
    try:
        assert run_cli("check", data_dir=folder, env=secret).returncode == 0
        assert _temporaries(folder) == [".loyaltydesk.sqlite3.converting"]
    finally:
        other.release()
    result = run_cli("due", data_dir=folder, env=secret)
    assert result.returncode == 0, result.stderr
    assert _temporaries(folder) == [] and _state(folder) == "encrypted"
    assert _count(folder, SECRET) == 40


def _limit_file_size(limit: int):
    def apply() -> None:
        import resource
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_on_a_full_disk_encrypt_changes_nothing_and_says_so_truly(folder):
    size = (folder / "loyaltydesk.sqlite3").stat().st_size
    before = {p: p.read_bytes() for p in _files(folder)}
    result = subprocess.run(
        [sys.executable, "-m", "loyaltydesk", "--data-dir", str(folder), "encrypt"],
        capture_output=True, text=True, env={**os.environ, "LOYALTYDESK_PASSPHRASE": SECRET},
        preexec_fn=_limit_file_size(size // 2), timeout=120)
    assert result.returncode == 1 and "nothing was changed" in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert {p: p.read_bytes() for p in _files(folder)} == before
    assert _temporaries(folder) == []
    again = subprocess.run(
        [sys.executable, "-m", "loyaltydesk", "--data-dir", str(folder), "encrypt"],
        capture_output=True, text=True, env={**os.environ, "LOYALTYDESK_PASSPHRASE": SECRET},
        timeout=120)
    assert again.returncode == 0, again.stderr
    assert _state(folder) == "encrypted" and _count(folder, SECRET) == 40


def test_a_wrong_passphrase_on_decrypt_changes_nothing(folder):
    encryption.encrypt(folder, SECRET)
    before = {p: p.read_bytes() for p in _files(folder)}
    with pytest.raises(DatabaseError):
        encryption.decrypt(folder, "not it")
    database.close()
    assert {p: p.read_bytes() for p in _files(folder)} == before

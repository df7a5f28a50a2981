"""backup, restore, encrypt and decrypt as a user or a script runs them."""

import os
import resource
import signal
import sqlite3
import subprocess
import sys

import pytest

from loyaltydesk.store import cipher
from tests.backup_files import plain_copy
from tests.conftest import run_cli


def _count(path) -> int:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT count(*) FROM customer").fetchone()[0]


@pytest.fixture
def demo(tmp_path):
    folder = tmp_path / "d"
    assert run_cli("demo", "--customers", "40", data_dir=folder).returncode == 0
    return folder


def _one_line_error(result) -> str:
    assert result.returncode == 1, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def test_backup_list_and_restore_round_trip(demo, tmp_path):
    made = run_cli("backup", data_dir=demo)
    assert made.returncode == 0 and "checked" in made.stdout
    [packed] = (demo / "backups").iterdir()
    assert packed.name.endswith(".sqlite3.zst") and _count(plain_copy(packed)) == 40
    out = tmp_path / "copy.sqlite3"
    assert run_cli("backup", "-o", str(out), data_dir=demo).returncode == 0
    assert _count(out) == 40
    listed = run_cli("backup", "--list", data_dir=demo).stdout.splitlines()
    assert len(listed) == 1 and listed[0].split("\t")[1] == "manual"
    with sqlite3.connect(demo / "loyaltydesk.sqlite3") as raw:
        raw.execute("DELETE FROM customer WHERE id > 10")
    restored = run_cli("restore", str(out), data_dir=demo)
    assert restored.returncode == 0 and "before-restore" in restored.stdout
    assert _count(demo / "loyaltydesk.sqlite3") == 40
    assert run_cli("check", data_dir=demo).returncode == 0
    kinds = [line.split("\t")[1] for line in run_cli("backup", "--list", data_dir=demo)
             .stdout.splitlines()]
    assert sorted(kinds) == ["before-restore", "manual"]


def test_mistakes_give_one_line_and_change_nothing(demo, tmp_path):
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x00not sqlite" * 1000)
    before = (demo / "loyaltydesk.sqlite3").read_bytes()
    assert "does not exist" in _one_line_error(run_cli("restore", str(tmp_path / "nope"),
                                                       data_dir=demo))
    assert "not a database" in _one_line_error(run_cli("restore", str(garbage), data_dir=demo))
    assert "folder" in _one_line_error(run_cli("backup", "-o", str(tmp_path), data_dir=demo))
    _one_line_error(run_cli("backup", data_dir=tmp_path / "empty"))
    assert (demo / "loyaltydesk.sqlite3").read_bytes() == before
    assert not (demo / "backups").exists()


def test_a_damaged_compressed_backup_is_refused_in_one_line(demo, tmp_path):
    assert run_cli("backup", "-o", str(tmp_path / "b.sqlite3.zst"), data_dir=demo).returncode == 0
    whole = (tmp_path / "b.sqlite3.zst").read_bytes()
    flipped = bytearray(whole)
    flipped[len(whole) // 2] ^= 0x01
    (tmp_path / "flipped.sqlite3.zst").write_bytes(bytes(flipped))
    (tmp_path / "cut.sqlite3.zst").write_bytes(whole[:len(whole) // 3])
    before = (demo / "loyaltydesk.sqlite3").read_bytes()
    for name in ("flipped.sqlite3.zst", "cut.sqlite3.zst"):
        said = _one_line_error(run_cli("restore", str(tmp_path / name), data_dir=demo))
        assert said.startswith(f"loyaltydesk: Not restored: {name} is damaged"), said
        assert (demo / "loyaltydesk.sqlite3").read_bytes() == before
        assert not [p for p in demo.rglob("*") if p.name.startswith(".")]


def test_keep_within_sets_the_room_of_the_automatic_backups(demo):
    said = run_cli("backup", "--keep-within", "2", data_dir=demo)
    assert said.returncode == 0 and "kept within 2.0 MB" in said.stdout, said.stderr
    assert (demo / "backups" / "keep-within").read_text().strip() == str(2 * 1024 * 1024)
    assert not list((demo / "backups").glob("*.sqlite3*"))  # it takes no backup
    said = run_cli("backup", "--keep-within", "auto", data_dir=demo)
    assert said.returncode == 0 and "three times the data" in said.stdout
    assert not (demo / "backups" / "keep-within").exists()
    assert run_cli("backup", "--keep-within", "lots", data_dir=demo).returncode == 2


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def _run_limited(folder, limit: int, *args: str):
    command = [sys.executable, "-m", "loyaltydesk", "--data-dir", str(folder), *args]
    return subprocess.run(command, capture_output=True, text=True,
                          preexec_fn=_limit_file_size(limit), timeout=120)


def test_a_full_disk_gives_a_clear_error_and_leaves_the_database_intact(demo, data, tmp_path):
    """RLIMIT_FSIZE makes every write past the limit fail as a full disk would."""
    size = (demo / "loyaltydesk.sqlite3").stat().st_size
    assert "Could not write" in _one_line_error(_run_limited(demo, size // 2, "backup"))
    assert list((demo / "backups").iterdir()) == []
    data.database.close()  # an empty, freshly made database: the demo needs room to grow
    empty = data.database_path.stat().st_size
    grow = _run_limited(data.folder, empty + 64 * 1024, "demo", "--customers", "3000")
    assert "the data is as it was" in _one_line_error(grow)
    assert run_cli("check", data_dir=data.folder).returncode == 0
    assert _count(data.database_path) == 0


def test_restore_is_refused_while_the_app_holds_the_folder(demo, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    run_cli("backup", "-o", str(copy), data_dir=demo)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pathlib import Path\n"
         "from loyaltydesk.services.folder_lock import FolderLock\n"
         "lock = FolderLock(Path(sys.argv[1])); assert lock.acquire(); print('held', flush=True)"
         "\ntime.sleep(60)", str(demo)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert "open on this data folder" in _one_line_error(run_cli("restore", str(copy),
                                                                     data_dir=demo))
    finally:
        holder.send_signal(signal.SIGKILL)  # a crash: the lock must not outlive it
        holder.wait()
    assert run_cli("restore", str(copy), data_dir=demo).returncode == 0


@pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")
def test_encrypt_then_every_command_needs_the_passphrase_then_decrypt(demo):
    secret = {"LOYALTYDESK_PASSPHRASE": "s3cret phrase"}
    wrong = {"LOYALTYDESK_PASSPHRASE": "guess"}
    assert run_cli("encrypt", data_dir=demo, env=secret).returncode == 0
    with pytest.raises(sqlite3.DatabaseError):
        _count(demo / "loyaltydesk.sqlite3")
    env = {k: v for k, v in os.environ.items() if k != "LOYALTYDESK_PASSPHRASE"}
    no_passphrase = subprocess.run([sys.executable, "-m", "loyaltydesk", "--data-dir",
                                    str(demo), "check"], capture_output=True, text=True,
                                   env=env, stdin=subprocess.DEVNULL)
    assert "encrypted" in _one_line_error(no_passphrase)
    assert "wrong" in _one_line_error(run_cli("check", data_dir=demo, env=wrong))
    assert run_cli("check", data_dir=demo, env=secret).returncode == 0
    assert run_cli("backup", data_dir=demo, env=secret).returncode == 0
    assert "already" in _one_line_error(run_cli("encrypt", data_dir=demo, env=secret))
    assert "wrong" in _one_line_error(run_cli("decrypt", data_dir=demo, env=wrong))
    assert run_cli("decrypt", data_dir=demo, env=secret).returncode == 0
    assert _count(demo / "loyaltydesk.sqlite3") == 40
    assert all(_count(p) == 40 for p in (demo / "backups").iterdir())

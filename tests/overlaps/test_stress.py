"""Random overlaps of every writer: whatever is reported done is in the book or in the safety
copy made right before it was replaced; a refused command says "busy", never anything else."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from loyaltydesk.store import cipher
from tests.backup_files import plain_copy
from tests.conftest import run_cli

ROUNDS = int(os.environ.get("LOYALTYDESK_STRESS_ROUNDS", "200"))
CONVERT_EVERY = 100  # an encrypt, then a decrypt, in the middle of every hundred rounds
SECRET = "overlapping writers"
ROOT = Path(__file__).resolve().parents[2]
BUSY = ("is changing this data folder", "open on this data folder", "the window waits")


class Server:
    def __init__(self, folder: Path) -> None:
        env = {**os.environ, "LOYALTYDESK_PASSPHRASE": SECRET}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.overlaps.stress_server", str(folder)], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)

    def run(self, commands: list[list[str]]) -> list[tuple[int, str]]:
        self.process.stdin.write(json.dumps(commands) + "\n")
        self.process.stdin.flush()
        results: dict[int, tuple[int, str]] = {}
        while (line := self.process.stdout.readline().strip()) != "done":
            assert line.startswith("res "), line
            _, index, code, err = line.split(" ", 3)
            results[int(index)] = (int(code), json.loads(err))
        return [results[i] for i in range(len(commands))]

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=60)


def _names(path: Path) -> set[str]:
    path = plain_copy(path)  # a compressed backup, unpacked
    key = SECRET if cipher.is_encrypted(path) else None
    connection = cipher.raw_connect(path, key, readonly=True)
    try:
        return {r[0] for r in connection.execute("SELECT name FROM customer")}
    finally:
        connection.close()


def _copies(folder: Path) -> set[Path]:
    return {p for pattern in ("*.sqlite3", "*.sqlite3.zst")
            for p in (folder / "backups").glob(pattern)}


def _keep_newest(folder: Path, count: int) -> None:
    """Between rounds, as a person tidying up: fewer copies keep each conversion short."""
    for old in sorted(_copies(folder), key=lambda p: p.stat().st_mtime_ns)[:-count]:
        old.unlink()


def _commands(rng: random.Random, folder: Path, round_no: int, tmp: Path,
              convert: bool, encrypted: bool) -> tuple[list[list[str]], dict[int, set[str]]]:
    """Two or three commands to run at once, and the names each import would add."""
    restorable = sorted(_copies(folder), key=lambda p: p.stat().st_mtime_ns)
    commands: list[list[str]] = []
    adds: dict[int, set[str]] = {}
    for _ in range(rng.choice((2, 2, 2, 3))):
        kind = rng.choices(["import", "restore", "backup", "window"], [6, 3, 2, 3])[0]
        if not commands and (convert or encrypted):
            kind = "convert"  # SQLCipher derives keys slowly on purpose: a few, in overlap
        if kind == "import":
            names = {f"R{round_no} C{len(commands)} P{n}" for n in range(3)}
            source = tmp / f"r{round_no}-{len(commands)}.csv"
            source.write_text("Name\n" + "\n".join(sorted(names)) + "\n", encoding="utf-8")
            adds[len(commands)] = names
            commands.append(["import", str(source)])
        elif kind == "restore" and restorable:
            commands.append(["restore", str(rng.choice(restorable[-4:]))])
        elif kind == "convert" and cipher.available():
            commands.append(["decrypt" if encrypted else "encrypt"])
        elif kind == "window":
            commands.append(["window"])
        else:
            commands.append(["backup"])
    return commands, adds


@pytest.mark.slow
def test_random_overlaps_of_writers_lose_nothing_reported_done(tmp_path):
    folder = tmp_path / "book"
    assert run_cli("demo", "--customers", "20", data_dir=folder).returncode == 0
    assert run_cli("backup", data_dir=folder).returncode == 0
    live = folder / "loyaltydesk.sqlite3"
    rng = random.Random(20261201)
    present = _names(live)
    convert = False
    outcomes: dict[str, int] = {}
    server = Server(folder)
    try:
        for round_no in range(ROUNDS):
            _keep_newest(folder, 4)
            before_copies = _copies(folder)
            encrypted = cipher.is_encrypted(live)
            if round_no % CONVERT_EVERY == CONVERT_EVERY // 2:
                convert = True  # an encrypt, retried until it is not refused, then a decrypt
            commands, adds = _commands(rng, folder, round_no, tmp_path, convert, encrypted)
            results = server.run(commands)
            added: set[str] = set()
            for index, (command, (code, err)) in enumerate(zip(commands, results, strict=True)):
                outcomes[f"{command[0]} {'done' if code == 0 else 'refused'}"] = \
                    outcomes.get(f"{command[0]} {'done' if code == 0 else 'refused'}", 0) + 1
                if code == 0:
                    added |= adds.get(index, set())
                else:
                    assert code == 1 and any(b in err for b in BUSY), (command, code, err)
            now = _names(live)
            missing = (present | added) - now
            if missing:  # replaced by a restore: the copy made right before must hold them
                kept: set[str] = set()
                for copy in _copies(folder) - before_copies:
                    if copy.name.startswith("before-restore-"):
                        kept |= _names(copy)
                assert missing <= kept, (round_no, commands, results, sorted(missing - kept))
            present = now
            convert = convert and not cipher.is_encrypted(live)
            assert not [p.name for p in folder.iterdir() if p.name.endswith(
                (".converting", ".creating", ".restoring", ".incoming"))]
    finally:
        server.close()
    assert ROUNDS < 50 or all(outcomes.get(f"{k} done") for k in (
        "import", "restore", "backup", "window", "encrypt", "decrypt")), outcomes
    assert ROUNDS < 50 or outcomes.get("import refused"), outcomes
    with sqlite3.connect(live) if not cipher.is_encrypted(live) else \
            cipher.raw_connect(live, SECRET) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

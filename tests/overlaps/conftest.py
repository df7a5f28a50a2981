"""A paused `import`: holds the folder while a test starts other programs against it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parents[2]


def contacts_csv(path: Path, count: int, prefix: str = "Imported") -> Path:
    lines = ["Name,Email,City"]
    lines += [f"{prefix} {n},{prefix.lower()}{n}@example.com,Lyon" for n in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class PausedImport:
    """The real import command, stopped inside its transaction until `finish()`."""

    def __init__(self, folder: Path, file: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.overlaps.paused_import", str(folder), str(file)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        line = self.process.stdout.readline().strip()
        assert line == "inside", (line, self.process.stderr.read())

    def finish(self) -> tuple[int, str]:
        out, err = self.process.communicate("go\n", timeout=120)
        code = int(out.strip().splitlines()[-1].split()[1])
        return code, out + err

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def book(tmp_path) -> Path:
    folder = tmp_path / "book"
    assert run_cli("demo", "--customers", "30", data_dir=folder).returncode == 0
    return folder


@pytest.fixture
def paused_import(book, tmp_path):
    started = []

    def start(count: int = 120) -> PausedImport:
        job = PausedImport(book, contacts_csv(tmp_path / "contacts.csv", count))
        started.append(job)
        return job

    yield start
    for job in started:
        job.kill()

"""`export -o` writes private files, and never over the book, a device, a folder or a link."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "book"
    assert run_cli("demo", "--customers", "12", data_dir=folder).returncode == 0
    return folder


def _refused(book: Path, target: Path, reason: str) -> None:
    result = run_cli("export", "--format", "csv", "-o", str(target), data_dir=book)
    assert result.returncode == 1, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert reason in result.stderr


def test_an_export_aimed_at_the_book_or_its_folder_is_refused(book):
    live = book / "loyaltydesk.sqlite3"
    before = live.read_bytes()
    _refused(book, live, "data folder")
    _refused(book, book / "backups" / "list.csv", "data folder")
    _refused(book, book / ".." / book.name / "new.csv", "data folder")
    assert live.read_bytes() == before
    assert run_cli("check", data_dir=book).returncode == 0


def test_devices_folders_and_links_are_refused_and_left_alone(book, tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    _refused(book, pipe, "not an ordinary file")
    assert pipe.exists() and not pipe.is_file()
    _refused(book, tmp_path, "folder")
    kept = tmp_path / "kept.txt"
    kept.write_text("mine")
    link = tmp_path / "link.csv"
    link.symlink_to(kept)
    _refused(book, link, "symbolic link")
    assert link.is_symlink() and kept.read_text() == "mine"


@pytest.mark.parametrize("fmt, name", [("csv", "out.csv"), ("vcard", "out.vcf"),
                                       ("ics", "out.ics"), ("pdf", "out.pdf")])
def test_exports_are_private_files(book, tmp_path, fmt, name):
    target = tmp_path / name
    target.write_text("old, readable by all")
    target.chmod(0o644)
    result = run_cli("export", "--format", fmt, "-o", str(target), data_dir=book)
    assert result.returncode == 0, result.stderr
    assert target.stat().st_mode & 0o777 == 0o600
    assert not target.is_symlink() and target.read_bytes() != b"old, readable by all"


def test_a_planted_temporary_link_is_not_followed(book, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    (tmp_path / ".out.csv.partial").symlink_to(victim)
    assert run_cli("export", "--format", "csv", "-o", str(tmp_path / "out.csv"),
                   data_dir=book).returncode == 0
    assert victim.read_text() == "untouched"
    with open(tmp_path / "out.csv", encoding="utf-8") as handle:
        assert len(list(csv.reader(handle))) == 13


def _backup_refused(book: Path, target: Path, reason: str) -> None:
    result = run_cli("backup", "-o", str(target), data_dir=book)
    assert result.returncode == 1, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert reason in result.stderr and "nothing was written" in result.stderr


def test_a_backup_to_a_file_keeps_off_the_book_devices_folders_and_links(book, tmp_path):
    live = book / "loyaltydesk.sqlite3"
    before = (live.stat().st_ino, live.read_bytes())
    _backup_refused(book, live, "data folder")
    _backup_refused(book, book / ".." / book.name / "copy.sqlite3", "data folder")
    assert (live.stat().st_ino, live.read_bytes()) == before
    assert not (book / "copy.sqlite3").exists()
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    _backup_refused(book, pipe, "not an ordinary file")
    assert pipe.exists() and not pipe.is_file()
    kept = tmp_path / "kept.txt"
    kept.write_text("mine")
    link = tmp_path / "link.sqlite3"
    link.symlink_to(kept)
    _backup_refused(book, link, "symbolic link")
    assert link.is_symlink() and kept.read_text() == "mine"
    through = tmp_path / "through"
    through.symlink_to(tmp_path)  # a link among the folders is meant: it is followed
    made = run_cli("backup", "-o", str(through / "copy.sqlite3"), data_dir=book)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "copy.sqlite3").is_file() and run_cli("check", data_dir=book).returncode == 0

"""Bad input from outside: NUL bytes, a stray non-UTF-8 line, huge fields, odd names."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from loyaltydesk.store import cipher
from tests.conftest import run_cli


def _one_line(result) -> str:
    assert result.returncode == 1, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def _names(folder: Path) -> list[str]:
    with sqlite3.connect(folder / "loyaltydesk.sqlite3") as raw:
        return [r[0] for r in raw.execute("SELECT name FROM customer ORDER BY id")]


def test_nul_bytes_are_removed_with_a_note_and_never_exported(tmp_path):
    folder = tmp_path / "d"
    source = tmp_path / "nul.csv"
    source.write_bytes(b"Name,Email,Notes\nAnn\x00 Smith,ann@exa\x00mple.com,Likes\x00tea\n")
    result = run_cli("import", str(source), data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert "NUL" in result.stdout
    assert _names(folder) == ["Ann Smith"]
    for fmt, name in (("csv", "out.csv"), ("vcard", "out.vcf")):
        out = tmp_path / name
        assert run_cli("export", "--format", fmt, "-o", str(out), data_dir=folder).returncode == 0
        assert b"\x00" not in out.read_bytes() and b"Ann Smith" in out.read_bytes()


def test_one_bad_line_in_a_utf8_file_is_named_not_read_as_cp1252(tmp_path):
    folder = tmp_path / "d"
    lines = ["Name,City"] + [f"Zoé {n},Orléans" for n in range(12)]
    data = "\n".join(lines).encode("utf-8") + "\nRené Bad,Nîmes\n".encode("cp1252")
    source = tmp_path / "mostly.csv"
    source.write_bytes(data)
    refused = _one_line(run_cli("import", str(source), data_dir=folder))
    assert "line 14" in refused and "UTF-8" in refused and "--encoding" in refused
    assert not (folder / "loyaltydesk.sqlite3").exists() or _names(folder) == []
    chosen = run_cli("import", str(source), "--encoding", "cp1252", data_dir=folder)
    assert chosen.returncode == 0 and "René Bad" in _names(folder)


def test_a_legacy_file_throughout_is_still_read_by_its_guess(tmp_path):
    folder = tmp_path / "d"
    source = tmp_path / "legacy.csv"
    source.write_bytes("Name,City\nZoé Martin,Orléans\nRené Roux,Nîmes\n".encode("cp1252"))
    assert run_cli("import", str(source), data_dir=folder).returncode == 0
    assert _names(folder) == ["Zoé Martin", "René Roux"]


def test_a_10_mb_field_is_refused_for_its_size(tmp_path):
    folder = tmp_path / "d"
    source = tmp_path / "huge.csv"
    source.write_text("Name,Notes\nAnn,\"" + "x" * 10_000_000 + "\"\n", encoding="utf-8")
    refused = _one_line(run_cli("import", str(source), data_dir=folder))
    assert "longer than" in refused and "quote" not in refused


def test_names_that_are_not_utf8_give_lines_not_tracebacks(tmp_path):
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9"))
    source = Path(os.fsdecode(bytes(tmp_path) + b"/contacts-\xe9.csv"))
    source.write_text("Name,Email\nAnn,ann@example.com\n", encoding="utf-8")
    for args in (("import", str(source)), ("backup",), ("check",), ("due",),
                 ("export", "--format", "csv", "-o", str(folder.parent / "out.csv"))):
        result = run_cli(*args, data_dir=folder)
        assert result.returncode == 0 and "Traceback" not in result.stderr, (args, result)
    backups = list((folder / "backups").iterdir())
    assert len(backups) == 1
    assert run_cli("restore", str(backups[0]), data_dir=folder).returncode == 0
    missing = Path(os.fsdecode(bytes(tmp_path) + b"/nope-\xff.csv"))
    assert "not a file" in _one_line(run_cli("import", str(missing), data_dir=folder))


@pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")
def test_encrypt_remember_without_a_keyring_says_so_and_changes_nothing(tmp_path):
    folder = tmp_path / "d"
    assert run_cli("demo", "--customers", "3", data_dir=folder).returncode == 0
    before = (folder / "loyaltydesk.sqlite3").read_bytes()
    refused = _one_line(run_cli(
        "encrypt", "--remember", data_dir=folder,
        env={"LOYALTYDESK_PASSPHRASE": "secret words",
             "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}))
    assert "no system keyring" in refused and "nothing was changed" in refused
    assert (folder / "loyaltydesk.sqlite3").read_bytes() == before


def test_a_nul_kept_by_an_older_version_is_never_exported(tmp_path):
    folder = tmp_path / "d"
    assert run_cli("demo", "--customers", "3", data_dir=folder).returncode == 0
    with sqlite3.connect(folder / "loyaltydesk.sqlite3") as raw:  # as older imports kept them
        raw.execute("UPDATE customer SET name = 'Ann' || char(0) || ' Smith', "
                    "notes = 'Likes' || char(0) || 'tea', city = 'Ly' || char(0) || 'on' "
                    "WHERE id = (SELECT min(id) FROM customer)")
    for fmt, name in (("csv", "out.csv"), ("vcard", "out.vcf"), ("ics", "out.ics")):
        out = tmp_path / name
        result = run_cli("export", "--format", fmt, "-o", str(out), data_dir=folder)
        assert result.returncode == 0, result.stderr
        assert b"\x00" not in out.read_bytes(), fmt
    text = (tmp_path / "out.csv").read_text("utf-8-sig")
    assert "Ann Smith" in text and "Likestea" in text and "Ly on" in text


def test_a_data_folder_that_is_a_file_gives_a_line_and_is_left_alone(tmp_path):
    folder = tmp_path / "not-a-folder"
    folder.write_text("mine")
    for args in (("due",), ("check",), ("report",), ("import", str(folder))):
        refused = _one_line(run_cli(*args, data_dir=folder))
        assert str(folder) in refused and "Errno" not in refused, (args, refused)
    assert folder.read_text() == "mine"


def test_a_quote_left_open_is_named_with_its_line_not_as_unknown_columns(tmp_path):
    folder = tmp_path / "d"
    source = tmp_path / "open.csv"
    source.write_text('Name,City\nAnn,Lyon\nBob,"Paris\nCid,Nice\n', encoding="utf-8")
    refused = _one_line(run_cli("import", str(source), data_dir=folder))
    assert "line 3" in refused and "quote" in refused and "no column" not in refused
    assert not (folder / "loyaltydesk.sqlite3").exists() or _names(folder) == []

"""The team commands as a user runs them: one clear line for every way the server says no."""

from __future__ import annotations

import json
import socket

import pytest

from loyaltydesk.services.team.server import TeamError, safe_url, settings
from tests.conftest import run_cli


def _one_line_error(result) -> str:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_create_sync_status_and_leave_from_the_command_line(tmp_path, book, postgres):
    clara = tmp_path / "clara"
    run_cli("demo", "--customers", "20", data_dir=clara)
    url = postgres.url("clara", book)
    created = run_cli("team", "create", url, data_dir=clara)
    assert created.returncode == 0, created.stderr
    synced = run_cli("sync", data_dir=clara)
    assert synced.stdout.strip() == "sent 0, received 0, conflicts 0"
    status = json.loads(run_cli("team", "status", "--json", data_dir=clara).stdout)
    assert status["shared"] and status["server"] == url and status["waiting"] == 0
    assert json.loads(run_cli("conflicts", "--json", data_dir=clara).stdout) == []
    left = run_cli("team", "leave", data_dir=clara)
    assert left.returncode == 0
    assert json.loads(run_cli("team", "status", "--json", data_dir=clara).stdout)["shared"] is False


def test_the_password_is_never_written_to_the_data_folder(tmp_path, book, postgres):
    clara = tmp_path / "clara"
    url = f"postgresql://clara:clara-pw@127.0.0.1:{postgres.port}/{book}"
    result = run_cli("team", "create", url, data_dir=clara)
    assert result.returncode == 0, result.stderr
    assert "clara-pw" not in result.stdout + result.stderr
    for path in clara.rglob("*"):
        if path.is_file():
            assert b"clara-pw" not in path.read_bytes(), path


def test_a_wrong_password_is_one_line(tmp_path, book, postgres):
    result = run_cli("team", "create", postgres.url("clara", book), data_dir=tmp_path / "d",
                     env={"PGPASSWORD": "not-the-password", "PGPASSFILE": "/nonexistent"})
    assert "refused the password of clara" in _one_line_error(result)


def test_an_unreachable_server_is_one_line(tmp_path):
    url = f"postgresql://clara@127.0.0.1:{_closed_port()}/book"
    result = run_cli("team", "join", url, data_dir=tmp_path / "d")
    assert "does not answer" in _one_line_error(result)


def test_a_database_that_is_no_team_book_is_one_line(tmp_path, book, postgres):
    result = run_cli("team", "join", postgres.url("clara", "postgres"), data_dir=tmp_path / "d")
    assert "holds no team's book" in _one_line_error(result)


def test_sync_before_joining_is_one_line(tmp_path):
    run_cli("demo", "--customers", "3", data_dir=tmp_path / "d")
    assert "not shared" in _one_line_error(run_cli("sync", data_dir=tmp_path / "d"))


@pytest.mark.parametrize("url", ["postgresql://clara@db.example.org/book",
                                 "postgresql://clara@192.0.2.7:5432/book"])
def test_a_server_on_the_network_is_reached_over_tls_only(url):
    assert settings(url)["sslmode"] == "require"
    with pytest.raises(TeamError, match="unencrypted"):
        settings(url + "?sslmode=disable")
    assert settings(url + "?sslmode=verify-full")["sslmode"] == "verify-full"


def test_a_local_server_needs_no_tls():
    assert "sslmode" not in settings("postgresql://clara@127.0.0.1:5432/book")


def test_urls_are_shown_without_their_password():
    assert safe_url("postgresql://clara:secret@127.0.0.1:5433/book?sslmode=require") == \
        "postgresql://clara@127.0.0.1:5433/book?sslmode=require"

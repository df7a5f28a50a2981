"""Any command line: exit 0, 1 or 2 with at most a one-line message, never a traceback."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from loyaltydesk.cli import main

COMMANDS = ["demo", "due", "check", "backup", "restore", "encrypt", "decrypt"]
OPTIONS = ["--customers", "--seed", "--at", "--losing-touch", "--no-next-step", "--list", "-o",
           "--output", "--remember", "--format", "-"]


def _safe(token: str) -> bool:
    """No absolute or parent paths (a fuzzed `backup -o` writes where it is told), no huge demo."""
    if "/" in token or "\\" in token or token.startswith("~") or ".." in token:
        return False
    try:
        return int(token) <= 60
    except ValueError:
        return True


noise = st.one_of(st.sampled_from(OPTIONS), st.integers(-3, 60).map(str),
                  st.text(max_size=12)).filter(_safe)
names = st.one_of(st.sampled_from(["copy.sqlite3", "backup.db", "x"]), noise)
moments = st.one_of(st.datetimes().map(lambda d: d.isoformat()), noise)
numbers = st.one_of(st.integers(-3, 40).map(str), noise)
command_lines = st.one_of(
    st.tuples(st.just("demo"), st.just("--customers"), numbers),
    st.tuples(st.just("due"), st.sampled_from(["--at", "--losing-touch", "--no-next-step"]),
              moments),
    st.tuples(st.just("due")), st.tuples(st.just("check")),
    st.tuples(st.just("backup"), st.sampled_from(["--list", "-o", "--output"]), names),
    st.tuples(st.just("backup")),
    st.tuples(st.just("restore"), names),
    st.tuples(st.sampled_from(["encrypt", "decrypt"])),
    st.tuples(st.sampled_from(COMMANDS), st.lists(noise, max_size=4)).map(
        lambda parts: (parts[0], *parts[1])),
).map(list)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=command_lines)
def test_no_command_line_crashes_or_shows_a_traceback(argv, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LOYALTYDESK_PASSPHRASE", raising=False)
    try:
        code = main(["--data-dir", str(tmp_path / "data"), *argv])
    except SystemExit as exit_:  # argparse: usage errors (2) and --help (0)
        code = exit_.code
    out, err = capsys.readouterr()
    event(f"exit {code}")
    assert code in (0, 1, 2), (argv, err)
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 1, (argv, err)
    if (tmp_path / "data" / "loyaltydesk.sqlite3").exists():
        assert main(["--data-dir", str(tmp_path / "data"), "check"]) == 0, capsys.readouterr()
        capsys.readouterr()


@pytest.mark.parametrize("argv", [["restore", "a\x00b"], ["backup", "-o", "a\x00b"],
                                  ["restore", " "], ["due", "--at", "2026-13-45T99:99"],
                                  ["restore", "missing\nfile"]])
def test_known_awkward_command_lines(argv, tmp_path, capsys):
    main(["--data-dir", str(tmp_path / "data"), "demo", "--customers", "3"])
    capsys.readouterr()
    try:
        code = main(["--data-dir", str(tmp_path / "data"), *argv])
    except SystemExit as exit_:
        code = exit_.code
    assert code in (1, 2)
    assert len(capsys.readouterr().err.strip().splitlines()) == 1

"""The command line, run as a child process the way scripts and users run it."""

import sqlite3

from loyaltydesk import __version__
from tests.conftest import run_cli
from tests.exchange.conftest import snapshot


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_demo_then_due_then_check(tmp_path):
    data = tmp_path / "d"
    built = run_cli("demo", "--customers", "300", "--seed", "7", data_dir=data)
    assert built.returncode == 0, built.stderr
    with sqlite3.connect(data / "loyaltydesk.sqlite3") as raw:
        assert raw.execute("SELECT count(*) FROM customer").fetchone()[0] == 300
        stages = {r[0] for r in raw.execute("SELECT DISTINCT stage FROM customer")}
    assert {"suspect", "first_purchase", "loyal", "client"} <= stages
    due = run_cli("due", data_dir=data)
    assert due.returncode == 0, due.stderr
    lines = due.stdout.splitlines()
    assert lines, "the demo has overdue follow-ups"
    moments = [line.split("\t")[0] for line in lines]
    assert moments == sorted(moments)
    check = run_cli("check", data_dir=data)
    assert check.returncode == 0 and check.stdout.startswith("ok")


def test_the_demo_is_deterministic(tmp_path):
    """The same people, history and care for the same seed on the same day; their uuids are
    new each time, as for any input."""
    for name in ("a", "b"):
        assert run_cli("demo", "--customers", "50", "--seed", "3",
                       data_dir=tmp_path / name).returncode == 0
    dumps = []
    for name in ("a", "b"):
        with sqlite3.connect(tmp_path / name / "loyaltydesk.sqlite3") as raw:
            dumps.append([raw.execute(sql).fetchall() for sql in (
                "SELECT name, email, stage, stage_since, ltv_cents FROM customer ORDER BY id",
                "SELECT customer_id, due_at, title, status, outcome FROM follow_up "
                "WHERE created_at < date('now') ORDER BY id")])
    assert dumps[0] == dumps[1]
    assert dumps[0][1], "care was scheduled and worked through"


def test_due_at_a_given_moment(tmp_path):
    data = tmp_path / "d"
    run_cli("demo", "--customers", "200", data_dir=data)
    early = run_cli("due", "--at", "2000-01-01T00:00", data_dir=data)
    late = run_cli("due", "--at", "2100-01-01T00:00+00:00", data_dir=data)
    assert early.returncode == 0 and early.stdout == ""
    assert len(late.stdout.splitlines()) > 0


def test_the_env_variable_chooses_the_data_folder(tmp_path):
    data = tmp_path / "from-env"
    result = run_cli("demo", "--customers", "5", env={"LOYALTYDESK_DATA_DIR": str(data)})
    assert result.returncode == 0
    assert (data / "loyaltydesk.sqlite3").exists()


def test_user_mistakes_give_one_line_and_a_non_zero_exit(tmp_path):
    cases = [
        run_cli("due", data_dir=tmp_path / "missing"),
        run_cli("due", "--at", "tomorrow", data_dir=tmp_path),
        run_cli("demo", "--customers", "0", data_dir=tmp_path / "x"),
        run_cli("frobnicate"),
        run_cli("demo", "--customers", "many"),
    ]
    for result in cases:
        assert result.returncode != 0
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


def test_a_demo_into_a_full_database_is_refused_and_changes_nothing(tmp_path):
    data = tmp_path / "d"
    run_cli("demo", "--customers", "20", data_dir=data)
    before = snapshot(data / "loyaltydesk.sqlite3")
    again = run_cli("demo", "--customers", "20", data_dir=data)
    assert again.returncode == 1 and "empty database" in again.stderr
    assert snapshot(data / "loyaltydesk.sqlite3") == before
    assert run_cli("check", data_dir=data).returncode == 0
    with sqlite3.connect(data / "loyaltydesk.sqlite3") as raw:
        assert raw.execute("SELECT count(*) FROM customer").fetchone()[0] == 20


def test_check_reports_a_broken_search_index(tmp_path):
    data = tmp_path / "d"
    run_cli("demo", "--customers", "20", data_dir=data)
    with sqlite3.connect(data / "loyaltydesk.sqlite3") as raw:
        raw.execute("DELETE FROM customer_fts WHERE rowid = 3")
    result = run_cli("check", data_dir=data)
    assert result.returncode == 1 and "search index" in result.stderr


def test_due_carries_the_rhythm_signals(tmp_path):
    data = tmp_path / "d"
    run_cli("demo", "--customers", "300", data_dir=data)
    due = run_cli("due", data_dir=data).stdout.splitlines()
    assert {line.split("\t")[-1] for line in due} <= {"ok", "amber", "red"}
    losing = run_cli("due", "--losing-touch", data_dir=data)
    states = [line.split("\t")[0] for line in losing.stdout.splitlines()]
    assert states and set(states) <= {"amber", "red"}
    assert states == sorted(states, key=lambda s: s != "red")  # red first
    nothing_planned = run_cli("due", "--no-next-step", data_dir=data)
    stages = {line.split("\t")[0] for line in nothing_planned.stdout.splitlines()}
    assert stages and not stages & {"suspect", "prospect"}
    both = run_cli("due", "--losing-touch", "--no-next-step", data_dir=data)
    assert both.returncode == 2


def test_check_finds_follow_ups_left_open_after_their_goal_and_repair_closes_them(tmp_path):
    data = tmp_path / "d"
    run_cli("demo", "--customers", "200", data_dir=data)
    with sqlite3.connect(data / "loyaltydesk.sqlite3") as raw:
        loyal = raw.execute("SELECT id FROM customer WHERE purchase_count >= 2 "
                            "ORDER BY id LIMIT 1").fetchone()[0]
        # As an older version left it: the ask for the second order, still open.
        raw.execute("INSERT INTO follow_up (uuid, created_at, updated_at, customer_id, due_at, "
                    "kind, channel, title, script, status, remind_at, outcome) VALUES "
                    "('stale', '2020-01-01T09:00:00.000000Z', '2020-01-01T09:00:00.000000Z', ?, "
                    "'2020-02-05T09:30:00.000000Z', 'second_order', 'phone', "
                    "'Ask for the second order', '', 'open', '2020-02-05T09:30:00.000000Z', '')",
                    [loyal])
    found = run_cli("check", data_dir=data)
    assert found.returncode == 1
    assert "follow-ups: 1 still open though their goal is met" in found.stderr
    assert "loyaltydesk check --repair" in found.stderr
    repaired = run_cli("check", "--repair", data_dir=data)
    assert repaired.returncode == 0, repaired.stderr
    assert repaired.stdout.startswith("Closed 1 follow-up whose goal was already met")
    with sqlite3.connect(data / "loyaltydesk.sqlite3") as raw:
        status, outcome = raw.execute("SELECT status, outcome FROM follow_up "
                                      "WHERE uuid = 'stale'").fetchone()
    assert status == "done" and outcome.startswith("Closed: ")
    assert "purchase on" in outcome

import json
import os
import random
import re
import signal
import subprocess
import sys

import pytest

from loyaltydesk.services.followups import get_followup
from loyaltydesk.services.session import close_data, open_data
from tests.cli.test_french_cli import FRENCH
from tests.conftest import run_cli
from tests.dav.conftest import add_followups
from tests.radicale_server import PASSWORD, USER

ENV = {"LOYALTYDESK_DAV_PASSWORD": PASSWORD}


def _connect(radicale, data_dir):
    return run_cli("dav", "connect", radicale.url, "--user", USER, data_dir=data_dir, env=ENV)


def test_connect_sync_status_and_disconnect(data, data_dir, radicale, clock):
    add_followups(clock, 3)
    close_data()
    connected = _connect(radicale, data_dir)
    assert connected.returncode == 0, connected.stderr
    assert "Connected to" in connected.stdout
    synced = run_cli("dav", "sync", data_dir=data_dir, env=ENV)
    assert synced.returncode == 0, synced.stderr
    assert "4 sent" in synced.stdout  # three follow-ups and their customer
    status = json.loads(run_cli("dav", "status", "--json", data_dir=data_dir).stdout)
    assert status["connected"] and status["last_error"] == ""
    assert status["on_server"] == {"followups": 3, "customers": 1}
    assert status["account"]["contacts_back"]  # phone edits are offered back by default
    assert "password" not in json.dumps(status).lower()
    human = run_cli("dav", "status", data_dir=data_dir).stdout.splitlines()
    assert re.fullmatch(r"last sync\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", human[1]), human
    assert human[2] == "on the phone\t3 follow-ups, 1 customer", human
    french = run_cli("dav", "status", data_dir=data_dir, env=FRENCH).stdout.splitlines()
    assert french[0] == f"{USER} sur {radicale.url}", french
    assert french[2] == "sur le téléphone\t3 relances, 1 client", french
    gone = run_cli("dav", "disconnect", data_dir=data_dir)
    assert gone.returncode == 0
    after = json.loads(run_cli("dav", "status", "--json", data_dir=data_dir).stdout)
    assert not after["connected"]


def test_a_wrong_password_is_one_line(data, data_dir, radicale, clock):
    close_data()
    assert run_cli("dav", "connect", radicale.url, "--user", USER, "--no-contacts-back",
                   data_dir=data_dir, env=ENV).returncode == 0
    status = json.loads(run_cli("dav", "status", "--json", data_dir=data_dir).stdout)
    assert not status["account"]["contacts_back"]
    wrong = run_cli("dav", "sync", data_dir=data_dir,
                    env={"LOYALTYDESK_DAV_PASSWORD": "not-it"})
    assert wrong.returncode == 1
    assert wrong.stderr.count("\n") == 1 and "refused the user name or password" in wrong.stderr


def test_plain_http_to_another_computer_is_refused(data, data_dir):
    close_data()
    refused = run_cli("dav", "connect", "http://dav.example.com/", "--user", USER,
                      data_dir=data_dir, env=ENV)
    assert refused.returncode == 1 and "https://" in refused.stderr
    assert refused.stderr.count("\n") == 1


def test_sync_without_connecting_says_how(data, data_dir):
    close_data()
    result = run_cli("dav", "sync", data_dir=data_dir, env=ENV)
    assert result.returncode == 1 and "dav connect" in result.stderr


def _sync_killed_after(data_dir, lines: int) -> list[str]:
    """Start `dav sync`, read its progress, and kill -9 it once it reported `lines` lines."""
    command = [sys.executable, "-m", "loyaltydesk", "--data-dir", str(data_dir), "dav", "sync"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, env={**os.environ, **ENV})
    read = []
    for _ in range(lines):
        line = child.stdout.readline()
        if not line:
            break
        read.append(line)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    return read


def test_kill_9_at_random_points_then_sync_again_doubles_and_loses_nothing(
        data, data_dir, radicale, clock):
    ids = add_followups(clock, 300)
    close_data()
    assert _connect(radicale, data_dir).returncode == 0
    rng = random.Random(22)
    for _ in range(3):
        _sync_killed_after(data_dir, rng.randint(1, 5))
    final = run_cli("dav", "sync", data_dir=data_dir, env=ENV)
    assert final.returncode == 0, final.stderr
    status = json.loads(run_cli("dav", "status", "--json", data_dir=data_dir).stdout)
    assert status["on_server"]["followups"] == len(ids)
    import caldav
    client = caldav.DAVClient(url=radicale.url, username=USER, password=PASSWORD)
    calendar = client.calendar(url=status["account"]["calendar_url"])
    hrefs = [str(o.url) for o in calendar.get_objects_by_sync_token()]
    assert len(hrefs) == len(set(hrefs)) == len(ids)
    again = run_cli("dav", "sync", data_dir=data_dir, env=ENV)
    assert "0 sent" in again.stdout
    open_data(data_dir)
    assert [get_followup(i).status.value for i in ids] == ["open"] * len(ids)


def test_the_server_stopped_mid_sync_is_a_clear_message_and_the_next_sync_completes(
        data, data_dir, radicale, clock):
    ids = add_followups(clock, 200)
    close_data()
    assert _connect(radicale, data_dir).returncode == 0
    command = [sys.executable, "-m", "loyaltydesk", "--data-dir", str(data_dir), "dav", "sync"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, **ENV})
    assert child.stdout.readline().startswith("follow-ups\t50 of")
    radicale.stop()
    child.wait(timeout=120)
    error = child.stderr.read()
    assert child.returncode == 1 and error.count("\n") == 1
    assert "does not answer" in error
    radicale.start()
    final = run_cli("dav", "sync", data_dir=data_dir, env=ENV)
    assert final.returncode == 0, final.stderr
    status = json.loads(run_cli("dav", "status", "--json", data_dir=data_dir).stdout)
    assert status["on_server"]["followups"] == len(ids) and status["last_error"] == ""


def test_connecting_to_a_server_that_does_not_answer_is_one_line(data, data_dir, radicale):
    close_data()
    radicale.stop()
    result = _connect(radicale, data_dir)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "does not answer" in result.stderr


@pytest.mark.slow
def test_kill_9_while_taking_in_the_phones_changes_then_sync_again(data, data_dir, radicale,
                                                                    clock):
    import caldav

    from loyaltydesk.services.followups import history_of
    from loyaltydesk.store.models import FollowUp

    ids = add_followups(clock, 160)
    uids = {i: f"{FollowUp.get_by_id(i).uuid}@loyaltydesk.app" for i in ids}
    close_data()
    assert _connect(radicale, data_dir).returncode == 0
    assert run_cli("dav", "sync", data_dir=data_dir, env=ENV).returncode == 0
    status = json.loads(run_cli("dav", "status", "--json", data_dir=data_dir).stdout)
    client = caldav.DAVClient(url=radicale.url, username=USER, password=PASSWORD)
    phone = client.calendar(url=status["account"]["calendar_url"])
    for i in ids:
        phone.get_todo_by_uid(uids[i]).complete()
    # killed once 50 or 100 of the phone's 160 changes were taken in, then once more
    read = _sync_killed_after(data_dir, random.Random(6578).randint(1, 2))
    assert read[0] == "from the phone\t50 of 160\n", read
    _sync_killed_after(data_dir, 1)
    final = run_cli("dav", "sync", data_dir=data_dir, env=ENV)
    assert final.returncode == 0, final.stderr
    hrefs = [str(o.url) for o in phone.get_objects_by_sync_token()]
    assert len(hrefs) == len(set(hrefs)) == len(ids)
    open_data(data_dir)
    assert [get_followup(i).status.value for i in ids] == ["done"] * len(ids)
    for i in ids:  # each completed once, from the phone
        assert [a for _, a, _ in history_of(i)].count("done") == 1

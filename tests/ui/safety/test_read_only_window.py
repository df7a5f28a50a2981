"""A read-only data folder opens in the window: customers are there, writes are refused."""

import os
import subprocess
import sys

from tests.conftest import run_cli
from tests.read_only import read_only

WINDOW = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QLabel
from loyaltydesk.app import make_application
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import backups, customers
from loyaltydesk.services.storage_errors import describe
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.safety import startup
app = make_application()
data = startup.open_checked(Path(sys.argv[1]), interactive=False)
window = MainWindow(data)
notes = [w.text() for w in window.statusBar().findChildren(QLabel)]
print("readonly", data.readonly)
print("note", any(n.startswith("Read-only") for n in notes))
print("customers", customers.customer_count())
print("copied", backups.take_backup(data.folder, target=Path(sys.argv[2])).size > 0)
try:
    customers.create_customer(ContactDetails(name="Zoé"))
except Exception as exc:
    print("refused", describe(exc))
startup.before_exit(window)
"""


def test_a_read_only_folder_opens_with_its_customers_and_refuses_writes(tmp_path):
    folder = tmp_path / "d"
    assert run_cli("demo", "--customers", "12", data_dir=folder).returncode == 0
    before = (folder / "loyaltydesk.sqlite3").read_bytes()
    command = [sys.executable, "-c", WINDOW, str(folder), str(tmp_path / "copy.sqlite3")]
    done = subprocess.run(read_only(folder, command), capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert lines["readonly"] == "True" and lines["note"] == "True"
    assert lines["customers"] == "12" and lines["copied"] == "True"
    assert lines["refused"].startswith("The data folder is read-only")
    assert (folder / "loyaltydesk.sqlite3").read_bytes() == before
    assert not (folder / "backups").exists()

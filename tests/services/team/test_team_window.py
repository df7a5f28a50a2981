"""The team's book from the window: create it, sync in the background, see the status and the
conflicts, and settle one."""

from __future__ import annotations

from datetime import timedelta

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import customers
from loyaltydesk.services.team import sync
from loyaltydesk.store.models import Customer
from loyaltydesk.ui.main_window import MainWindow
from tests.services.team.conftest import laptop

WAIT = 120_000


def _window(qtbot, data) -> MainWindow:
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.show()
    return window


def test_create_the_team_book_from_the_window_then_sync_in_the_background(
        qtbot, data, postgres, book, clock):
    customers.create_customer(ContactDetails(name="Agnès Andersen"))
    window = _window(qtbot, data)
    team = window.team
    assert team is not None and not team.controller.label.isVisible()
    assert team.create.isEnabled() and not team.sync_now.isEnabled()
    dialog = team.open_book(joining=False)
    dialog.url.setText(postgres.url("clara", book))
    with qtbot.waitSignal(dialog.outcome, timeout=WAIT) as done:
        dialog.go.click()
    assert "records sent" in done.args[0]
    assert team.sync_now.isEnabled() and not team.create.isEnabled()
    assert team.controller.label.text() == "Synced just now"

    clock.advance(timedelta(minutes=2))
    customers.create_customer(ContactDetails(name="Bruno Berger"))
    assert team.controller.after_edits.isActive()  # a burst of edits: a sync once it settles
    job = team.controller.sync_now()
    with qtbot.waitSignal(job.ended, timeout=WAIT):
        pass
    assert team.controller.last_result.sent >= 1
    assert team.controller.label.text() == "Synced just now"
    window.close()


def test_an_unreachable_server_says_offline_with_the_changes_waiting(
        qtbot, data, postgres, book, clock):
    sync.create_team(postgres.url("clara", book))
    customers.create_customer(ContactDetails(name="Agnès Andersen"))
    postgres.pause()
    try:
        window = _window(qtbot, data)
        job = window.team.controller.sync_now()
        with qtbot.waitSignal(job.ended, timeout=WAIT):
            pass
        assert window.team.controller.label.text() == "Offline: 2 changes waiting"
        assert "does not answer" in window.team.controller.label.toolTip()
        window.close()
    finally:
        postgres.resume()


def test_conflicts_show_in_the_status_bar_and_one_click_keeps_the_other_value(
        qtbot, tmp_path, data, postgres, book, clock):
    bruno = customers.create_customer(ContactDetails(name="Bruno Berger", company="Berger SA"))
    sync.create_team(postgres.url("clara", book))
    from loyaltydesk.services.session import close_data, open_data

    close_data()
    postgres.let_in("bastien", book)
    with laptop(tmp_path / "bastien"):
        sync.join_team(postgres.url("bastien", book))
        other = Customer.get(Customer.name == "Bruno Berger").id
        customers.update_customer(other, ContactDetails(name="Bruno Berger",
                                                        company="Berger SARL"))
        clock.advance(timedelta(minutes=1))
        sync.sync_now()
    data = open_data(data.folder)
    customers.update_customer(bruno, ContactDetails(name="Bruno Berger", company="Berger & Fils"))
    clock.advance(timedelta(minutes=1))
    window = _window(qtbot, data)
    job = window.team.controller.sync_now()
    with qtbot.waitSignal(job.ended, timeout=WAIT):
        pass
    button = window.team.controller.conflicts_button
    assert button.isVisibleTo(window) and button.text() == "1 conflict"
    dialog = window.team.open_conflicts()
    assert dialog.table.rowCount() == 1
    kept, other = dialog.table.item(0, 3).text(), dialog.table.item(0, 4).text()
    assert {kept, other} == {"Berger SARL", "Berger & Fils"}
    dialog.swap_button.click()
    assert customers.get_customer(bruno).details.company == other
    assert dialog.table.rowCount() == 0 and not button.isVisibleTo(window)
    window.close()

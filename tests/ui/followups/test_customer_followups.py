from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from loyaltydesk.domain.cadences import Channel, FollowUpKind
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import customers, followups
from loyaltydesk.ui.followups.customer_followups import CustomerFollowUpsDialog
from loyaltydesk.ui.followups.small_dialogs import EditDialog


@pytest.fixture
def zoé(data):
    return customers.create_customer(ContactDetails(name="Zoé"))


@pytest.fixture
def dialog(qtbot, zoé):
    widget = CustomerFollowUpsDialog(zoé, lambda _id: None)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _titles(dialog):
    return [f.title for f in dialog.model.rows]


def test_planned_and_past_follow_ups_are_listed_with_their_history(qtbot, zoé, clock,
                                                                    qtmodeltester):
    done = followups.schedule_followup(zoé, clock.now() - timedelta(days=1), "Done call")
    followups.mark_notified([done])
    followups.complete_followup(done, "All good")
    followups.schedule_followup(zoé, clock.now() + timedelta(days=3), "Planned call")
    widget = CustomerFollowUpsDialog(zoé, lambda _id: None)
    qtbot.addWidget(widget)
    assert _titles(widget) == ["Done call", "Planned call"]
    assert widget.model.index(0, 4).data() == "Done"
    history = [widget.history.item(i).text() for i in range(widget.history.count())]
    assert [line.split("  ", 1)[1] for line in history] == [
        "Scheduled: by hand", "Reminder raised", "Done: All good"]
    qtmodeltester.check(widget.model)


def test_a_dropped_follow_up_can_be_brought_back(qtbot, zoé, clock, dialog):
    fid = followups.schedule_followup(zoé, clock.now() + timedelta(days=3), "Call")
    qtbot.waitUntil(lambda: _titles(dialog) == ["Call"])
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _titles(dialog) == [])
    assert followups.followups_of(zoé) == []
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _titles(dialog) == ["Call"])
    assert followups.get_followup(fid).status == "open"


def test_editing_changes_title_kind_channel_and_script(qtbot, zoé, clock, dialog):
    fid = followups.schedule_followup(zoé, clock.now() + timedelta(days=3), "Call")
    qtbot.waitUntil(lambda: _titles(dialog) == ["Call"])
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_E)
    edit = dialog.followup_actions.dialog
    assert isinstance(edit, EditDialog)
    edit.title.clear()
    qtbot.keyClicks(edit.title, "Visit the new shop")
    edit.kind.setCurrentIndex(edit.kind.findData(FollowUpKind.TOUCH))
    edit.channel.setCurrentIndex(edit.channel.findData(Channel.VISIT))
    qtbot.keyClicks(edit.script_edit, "Bring the catalogue")
    edit.buttons.button(edit.buttons.StandardButton.Ok).click()
    row = followups.get_followup(fid)
    assert (row.title, row.kind, row.channel, row.script) == (
        "Visit the new shop", FollowUpKind.TOUCH, Channel.VISIT, "Bring the catalogue")


def test_saving_the_edit_form_keeps_what_was_changed_elsewhere_meanwhile(qtbot, dialog, zoé,
                                                                        clock):
    fid = followups.schedule_followup(zoé, clock.now() + timedelta(days=3), "Call",
                                      script="Ask about the order")
    qtbot.waitUntil(lambda: _titles(dialog) == ["Call"])
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_E)
    edit = dialog.followup_actions.dialog
    assert isinstance(edit, EditDialog)
    # while the form is open, the phone changes the script and the channel
    followups.edit_followup(fid, None, None, Channel.EMAIL, "Ask about the second order")
    edit.title.clear()
    qtbot.keyClicks(edit.title, "Call back")
    edit.buttons.button(edit.buttons.StandardButton.Ok).click()
    row = followups.get_followup(fid)
    assert (row.title, row.kind, row.channel, row.script) == (
        "Call back", FollowUpKind.TASK, Channel.EMAIL, "Ask about the second order")


def test_a_field_changed_both_in_the_form_and_elsewhere_is_asked_about(qtbot, dialog, zoé,
                                                                       clock):
    fid = followups.schedule_followup(zoé, clock.now() + timedelta(days=3), "Call",
                                      script="Ask about the order")
    qtbot.waitUntil(lambda: _titles(dialog) == ["Call"])
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_E)
    edit = dialog.followup_actions.dialog
    followups.edit_followup(fid, None, None, None, "From the phone")  # while the form is open
    edit.script_edit.clear()
    qtbot.keyClicks(edit.script_edit, "Typed here")
    ok = edit.buttons.button(edit.buttons.StandardButton.Ok)
    ok.click()
    assert edit.isVisible() and "From the phone" in edit.error.text()
    assert followups.get_followup(fid).script == "From the phone"  # nothing written yet
    ok.click()  # keep what was typed here
    assert not edit.isVisible()
    assert followups.get_followup(fid).script == "Typed here"

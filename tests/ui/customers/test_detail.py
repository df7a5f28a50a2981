from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, followups, rhythm
from loyaltydesk.services.timeline import stage_history
from tests.ui.customers.conftest import add, answer_next_dialog


def _open(open_window, customer_id, edit=True):
    """The customer's page; `edit`: then F2, as a user asks to edit the details."""
    window = open_window()
    window.open_customer(customer_id)
    page = window.browser.page
    if edit:
        assert not page.is_editing()
        QTest.keyClick(page.form.lines["name"], Qt.Key.Key_F2)
        assert page.is_editing()
    return window, page


def _retype(qtbot, line, text):
    line.selectAll()
    qtbot.keyClicks(line, text)


def test_editing_and_saving_a_customer_persists_it(qtbot, open_window):
    cid = add("Zoé", email="zoe@example.fr")
    window, page = _open(open_window, cid)
    assert not page.save_button.isEnabled()
    _retype(qtbot, page.form.lines["city"], "Lyon")
    qtbot.keyClicks(page.form.tags, "craft, bio")
    assert page.is_dirty() and page.dirty_label.text() == "Unsaved changes"
    qtbot.keyClick(page.form.lines["city"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.is_dirty())  # a shortcut clicks the button animated
    record = customers.get_customer(cid)
    assert record.details.city == "Lyon" and record.details.tags == ["bio", "craft"]
    assert not page.is_dirty()
    model = window.browser.model
    assert model.data(model.index(0, 6)) == "Lyon"


def test_a_bad_email_is_shown_and_nothing_is_written(qtbot, open_window):
    cid = add("Zoé", email="zoe@example.fr")
    _, page = _open(open_window, cid)
    _retype(qtbot, page.form.lines["email"], "zoe at home")
    assert page.form.errors["email"].text() == "This is not an email address"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert customers.get_customer(cid).details.email == "zoe@example.fr"
    assert page.is_dirty()
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.form.lines["email"].text() == "zoe@example.fr"
    assert page.form.errors["email"].isHidden()


def test_leaving_with_unsaved_edits_asks_and_cancel_stays(qtbot, open_window):
    first = add("Al")
    second = add("Bea")
    window, page = _open(open_window, first)
    table = window.browser.table
    qtbot.keyClicks(page.form.lines["company"], "Acme")
    asked = answer_next_dialog(qtbot, "Cancel")
    table.selectRow(1)
    assert asked == ["Save the changes to Al?"]
    assert page.customer_id() == first and page.form.lines["company"].text() == "Acme"
    assert table.current_customer_id() == first
    answer_next_dialog(qtbot, "Discard")
    table.selectRow(1)
    assert page.customer_id() == second
    assert customers.get_customer(first).details.company == ""
    page.edit_button.click()
    qtbot.keyClicks(page.form.lines["company"], "Beacon")
    answer_next_dialog(qtbot, "Save")
    table.selectRow(0)
    assert page.customer_id() == first
    assert customers.get_customer(second).details.company == "Beacon"


def test_closing_the_window_with_unsaved_edits_asks(qtbot, open_window):
    cid = add("Al")
    window, page = _open(open_window, cid)
    qtbot.keyClicks(page.form.lines["city"], "Nantes")
    answer_next_dialog(qtbot, "Cancel")
    window.close()
    assert window.isVisible()
    answer_next_dialog(qtbot, "Save")
    window.close()
    assert not window.isVisible()
    assert customers.get_customer(cid).details.city == "Nantes"


def test_choosing_who_referred_the_customer(qtbot, open_window):
    friend = add("Fiona Friend")
    add("Other Person")
    cid = add("Zoé")
    _, page = _open(open_window, cid)

    def pick(dialog):
        qtbot.keyClicks(dialog.search, "fio")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    answer_next_dialog(qtbot, None, before=pick)
    qtbot.mouseClick(page.form.referrer.choose, Qt.MouseButton.LeftButton)
    assert page.form.referrer.label.text() == "Fiona Friend"
    assert page.save()
    assert customers.get_customer(cid).referred_by_id == friend


def test_a_rhythm_override_is_saved_and_explained(qtbot, open_window, clock):
    cid = add("Lou", Stage.LOYAL)
    clock.advance(timedelta(days=12))
    _, page = _open(open_window, cid)
    assert "from the stage" in page.form.rhythm_note.text()
    assert page.header.rhythm.text().startswith("In touch")
    page.form.ideal_gap.setValue(10)
    assert page.save()
    assert rhythm.rhythm_of(cid).source == "customer"
    assert page.header.rhythm.text().startswith("Amber: 12 days without contact")
    page.form.ideal_gap.setValue(20)
    page.form.max_gap.setValue(15)
    assert page.form.errors["rhythm"].text() == \
        "The maximum gap cannot be shorter than the ideal gap"
    assert not page.save()
    page.revert()


def test_moving_the_stage_asks_for_a_reason_and_can_be_undone(qtbot, open_window):
    cid = add("Al")
    window, page = _open(open_window, cid)

    def give_reason(dialog):
        dialog.stage.select(Stage.PROSPECT)
        dialog.accept()  # no reason yet: the dialog says why it cannot save, and stays
        assert dialog.isVisible() and "why" in dialog.error_label.text().lower()
        qtbot.keyClicks(dialog.reason, "Saw the demo")

    answer_next_dialog(qtbot, "Save", before=give_reason)
    qtbot.mouseClick(page.header.move_button, Qt.MouseButton.LeftButton)
    assert customers.get_customer(cid).stage is Stage.PROSPECT
    assert page.header.stage.text().startswith("Prospect · since")
    window.customer_actions.undo.trigger()
    assert customers.get_customer(cid).stage is Stage.SUSPECT
    assert [e.detail for e in stage_history(cid)][-2:] == ["Saw the demo",
                                                           "Undone: Saw the demo"]


def test_follow_ups_show_what_was_planned_done_and_snoozed(qtbot, open_window, clock):
    cid = add("Lou", Stage.LOYAL)
    done = followups.schedule_followup(cid, clock.now() + timedelta(days=1), "Call back")
    snoozed = followups.schedule_followup(cid, clock.now() + timedelta(days=2), "Send offer")
    clock.advance(timedelta(days=3))
    followups.snooze_followup(snoozed, clock.now() + timedelta(days=1))
    followups.complete_followup(done, "Talked")
    _, page = _open(open_window, cid)
    tree = page.followups.tree
    assert tree.topLevelItemCount() == 0  # read when the tab is opened: the page opens on details
    page.tabs.setCurrentWidget(page.followups)
    planned, past = tree.topLevelItem(0), tree.topLevelItem(1)
    assert planned.text(0) == "Planned (1)" and planned.child(0).text(1) == "Send offer"
    assert planned.child(0).text(2).startswith("Snoozed until")
    assert past.child(0).text(1) == "Call back" and past.child(0).text(2).startswith("Done")
    assert past.child(0).childCount() == 0  # read when opened
    tree.expandItem(past.child(0))
    history = [past.child(0).child(i).text(1) for i in range(past.child(0).childCount())]
    assert history[0] == "Scheduled by hand" and history[-1] == "Done Talked"
    assert not page.followups.plan_button.isEnabled()


def test_plan_next_step_from_the_page(qtbot, open_window):
    cid = add("Lou", Stage.LOYAL)
    _, page = _open(open_window, cid)
    page.tabs.setCurrentWidget(page.followups)
    qtbot.mouseClick(page.followups.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.followups.tree.topLevelItem(0).childCount() == 1)
    assert [f.title for f in followups.followups_of(cid)] == ["Keep in touch"]


class _Timeline(QWidget):
    def __init__(self):
        super().__init__()
        self.shown: list = []

    def set_customer(self, customer_id):
        self.shown.append(customer_id)


def test_the_timeline_slot_follows_the_shown_customer(qtbot, open_window):
    first, second = add("Al"), add("Bea")
    window = open_window()
    page = window.browser.page
    timeline = _Timeline()
    page.set_side_widget(timeline)
    assert timeline.parent() is page.timeline_area
    window.open_customer(second)
    window.open_customer(first)
    window.customer_actions.new.trigger()
    assert timeline.shown[-3:] == [second, first, None]


def test_user_text_is_shown_as_plain_text(qtbot, open_window):
    cid = add("<b>Bold</b> & <i>co</i>")
    _, page = _open(open_window, cid)
    assert page.header.name.text() == "<b>Bold</b> & <i>co</i>"
    assert page.header.name.textFormat() == Qt.TextFormat.PlainText
    assert all(label.textFormat() == Qt.TextFormat.PlainText
               for label in page.header.findChildren(QLabel) if label.text())


def test_the_page_shows_an_imported_birthday_and_keeps_it_through_a_save(qtbot, open_window,
                                                                         tmp_path):
    from PySide6.QtCore import QDate, QLocale

    from loyaltydesk.exchange.importer import apply_import, preview_import
    path = tmp_path / "ann.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nBDAY:--04-12\r\n"
                    "ANNIVERSARY:2010-06-01\r\nEND:VCARD\r\n", encoding="utf-8")
    cid = apply_import(preview_import(path)).customer_ids[0]
    plain = add("Bob Stone")
    window, page = _open(open_window, cid)
    text = page.header.days.text()
    assert text.startswith("Birthday: ") and "Anniversary: " in text
    assert QLocale().toString(QDate(2010, 6, 1), QLocale.FormatType.LongFormat) in text
    assert QLocale().monthName(4) in text and "2010" not in text.split("·")[0]
    assert page.header.days.textFormat() == Qt.TextFormat.PlainText
    _retype(qtbot, page.form.lines["city"], "Lyon")
    assert page.save()
    assert customers.get_customer(cid).kept.birthday == "--04-12"
    window.open_customer(plain)
    assert page.header.days.isHidden()


def _import_phone_and_notes(tmp_path, email: str, phone: str = "+33 4 72 00 00 00") -> None:
    from loyaltydesk.exchange.importer import apply_import, preview_import

    path = tmp_path / "merge.csv"
    path.write_text(f"Name,Email,Phone,Notes\nZoé,{email},{phone},Met at the fair\n",
                    encoding="utf-8")
    apply_import(preview_import(path))


def test_saving_keeps_what_an_import_merged_while_the_form_was_open(qtbot, open_window,
                                                                     tmp_path):
    cid = add("Zoé", email="zoe@example.fr")
    _, page = _open(open_window, cid)
    _retype(qtbot, page.form.lines["city"], "Lyon")
    _import_phone_and_notes(tmp_path, "zoe@example.fr")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = customers.get_customer(cid).details
    assert (stored.city, stored.phone, stored.notes) == ("Lyon", "+33 4 72 00 00 00",
                                                          "Met at the fair")
    assert not page.is_dirty()


def test_a_field_changed_elsewhere_too_asks_which_to_keep(qtbot, open_window, tmp_path):
    from tests.ui.safety.modal import click_message_button, on_next_modal

    cid = add("Zoé", email="zoe@example.fr")
    _, page = _open(open_window, cid)
    _retype(qtbot, page.form.lines["phone"], "+33 6 00 00 00 01")
    _import_phone_and_notes(tmp_path, "zoe@example.fr")
    asked = {}

    def keep_mine(box) -> None:
        asked["name"], asked["details"] = box.objectName(), box.informativeText()
        click_message_button(box, "Keep Mine")

    on_next_modal(keep_mine)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert asked["name"] == "EditConflict" and "+33 4 72 00 00 00" in asked["details"]
    stored = customers.get_customer(cid).details
    assert (stored.phone, stored.notes) == ("+33 6 00 00 00 01", "Met at the fair")

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from loyaltydesk.domain.cadences import BUILT_IN_CADENCES, OffsetUnit, Trigger
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.services import cadences, customers, followups
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.ui.cadences.editor import CadenceEditor


@pytest.fixture
def editor(qtbot, data):
    dialog = CadenceEditor()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _saved(name):
    return next(c for c in cadences.list_cadences() if c.name == name)


def _buy(name="Zoé"):
    cid = customers.create_customer(ContactDetails(name=name))
    record_purchase(cid, PurchaseInput(date(2026, 3, 2), Decimal("120")))
    return {f.title for f in followups.followups_of(cid)}


def test_the_built_in_cadences_are_listed_with_their_steps(editor):
    names = [editor.list.item(i).text() for i in range(editor.list.count())]
    assert names == [plan.name for plan in BUILT_IN_CADENCES]
    assert editor.list.item(0).checkState() == Qt.CheckState.Checked
    assert [editor.steps.item(i).text() for i in range(editor.steps.count())] == [
        "D+1 · Post-sale check · Phone: Check the delivery went well",
        "D+7 · Post-sale check · Email: One week on: how is it going?"]
    assert editor.step_form.script.toPlainText().startswith("Did everything arrive")


def test_unticking_a_cadence_switches_it_off_for_the_next_sales(editor):
    editor.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not _saved("Post-sale check").active
    assert "Check the delivery went well" not in _buy()
    editor.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert "Check the delivery went well" in _buy("Yann")


def test_editing_a_step_and_saving_changes_what_the_next_sale_plans(qtbot, editor):
    editor.steps.setCurrentRow(1)
    editor.step_form.offset.setValue(10)
    editor.step_form.title.clear()
    qtbot.keyClicks(editor.step_form.title, "Ten days on: all good?")
    assert editor.steps.item(1).text().startswith("D+10")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    step = _saved("Post-sale check").steps[1]
    assert (step.offset, step.unit, step.title) == (10, OffsetUnit.DAYS, "Ten days on: all good?")
    assert "Ten days on: all good?" in _buy()


def test_a_new_cadence_with_its_own_step_is_saved(qtbot, editor):
    qtbot.keyClick(editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor.form.name.clear()
    qtbot.keyClicks(editor.form.name, "Quarterly coffee")
    editor.form.trigger.setCurrentIndex(editor.form.trigger.findData(Trigger.FIRST_PURCHASE))
    editor.step_form.offset.setValue(3)
    editor.step_form.unit.setCurrentIndex(editor.step_form.unit.findData(OffsetUnit.MONTHS))
    qtbot.keyClicks(editor.step_form.title, "Coffee together")
    editor.save()
    saved = _saved("Quarterly coffee")
    assert saved.trigger is Trigger.FIRST_PURCHASE and saved.active
    assert [(s.offset, s.unit, s.title) for s in saved.steps] == [
        (3, OffsetUnit.MONTHS, "Coffee together")]
    assert editor.list.currentItem().text() == "Quarterly coffee"


def test_steps_are_added_removed_and_reordered(qtbot, editor):
    editor.steps.setCurrentRow(1)
    qtbot.keyClick(editor, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    editor.add_new_step()
    qtbot.keyClicks(editor.step_form.title, "One more")
    editor.steps.setCurrentRow(0)
    editor.remove_current_step()
    editor.save()
    assert [s.title for s in _saved("Post-sale check").steps] == [
        "Check the delivery went well", "One more"]


def test_a_step_without_a_title_is_refused_and_nothing_is_saved(qtbot, editor):
    before = _saved("Post-sale check")
    editor.step_form.title.clear()
    qtbot.keyClicks(editor.step_form.title, " ")
    assert not editor.save()
    assert "title" in editor.message.text()
    assert _saved("Post-sale check") == before
    editor.reject()
    assert editor.isVisible()  # what was typed is not thrown away


def test_closing_with_unsaved_edits_keeps_them(qtbot, editor):
    editor.form.name.clear()
    qtbot.keyClicks(editor.form.name, "Post-sale care")
    editor.reject()
    assert not editor.isVisible()
    assert [c.name for c in cadences.list_cadences()][0] == "Post-sale care"


def test_revert_goes_back_to_the_saved_cadence(qtbot, editor):
    qtbot.keyClicks(editor.form.name, " (draft)")
    editor.buttons.button(editor.buttons.StandardButton.Reset).click()
    assert editor.form.name.text() == "Post-sale check" and not editor.dirty


def test_ctrl_enter_saves_as_ctrl_s_does(qtbot, editor):
    editor.steps.setCurrentRow(1)
    editor.step_form.title.clear()
    qtbot.keyClicks(editor.step_form.title, "Two days on: all good?")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.step_form.title.setFocus()
    qtbot.keyClick(editor.step_form.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _saved("Post-sale check").steps[1].title == "Two days on: all good?"

"""The customer page as a card to act from: links, copying, big actions, editing on demand."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication

from loyaltydesk import formats
from loyaltydesk.domain.cadences import Channel, FollowUpKind
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, followups
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.ui.dialogs.contact import LogInteractionDialog
from loyaltydesk.ui.dialogs.feedback import SurveyDialog
from loyaltydesk.ui.followups.small_dialogs import SkipDialog, WhenDialog
from tests.ui.customers.conftest import add


class _Catcher(QObject):
    """Receives the URLs the app asks the system to open, instead of the system."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls():
    catcher = _Catcher()
    schemes = ("mailto", "tel", "http", "https")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, catcher, "handle")
    yield catcher.urls
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


def _zoé(clock) -> int:
    cid = add("Zoé Durand", Stage.FIRST_PURCHASE, company="Atelier Durand",
              email="zoe@atelier.fr", phone="+33 6 12 34 56 78", website="atelier-durand.fr",
              owner="Marc", tags=["craft", "bio"])
    record_purchase(cid, PurchaseInput(date(2026, 1, 10), Decimal("1530.99")))
    record_purchase(cid, PurchaseInput(date(2026, 2, 1), Decimal("200")))
    log_interaction(cid, InteractionInput(InteractionKind.CALL, "Catch-up",
                                          clock.now() - timedelta(days=9)))
    return cid


def _page(open_window, cid):
    window = open_window()
    window.open_customer(cid)
    return window, window.browser.page


def test_the_card_says_who_where_worth_and_when(qtbot, open_window, clock):
    cid = _zoé(clock)
    for f in followups.followups_of(cid):
        followups.drop_followup(f.id)  # only the survey below is planned
    thursday = clock.now().replace(day=5, hour=10)
    followups.schedule_followup(cid, thursday, "How was it?", kind=FollowUpKind.SURVEY)
    _, page = _page(open_window, cid)
    card = page.header
    assert card.name.text() == "Zoé Durand" and card.company.text() == "Atelier Durand"
    assert card.stage.text().startswith("Loyal · since")
    assert "2 purchases" in card.figures.text() and "LTV (3 years)" in card.figures.text()
    assert formats.money(173_099, "EUR") in card.figures.text()
    assert card.last_contact.text() == "Last contact: 9 days ago, call"
    assert card.next_step.text().startswith("Next step: Thu")
    assert card.next_step.text().endswith("10:00, survey")
    assert card.plan_button.isHidden()
    assert card.owner_tags.text() == "Owner: Marc · Tags: bio, craft"
    assert card.rhythm.text().startswith("In touch")
    shown = [b.text().split("\n") for b in card.buttons.values()]
    assert shown == [["Log contact", "Ctrl+L"], ["Record purchase", "Ctrl+Shift+P"],
                     ["Plan next step", "Ctrl+Shift+N"], ["Move stage", "Ctrl+Shift+M"]]
    for label in (card.name, card.company, card.figures, card.last_contact):
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_email_phone_and_website_open_their_handlers(qtbot, open_window, clock, opened_urls):
    cid = _zoé(clock)
    _, page = _page(open_window, cid)
    card = page.header
    for link in (card.email, card.phone, card.website):
        qtbot.mouseClick(link.link, Qt.MouseButton.LeftButton)
    assert [u.toString() for u in opened_urls] == [
        "mailto:zoe@atelier.fr", "tel:+33612345678", "http://atelier-durand.fr"]


def test_an_address_is_copied_in_one_click(qtbot, open_window, clock):
    cid = _zoé(clock)
    _, page = _page(open_window, cid)
    qtbot.mouseClick(page.header.phone.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "+33 6 12 34 56 78"
    qtbot.mouseClick(page.header.email.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "zoe@atelier.fr"



def test_the_postal_address_for_a_visit_is_on_the_card_and_copied_in_one_click(
        qtbot, open_window, clock):
    cid = add("Zoé Durand", Stage.LOYAL, street="12 rue des Lilas", postal_code="69003",
              city="Lyon", country="France")
    bare = add("Lou", Stage.LOYAL)
    window, page = _page(open_window, cid)
    address = page.header.address
    assert address.isVisible()
    assert address.text.text() == "12 rue des Lilas, 69003 Lyon, France"
    assert address.text.textFormat() == Qt.TextFormat.PlainText
    assert address.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    qtbot.mouseClick(address.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "12 rue des Lilas, 69003 Lyon, France"
    window.open_customer(bare)
    assert page.header.address.isHidden()

def test_no_next_step_offers_to_plan_one(qtbot, open_window, clock):
    cid = add("Lou", Stage.LOYAL)
    _, page = _page(open_window, cid)
    card = page.header
    assert card.next_step.text() == "No next step" and card.plan_button.isVisible()
    assert card.last_contact.text() == "Last contact: No contact yet"
    assert page.header.email.isHidden()
    qtbot.mouseClick(card.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.next_step.text().startswith("Next step:"))
    assert [f.kind for f in followups.followups_of(cid)] == [FollowUpKind.KEEP_IN_TOUCH]
    assert card.plan_button.isHidden()


def test_details_are_read_until_a_double_click_asks_to_edit(qtbot, open_window, clock):
    cid = add("Al", city="Lyon")
    _, page = _page(open_window, cid)
    city = page.form.lines["city"]
    assert not page.is_editing() and city.isReadOnly() and page.save_button.isHidden()
    qtbot.keyClicks(city, "Paris")
    assert city.text() == "Lyon" and not page.is_dirty()
    qtbot.mouseDClick(city, Qt.MouseButton.LeftButton)
    assert page.is_editing() and city.hasFocus() and page.edit_button.isHidden()
    city.selectAll()
    qtbot.keyClicks(city, "Paris")
    assert page.is_dirty() and page.save_button.isEnabled()
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)  # Cancel
    assert not page.is_editing() and city.text() == "Lyon"
    assert customers.get_customer(cid).details.city == "Lyon"
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    city.selectAll()
    qtbot.keyClicks(city, "Nantes")
    assert page.save()
    assert not page.is_editing() and customers.get_customer(cid).details.city == "Nantes"


def test_log_contact_from_the_card(qtbot, open_window, clock):
    cid = add("Al", Stage.LOYAL)
    _, page = _page(open_window, cid)
    qtbot.mouseClick(page.header.buttons["log_contact"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, LogInteractionDialog) and dialog.customer_id == cid
    qtbot.keyClicks(dialog.summary_edit, "Called about the spring range")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.header.last_contact.text() == "Last contact: today, call")


def _followups_tab(qtbot, page, title):
    page.tabs.setCurrentWidget(page.followups)
    panel = page.followups
    for top in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(top)
        for child in range(group.childCount()):
            if group.child(child).text(1) == title:
                panel.tree.setCurrentItem(group.child(child))
    panel.tree.setFocus()
    assert panel.current().title == title
    return panel


def test_the_survey_follow_up_is_finished_from_the_page(qtbot, open_window, clock):
    cid = add("Zoé", Stage.LOYAL)
    fid = followups.schedule_followup(cid, clock.now(), "Satisfaction", kind=FollowUpKind.SURVEY,
                                      script="What would make it 11?")
    _, page = _page(open_window, cid)
    panel = _followups_tab(qtbot, page, "Satisfaction")
    qtbot.keyClick(panel.tree, Qt.Key.Key_D)
    dialog = panel.followup_actions.dialog
    assert isinstance(dialog, SurveyDialog) and dialog.answers.value() == fid
    assert dialog.script.text() == "What would make it 11?"
    dialog.score.setValue(10)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert followups.get_followup(fid).status == "done"
    assert customers.get_customer(cid).last_score == 10
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(1).childCount() == 1)
    assert panel.message.text().startswith("Survey recorded: 10/10")


def test_reschedule_and_skip_from_the_page_use_todays_forms(qtbot, open_window, clock):
    cid = add("Zoé", Stage.LOYAL)
    call = followups.schedule_followup(cid, clock.now() + timedelta(hours=3), "Call back",
                                       channel=Channel.PHONE)
    offer = followups.schedule_followup(cid, clock.now() + timedelta(days=2), "Send offer")
    _, page = _page(open_window, cid)
    panel = _followups_tab(qtbot, page, "Call back")
    qtbot.keyClick(panel.tree, Qt.Key.Key_R)
    dialog = panel.followup_actions.dialog
    assert isinstance(dialog, WhenDialog)
    dialog.when.setDateTime(dialog.when.dateTime().addDays(1))
    expected = dialog.chosen()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert followups.get_followup(call).due_at == expected
    qtbot.waitUntil(lambda: panel.current() is not None
                    and panel.current().remind_at == expected)
    panel = _followups_tab(qtbot, page, "Send offer")
    qtbot.keyClick(panel.tree, Qt.Key.Key_K)
    dialog = panel.followup_actions.dialog
    assert isinstance(dialog, SkipDialog)
    qtbot.keyClicks(dialog.reason.lineEdit(), "Covered on the call")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert followups.get_followup(offer).status == "skipped"


def test_past_midnight_the_page_recomputes_what_depends_on_the_day(qtbot, open_window, clock):
    cid = add("Lou", Stage.LOYAL)
    # bought three years ago tomorrow: inside today's lifetime-value window, out of tomorrow's
    record_purchase(cid, PurchaseInput(date(2023, 3, 3), Decimal("500")))
    followups.schedule_followup(cid, clock.now().replace(hour=15), "Call", kind=FollowUpKind.TASK)
    window, page = _page(open_window, cid)
    card = page.header
    assert formats.money(50_000, "EUR") in card.figures.text()
    assert not card.next_step.text().endswith("(overdue)")
    page.start_editing()
    qtbot.keyClicks(page.form.lines["city"], "Lyon")  # typed edits survive the new day
    view = window.browser
    assert not view.day_watcher.check()  # the same day: nothing to do
    clock.advance(timedelta(days=1))
    assert view.day_watcher.check()
    qtbot.waitUntil(lambda: card.next_step.text().endswith("(overdue)"))
    assert formats.money(0, "EUR") in card.figures.text()
    assert customers.get_customer(cid).ltv_cents == 0
    assert page.form.lines["city"].text() == "Lyon" and page.is_dirty()
    page.revert()


def test_the_referrer_picker_takes_ctrl_enter_as_it_takes_enter(qtbot, data):
    from loyaltydesk.domain.contacts import ContactDetails
    from loyaltydesk.ui.customers.referrer_picker import CustomerPickerDialog

    ann = customers.create_customer(ContactDetails(name="Ann Referrer"))
    me = customers.create_customer(ContactDetails(name="Bob Referred"))
    picker = CustomerPickerDialog(exclude=me)
    qtbot.addWidget(picker)
    picker.show()
    picker.activateWindow()
    qtbot.waitUntil(picker.isActiveWindow)
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "Ann")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert picker.result() == picker.DialogCode.Accepted and picker.chosen_id() == ann

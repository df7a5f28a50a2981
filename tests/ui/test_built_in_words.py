"""The app's own stored words (built-in cadences, reasons, outcomes) read in the reader's
language; what a person typed, and what files and scripts read, stay as stored."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from loyaltydesk.built_in import BUILT_IN_LABELS, shown
from loyaltydesk.domain.cadences import BUILT_IN_CADENCES
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import FIRST_PURCHASE_REASON, SECOND_PURCHASE_REASON
from loyaltydesk.domain.phone_sync import DELETED_ON_PHONE, DONE_ON_PHONE
from loyaltydesk.services import customers, followups, rhythm
from loyaltydesk.services.cadences import REPLACED_REASON
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.reminders import Catching
from loyaltydesk.services.timeline import EntryKind, customer_timeline
from loyaltydesk.ui.cadences.forms import describe_offset, step_text
from loyaltydesk.ui.reminders.notice import notice_text
from loyaltydesk.ui.reminders.timer import Notice
from loyaltydesk.ui.timeline.model import TimelineModel


def _built_in_texts() -> set[str]:
    texts = {FIRST_PURCHASE_REASON, SECOND_PURCHASE_REASON, REPLACED_REASON, DONE_ON_PHONE,
             DELETED_ON_PHONE}
    for cadence in BUILT_IN_CADENCES:
        texts |= {cadence.name, cadence.description}
        texts |= {text for step in cadence.steps for text in (step.title, step.script)}
    return texts - {""}


def test_every_text_the_app_writes_by_itself_has_its_entry():
    assert _built_in_texts() <= set(BUILT_IN_LABELS.values())


def test_every_built_in_text_reads_french_in_french(french):
    untranslated = [text for text in BUILT_IN_LABELS.values() if shown(text) == text]
    assert not untranslated


def test_english_shows_the_stored_words_as_they_are():
    for text in BUILT_IN_LABELS.values():
        assert shown(text) == text
    assert shown("Closed: second purchase on 3 Dec") == "Closed: second purchase on 3 Dec"


def test_figures_stay_and_typed_words_are_left_alone(french):
    assert shown("Closed: second purchase on 3 Dec") == "Close : deuxième achat le 3 déc."
    assert shown("Now Loyal") == "Désormais Fidèle"
    assert shown("Now what?") == "Now what?"  # a person's words, not a rung
    assert shown("Satisfaction 8/10") == "Satisfaction 8/10"
    assert shown("Scored 9/10") == "Note : 9/10"
    assert shown("Purchase: 1,530.99 EUR").replace("\u202f", " ").replace("\u00a0", " ") == \
        "Achat : 1 530,99 €"
    assert shown("Next step, keeping a 30-day rhythm") == \
        "Prochaine étape, au rythme d’un contact tous les 30 jours"
    assert shown("Boxes for Lyon\nContract ends 2027-01-31") == \
        "Boxes for Lyon\nFin du contrat le 31/01/2027"
    assert shown("Check the delivery went well, twice") == "Check the delivery went well, twice"
    assert shown("Appeler Zoé") == "Appeler Zoé"


def test_the_timeline_reads_french_while_the_book_keeps_its_words(qtbot, data, clock, french,
                                                                     tmp_path):
    zoé = customers.create_customer(ContactDetails(name="Zoé Dupont"))
    record_purchase(zoé, PurchaseInput(date(2026, 3, 2), Decimal("250")))
    followups.schedule_followup(zoé, clock.now() + timedelta(days=3), "Appeler pour le devis")
    stored = customer_timeline(zoé)
    model = TimelineModel()
    model.set_entries(stored)
    shown_titles = [model.index(row).data(Qt.ItemDataRole.DisplayRole)
                    for row in range(model.rowCount())]
    assert "Vérifier que la livraison s’est bien passée" in shown_titles
    assert "Désormais Premier achat" in shown_titles
    assert "Appeler pour le devis" in shown_titles
    assert not {"Check the delivery went well", "Now First purchase"} & set(shown_titles)
    stage = next(row for row in range(model.rowCount())
                 if model.index(row).data(Qt.ItemDataRole.DisplayRole) == "Désormais Premier achat")
    assert "Premier achat enregistré" in model.index(stage).data(
        Qt.ItemDataRole.AccessibleTextRole)
    # the book, and so every export and sync, keeps the words as they were written
    titles = {e.title for e in customer_timeline(zoé) if e.kind is EntryKind.FOLLOWUP}
    assert "Check the delivery went well" in titles
    from loyaltydesk.exchange.exporter import ExportFormat, ExportOptions, export

    target = tmp_path / "relances.ics"
    export(target, [zoé], ExportOptions(ExportFormat.ICS))
    calendar = target.read_text(encoding="utf-8")
    assert "SUMMARY:" in calendar and "Check the delivery went well" in calendar
    assert "Vérifier" not in calendar


def test_a_reminder_and_the_next_step_read_french(data, clock, french):
    zoé = customers.create_customer(ContactDetails(name="Zoé Dupont"))
    step = followups.get_followup(rhythm.plan_next_step(zoé))
    assert step.title == "Keep in touch"  # as stored
    notice = Notice((step,), 1, Catching.LIVE)
    title, body = notice_text(notice)
    assert body.startswith("Garder le contact · ")
    assert "Zoé Dupont" in title and "Follow-up" not in title


def test_cadence_steps_read_french(french):
    check = BUILT_IN_CADENCES[0].steps[1]
    assert step_text(check).startswith("J+7 · ")
    assert step_text(check).endswith(": Une semaine après : comment ça se passe ?")
    assert describe_offset(-90, check.unit) == "90 jours avant"

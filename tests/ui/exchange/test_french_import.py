"""In French, File > Import says what is wrong with a file in French, where it is wrong."""

import pytest
from PySide6.QtCore import Qt

from loyaltydesk.services import customers
from loyaltydesk.ui.main_window import MainWindow
from tests.exchange.conftest import snapshot


@pytest.fixture
def window(qtbot, data, french):
    win = MainWindow(data)
    qtbot.addWidget(win)
    return win


def _open_import(window, qtbot, path):
    dialog = window.exchange_actions.open_import(path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.reading is None)
    return dialog


def test_a_card_cut_short_is_named_in_french(window, qtbot, tmp_path, data):
    cards = [f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Personne {i}\r\nEND:VCARD\r\n" for i in range(3)]
    cards[1] = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Coupée\r\n"  # no END before the next card
    path = tmp_path / "trois.vcf"
    path.write_text("".join(cards), encoding="utf-8")
    before = snapshot(data.database_path)
    dialog = _open_import(window, qtbot, path)
    assert dialog.problems.count() == 1
    assert dialog.problems.item(0).text() == ("fiche 2 (ligne 5) n’a pas de END:VCARD avant que "
                                              "la fiche suivante commence à la ligne 8")
    assert "1 fiche illisible" in dialog.status.text()
    model = dialog.table.model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[-1] == "Provenance" and "Name" not in headers
    assert model.index(1, 6).data() == "fiche 3 (ligne 8, Personne 2)"
    assert [b.text() for b in dialog.row_buttons.values()] == [
        "&Fusionner la sélection", "&Ajouter la sélection comme nouveaux",
        "&Laisser la sélection de côté"]
    assert snapshot(data.database_path) == before
    assert customers.customer_count() == 0


def test_a_bad_amount_in_a_purchases_file_is_said_in_french(window, qtbot, tmp_path, data):
    path = tmp_path / "achats.csv"
    path.write_text("Date,Email,Amount,Currency\n2026-03-02,zoe@exemple.fr,12.50,EUR\n"
                    "2026-03-03,zoe@exemple.fr,abc,EUR\n", encoding="utf-8")
    before = snapshot(data.database_path)
    dialog = _open_import(window, qtbot, path)
    assert dialog.status.textFormat() == Qt.TextFormat.PlainText
    assert dialog.status.text().endswith(
        "ligne 3 : le montant 'abc' n’est pas une somme d’argent")
    assert "amount" not in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    assert snapshot(data.database_path) == before


def test_notes_on_a_file_read_french(window, qtbot, tmp_path):
    path = tmp_path / "anniversaires.csv"
    path.write_text("Name,Email,Birthday\nZoé Lefèvre,zoe@exemple.fr,le 3 mars\n",
                    encoding="utf-8")
    dialog = _open_import(window, qtbot, path)
    texts = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert "ligne 2 : la date de naissance 'le 3 mars' n’est pas un jour ; gardée dans les " \
        "notes" in texts, texts

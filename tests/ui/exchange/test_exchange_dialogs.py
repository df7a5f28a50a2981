"""File > Import and Export, driven as a user drives them."""

import pytest
import vobject
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.exchange.csv_headers import Target
from loyaltydesk.services import customers
from loyaltydesk.services.imports import Action
from loyaltydesk.ui.exchange.preview_model import PreviewModel
from loyaltydesk.ui.main_window import MainWindow
from tests.exchange.conftest import snapshot

PEOPLE_CSV = ("Name,Email,Phone,City\n"
              "Zoé Durand,zoe@example.fr,+33 6 12 34 56 78,Lyon\n"
              "Ann Lee,ann@example.com,,Paris\n"
              "Bob Stone,bob@example.com,,Lille\n")


@pytest.fixture
def window(qtbot, data):
    customers.create_customer(ContactDetails(name="Zoé D.", email="ZOE@example.fr"))
    win = MainWindow(data)
    qtbot.addWidget(win)
    return win


def _open_import(window, qtbot, path):
    dialog = window.exchange_actions.open_import(path)
    qtbot.addWidget(dialog)
    return dialog


def test_the_menus_carry_import_export_and_export_selected(window):
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts[:2] == ["&Import…", "&Export…"]
    assert window.exchange_actions.export_selected_action in window.customer_context_actions


def test_the_preview_shows_adds_and_merges_then_imports(window, qtbot, tmp_path):
    path = tmp_path / "google.csv"
    path.write_text(PEOPLE_CSV, encoding="utf-8")
    dialog = _open_import(window, qtbot, path)
    model = dialog.table.model()
    assert model.rowCount() == 3
    assert model.index(0, 0).data() == "Merge into Zoé D. (same email)"  # and why
    assert "2 to add, 1 duplicates to merge" in dialog.status.text()
    dialog.table.selectRow(2)
    qtbot.mouseClick(dialog.row_buttons[Action.SKIP], Qt.MouseButton.LeftButton)
    assert model.index(2, 0).data() == "Leave out"
    with qtbot.waitSignal(window.data_replaced):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.startswith("1 added, 1 merged")
    assert customers.customer_count() == 2
    assert "Imported" in window.statusBar().currentMessage()


def test_unknown_columns_are_mapped_in_the_dialog(window, qtbot, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Kontakt;Mail\nAnn Lee;ann@example.com\n", encoding="utf-8")
    dialog = _open_import(window, qtbot, path)
    assert dialog.notes.item(0).text().startswith("No column is recognised")
    assert not dialog.import_button.isEnabled()
    assert dialog.mapping.isVisibleTo(dialog) and dialog.mapping.rowCount() == 2
    name, mail = dialog.mapping.combo(0), dialog.mapping.combo(1)
    name.setCurrentIndex(name.findData(Target.NAME))
    mail.setCurrentIndex(mail.findData(Target.EMAIL))
    assert dialog.table.model().index(0, 1).data() == "Ann Lee"
    assert dialog.table.model().index(0, 3).data() == "ann@example.com"
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert customers.customer_count() == 2


def test_columns_no_field_takes_are_offered_first_in_the_mapping(window, qtbot, tmp_path):
    path = tmp_path / "mood.csv"
    path.write_text("Name,Email,Humeur\nAnn Lee,ann@example.com,joyeuse\n", encoding="utf-8")
    dialog = _open_import(window, qtbot, path)
    assert dialog.notes.item(0).text() == "Columns left out unless you map them: Humeur"
    unplaced = dialog.mapping.item(2, 0)
    assert unplaced.font().bold() and "Not placed" in unplaced.toolTip()
    assert not dialog.mapping.item(0, 0).font().bold()
    mood = dialog.mapping.combo(2)
    mood.setCurrentIndex(mood.findData(Target.NOTE_FIELD))
    assert not any("Humeur" in dialog.notes.item(i).text() for i in range(dialog.notes.count()))
    with qtbot.waitSignal(dialog.finished):  # the import runs as a job
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    from loyaltydesk.services.customer_list import CustomerFilter, matching_ids
    [cid] = matching_ids(CustomerFilter(text="Ann Lee"))
    assert "Humeur: joyeuse" in customers.get_customer(cid).details.notes


def test_a_broken_file_shows_why_and_imports_nothing(window, qtbot, tmp_path, data):
    path = tmp_path / "cut.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half a card\r\n")
    before = snapshot(data.database_path)
    dialog = _open_import(window, qtbot, path)
    assert "1 card cannot be read" in dialog.status.text()
    assert dialog.problems.item(0).text().startswith("card 1 (line 1) ends without END:VCARD")
    assert dialog.status.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.import_button.isEnabled()
    assert snapshot(data.database_path) == before


def test_the_preview_offers_to_import_the_good_cards_and_skip_the_bad(window, qtbot, tmp_path,
                                                                      data):
    cards = [f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEND:VCARD\r\n" for i in range(4)]
    cards[2] = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut\r\n"  # no END before the next card
    path = tmp_path / "four.vcf"
    path.write_text("".join(cards), encoding="utf-8")
    before = snapshot(data.database_path)
    dialog = _open_import(window, qtbot, path)
    assert dialog.import_button.text().replace("&", "") == "Import the 3 good contacts, skip 1"
    assert dialog.problems.count() == 1 and "card 3 (line 9)" in dialog.problems.item(0).text()
    assert snapshot(data.database_path) == before  # nothing until the user chooses
    with qtbot.waitSignal(dialog.finished):  # the import runs as a job
        dialog.import_button.click()
    assert customers.customer_count() == 1 + 3


def test_choosing_another_encoding_reads_the_file_again(window, qtbot, tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("Name,Email\nBožena Nováková,bozena@example.cz\n".encode("cp1250"))
    dialog = _open_import(window, qtbot, path)
    dialog.encoding_box.setCurrentIndex(dialog.encoding_box.findData("cp1250"))
    assert dialog.table.model().index(0, 1).data() == "Božena Nováková"


def test_export_selected_writes_a_vcard(window, qtbot, tmp_path):
    ann = customers.create_customer(ContactDetails(name="Ann Lee", email="ann@example.com"))
    window.browser.reload()
    window.browser.table.select_customers([ann], ann)
    assert window.selected_customer_ids() == [ann]
    dialog = window.exchange_actions.export_selected()
    qtbot.addWidget(dialog)
    assert dialog.scope_box.currentText() == "Selected customers (1)"
    dialog.format_box.setCurrentIndex(dialog.format_box.findText("Address book, vCard 3.0"))
    dialog.path_edit.setText(str(tmp_path / "ann.vcf"))
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    card = vobject.readOne((tmp_path / "ann.vcf").read_text(encoding="utf-8"))
    assert card.fn.value == "Ann Lee"
    assert "1 card for 1 customer written to" in window.statusBar().currentMessage()


class _Opened(QObject):
    """Receives what QDesktopServices is asked to open, in place of the desktop."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_after_an_export_the_status_bar_offers_to_open_the_file(window, qtbot, tmp_path):
    customers.create_customer(ContactDetails(name="Ann Lee"))
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        dialog = window.exchange_actions.open_export()
        qtbot.addWidget(dialog)
        dialog.format_box.setCurrentIndex(1)
        dialog.path_edit.setText(str(tmp_path / "list.csv"))
        with qtbot.waitSignal(dialog.finished):  # the export runs as a job
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        button = window.findChild(QPushButton, "open_exported_file")
        assert button is not None and not button.isHidden()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert [u.toLocalFile() for u in opened.urls] == [str(tmp_path / "list.csv")]
        window.statusBar().clearMessage()
        assert button.isHidden()
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_export_all_as_pdf_from_the_file_menu(window, qtbot, tmp_path):
    dialog = window.exchange_actions.open_export()
    qtbot.addWidget(dialog)
    assert dialog.scope_box.currentText().startswith("Customers in the list")
    dialog.path_edit.setText(str(tmp_path / "sheets.pdf"))
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "sheets.pdf").read_bytes().startswith(b"%PDF")


def test_preview_model_passes_the_model_tester(qtmodeltester, window, tmp_path):
    from loyaltydesk.exchange.importer import preview_import
    path = tmp_path / "google.csv"
    path.write_text(PEOPLE_CSV, encoding="utf-8")
    model = PreviewModel()
    model.set_preview(preview_import(path))
    qtmodeltester.check(model)

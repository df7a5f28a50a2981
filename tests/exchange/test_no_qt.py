import subprocess
import sys


def test_formats_other_than_the_pdf_work_without_qt():
    code = ("import sys; sys.modules['PySide6'] = None; "
            "import loyaltydesk.exchange.importer, loyaltydesk.exchange.exporter, "
            "loyaltydesk.commands.exchange; print('ok')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


def test_the_contact_formats_read_and_write_without_loading_the_store():
    code = ("import sys; import loyaltydesk.exchange.vcard, loyaltydesk.exchange.csv_contacts, "
            "loyaltydesk.exchange.vcard_writer; print(sorted(m for m in sys.modules if "
            "m.startswith(('peewee', 'loyaltydesk.store', 'loyaltydesk.services'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr

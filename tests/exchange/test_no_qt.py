import subprocess
import sys


def test_formats_other_than_the_pdf_work_without_qt():
    code = ("import sys; sys.modules['PySide6'] = None; "
            "import loyaltydesk.exchange.importer, loyaltydesk.exchange.exporter, "
            "loyaltydesk.commands.exchange; print('ok')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr

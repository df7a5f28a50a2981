"""Long imports and exports behind a modal progress dialog whose Cancel changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from loyaltydesk.services.imports import Cancelled, Progress

T = TypeVar("T")


def run_with_progress(parent: QWidget, label: str, work: Callable[[Progress], T]) -> T | None:
    """Run `work` with a progress callback; None when the user cancelled it."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Exchange", "Cancel"), 0, 100,
                             parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAccessibleName(label)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        QCoreApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        return work(progress)
    except Cancelled:
        return None
    finally:
        dialog.close()
        dialog.deleteLater()

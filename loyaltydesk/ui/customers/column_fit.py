"""The customer list's columns fit the list's width: every title and value reads whole.

Each column gets what its title and its longest usual value need; when the list is narrow
(the customer page beside it), the columns that matter least step aside until the rest fit,
and come back when there is room. Columns the user hid stay hidden.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from loyaltydesk import formats
from loyaltydesk.domain.ladder import LADDER
from loyaltydesk.ui.customers.table_model import Column
from loyaltydesk.ui.widgets.marks import money_text

# Kept longest when room runs out: the name first, the last score last.
PRIORITY = (Column.NAME, Column.STAGE, Column.NEXT_FOLLOWUP, Column.RHYTHM, Column.LTV,
            Column.COMPANY, Column.LAST_CONTACT, Column.CITY, Column.OWNER, Column.PURCHASES,
            Column.SCORE)
# Columns that take the room left over, in these shares.
_GROW = {Column.NAME: 3, Column.COMPANY: 3, Column.CITY: 1, Column.OWNER: 1}
_PAD = 16


def _samples(table: QTableView, column: Column) -> list[str]:
    """The longest values a column usually shows, to size it before any row is read."""
    from loyaltydesk.ui.customers.formatting import stage_label

    sample_day = date(2026, 12, 28)
    match column:
        case Column.NAME:
            return ["Margaux Lefebvre-Dupont"]
        case Column.COMPANY:
            return ["Atelier Chevalier & Fils"]
        case Column.STAGE:
            return [stage_label(stage) for stage in LADDER]
        case Column.NEXT_FOLLOWUP:
            return [table.tr("%s (overdue)") % formats.day(sample_day), table.tr("No next step")]
        case Column.LAST_CONTACT:
            return [formats.day(sample_day), table.tr("Never")]
        case Column.LTV:
            return [money_text(99_999_999)]
        case Column.RHYTHM:
            return ["Amber   "]  # room for the dot
        case Column.CITY:
            return ["Saint-Étienne"]
        case Column.OWNER:
            return ["Clara Weiss"]
        case Column.PURCHASES:
            return ["999"]
        case Column.SCORE:
            return ["10/10"]
    return [""]


def needed_width(table: QTableView, column: Column) -> int:
    header = table.horizontalHeader()
    metrics = QFontMetrics(table.font())
    content = max(metrics.horizontalAdvance(text) for text in _samples(table, column)) + _PAD
    if column == Column.RHYTHM:
        content += table.iconSize().width() if table.iconSize().isValid() else 16
    return max(content, header.sectionSizeFromContents(column).width() + 4)


def fit_columns(table: QTableView, user_hidden: set[int]) -> None:
    """Show the columns that fit the viewport, in priority order, and share the rest."""
    header = table.horizontalHeader()
    room = table.viewport().width()
    if room <= 0:
        return
    needs = {c: needed_width(table, c) for c in Column if c not in user_hidden}
    shown: list[Column] = []
    used = 0
    for column in PRIORITY:
        if column in needs and (used + needs[column] <= room or not shown):
            shown.append(column)
            used += needs[column]
    spare = max(room - used, 0)
    shares = sum(_GROW.get(c, 0) for c in shown) or 1
    extra = {c: spare * _GROW.get(c, 0) // shares for c in shown}
    header.blockSignals(True)
    try:
        for column in Column:
            header.setSectionHidden(column, column not in shown)
            if column in shown:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, needs[column] + extra[column])
    finally:
        header.blockSignals(False)
    # the last one takes the pixels the integer shares left over
    header.setStretchLastSection(True)

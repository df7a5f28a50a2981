"""Recording a purchase: the sale, and at once the ladder move and the care it schedules."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from loyaltydesk import formats
from loyaltydesk.domain.money import MoneyError, parse_amount, to_cents
from loyaltydesk.services.purchases import PurchaseInput, PurchaseOutcome, record_purchase
from loyaltydesk.translations import QT_TRANSLATE_NOOP
from loyaltydesk.ui.dialogs.base import InputError, QuickDialog, date_edit
from loyaltydesk.ui.local_time import from_qdate, today
from loyaltydesk.ui.timeline.kinds import counted
from loyaltydesk.ui.words import stage_label


def default_currency() -> str:
    code = QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 and code.isalpha() else "EUR"


class RecordPurchaseDialog(QuickDialog):
    """Amount as typed in the user's habit ('1 234,50' or '1,234.50'), never a float."""

    def __init__(self, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(customer_id, self.tr("Record purchase"), parent)
        self.day = self.add_row(self.tr("&Date:"), date_edit(today(), self.tr("Date")))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 1 250,00"))
        self.amount.setAccessibleName(self.tr("Amount"))
        self.currency = QLineEdit(default_currency())
        self.currency.setMaxLength(3)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setMaximumWidth(self.currency.fontMetrics().horizontalAdvance("WWWW") + 16)
        money = QWidget()
        row = QHBoxLayout(money)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount, 1)
        row.addWidget(self.currency)
        self.add_row(self.tr("&Amount:"), money).setAccessibleName(self.tr("Amount and currency"))
        caption = self.form.labelForField(money)
        assert isinstance(caption, QLabel)  # the caption add_row made
        caption.setBuddy(self.amount)
        self.description = self.add_row(self.tr("&What:"), QLineEdit())
        self.description.setPlaceholderText(self.tr("What was bought"))
        self.renewal = self.add_row(self.tr("&Renewal:"),
                                    QCheckBox(self.tr("This renews an earlier contract")))
        self.has_end = QCheckBox(self.tr("Contract &ends on"))
        self.has_end.setAccessibleName(self.tr("Has a contract end date"))
        self.end_day = date_edit(today() + timedelta(days=365), self.tr("Contract end date"))
        self.end_day.setEnabled(False)
        self.has_end.toggled.connect(self.end_day.setEnabled)
        self.form.addRow(self.has_end, self.end_day)
        self.amount.setFocus()

    def entry(self) -> PurchaseInput:
        text = self.amount.text().strip()
        if not text:
            raise InputError(self.tr("Type the amount of the purchase"), self.amount)
        try:
            amount = parse_amount(text)
        except MoneyError as exc:
            raise InputError(self.tr("%s is not an amount") % text, self.amount) from exc
        currency = self.currency.text().strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise InputError(self.tr("The currency is a three-letter code such as EUR"),
                             self.currency)
        end = from_qdate(self.end_day.date()) if self.has_end.isChecked() else None
        return PurchaseInput(from_qdate(self.day.date()), amount, currency,
                             self.description.text().strip(), self.renewal.isChecked(), end)

    def save(self) -> PurchaseOutcome:
        return record_purchase(self.customer_id, self.entry())

    def summary(self, result: PurchaseOutcome) -> str:
        entry = self.entry()
        parts = [self.tr("Purchase recorded: %s")
                 % formats.money(to_cents(entry.amount), entry.currency)]
        if result.stage_move is not None:
            parts.append(self.tr("now %s") % stage_label(result.stage_move.to_stage))
        if result.followup_ids:
            parts.append(counted(len(result.followup_ids),
                                 QT_TRANSLATE_NOOP("Timeline", "1 follow-up scheduled"),
                                 QT_TRANSLATE_NOOP("Timeline", "%s follow-ups scheduled")))
        return " · ".join(parts)

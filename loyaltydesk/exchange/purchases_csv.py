"""Order history from a shop or accounting system: date, customer, amount, currency, what."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from loyaltydesk.domain.money import MoneyError, parse_amount
from loyaltydesk.exchange.csv_table import Table, read_table
from loyaltydesk.exchange.errors import ExchangeError, at_line
from loyaltydesk.exchange.words import tr
from loyaltydesk.services.purchase_imports import IncomingPurchase
from loyaltydesk.services.purchases import PurchaseInput


class Column(StrEnum):
    DATE = "date"
    EMAIL = "email"
    NAME = "name"
    AMOUNT = "amount"
    CURRENCY = "currency"
    DESCRIPTION = "description"
    RENEWAL = "renewal"
    CONTRACT_END = "contract_end"


HEADERS: dict[Column, tuple[str, ...]] = {
    Column.DATE: ("date", "purchase date", "order date", "invoice date", "datum", "date de vente",
                  "purchased on"),
    Column.EMAIL: ("email", "e-mail", "customer email", "client email", "billing email"),
    Column.NAME: ("customer", "name", "customer name", "client", "kunde", "company"),
    Column.AMOUNT: ("amount", "total", "price", "net", "montant", "betrag", "sum"),
    Column.CURRENCY: ("currency", "devise", "währung", "waehrung"),
    Column.DESCRIPTION: ("description", "item", "product", "what", "article", "beschreibung"),
    Column.RENEWAL: ("renewal", "is renewal"),
    Column.CONTRACT_END: ("contract end", "contract end date", "contract ends", "ends on"),
}
_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "CHF": "CHF"}
_YES = {"yes", "y", "true", "1", "x", "oui", "ja"}


@dataclass
class PurchasesRead:
    table: Table
    purchases: list[IncomingPurchase]
    notes: list[str]


def _column(header: str) -> Column | None:
    key = " ".join(header.strip().casefold().split())
    return next((c for c, names in HEADERS.items() if key in names), None)


def header_score(cells: list[str]) -> int:
    return sum(1 for c in cells if _column(c) is not None)


# A date that cannot be read, by the column it is in
NOT_REAL_LABELS = {"date": "the date {text} is not a real date",
                   "contract end": "the contract end {text} is not a real date"}
NOT_A_DATE_LABELS = {
    "date": "the date {text} is not a date (use 2026-03-31 or 31/03/2026)",
    "contract end": "the contract end {text} is not a date (use 2026-03-31 or 31/03/2026)"}


class _Dates:
    """Reads ISO, d.m.y and slashed dates; slashed ones day first unless the file says not."""

    def __init__(self, texts: list[str], day_first: bool | None) -> None:
        self.day_first = day_first
        self.ambiguous = False
        if day_first is None:
            pairs = [tuple(int(x) for x in m.groups()[:2]) for t in texts
                     if (m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2,4})", t.strip()))]
            month_first = any(b > 12 for a, b in pairs)
            self.day_first = not month_first
            self.ambiguous = bool(pairs) and not month_first and not any(a > 12 for a, b in pairs)

    def read(self, text: str, line: int, what: str) -> date:
        value = text.strip()
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].*)?", value):
                return datetime.fromisoformat(value).date() if len(value) > 10 \
                    else date.fromisoformat(value)
            found = re.fullmatch(r"(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})", value)
            if found:
                a, sep, b, year = found.groups()
                day, month = (a, b) if sep == "." or self.day_first else (b, a)
                full = int(year) + (2000 if len(year) == 2 else 0)
                return date(full, int(month), int(day))
        except ValueError as exc:
            raise at_line(line, tr(NOT_REAL_LABELS[what]).format(text=repr(text))) from exc
        raise at_line(line, tr(NOT_A_DATE_LABELS[what]).format(text=repr(text)))


def _amount(text: str, line: int) -> tuple[str, str | None]:
    value = text.strip()
    currency = None
    for symbol, code in _SYMBOLS.items():
        if symbol in value:
            value, currency = value.replace(symbol, ""), code
    try:
        amount = parse_amount(value)
    except MoneyError as exc:
        raise at_line(line, tr("the amount {text} is not an amount of money").format(
            text=repr(text))) from exc
    if amount < 0:
        raise at_line(line, tr("the amount {text} is negative; a refund is not a purchase")
                      .format(text=repr(text)))
    return str(amount), currency


def _columns(table: Table) -> dict[Column, int]:
    found: dict[Column, int] = {}
    for index, header in enumerate(table.headers):
        column = _column(header)
        if column is not None and column not in found:
            found[column] = index
    if Column.DATE not in found or Column.AMOUNT not in found:
        raise at_line(table.header_line, tr(
            "a purchases file needs a date and an amount column (headers like Date, Email, "
            "Customer, Amount, Currency, Description)"))
    if Column.EMAIL not in found and Column.NAME not in found:
        raise at_line(table.header_line, tr(
            "a purchases file needs the customer's email or name in a column (Email or "
            "Customer)"))
    return found


def read_purchases(data: bytes, encoding: str | None = None, delimiter: str | None = None,
                   default_currency: str = "EUR", day_first: bool | None = None) -> PurchasesRead:
    table = read_table(data, header_score, encoding, delimiter)
    if table.bad:  # a purchase history is taken whole or not at all
        raise ExchangeError(table.bad[0])
    columns = _columns(table)

    def cell(cells: list[str], column: Column) -> str:
        return cells[columns[column]].strip() if column in columns else ""

    dates = _Dates([cell(c, Column.DATE) for _, c in table.rows], day_first)
    purchases = []
    for line, cells in table.rows:
        on = dates.read(cell(cells, Column.DATE), line, "date")
        amount, symbol_currency = _amount(cell(cells, Column.AMOUNT), line)
        currency = cell(cells, Column.CURRENCY) or symbol_currency or default_currency
        ends = cell(cells, Column.CONTRACT_END)
        email, name = cell(cells, Column.EMAIL), cell(cells, Column.NAME)
        if not email and not name:
            raise at_line(line, tr("no customer email or name on this line"))
        entry = PurchaseInput(on, parse_amount(amount), currency.upper(),
                              cell(cells, Column.DESCRIPTION),
                              cell(cells, Column.RENEWAL).casefold() in _YES,
                              dates.read(ends, line, "contract end") if ends else None)
        if len(entry.currency) != 3 or not entry.currency.isalpha():
            raise at_line(line, tr("{code} is not a three-letter currency code").format(
                code=repr(currency)))
        purchases.append(IncomingPurchase(line, email, name, entry))
    notes = [tr("dates like 03/04/2026 were read day first (3 April 2026)")] \
        if dates.ambiguous and dates.day_first else []
    return PurchasesRead(table, purchases, notes)

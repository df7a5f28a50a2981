"""Money as Decimal amounts and integer cents, never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")


class MoneyError(ValueError):
    """Text that is not an amount of money."""


def to_cents(amount: Decimal | int | str) -> int:
    """Whole cents for an amount such as Decimal('12.5'), 12 or '1 234,50'."""
    if isinstance(amount, str):
        amount = parse_amount(amount)
    return int((Decimal(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def parse_amount(text: str) -> Decimal:
    """Reads '1234.50', '1 234,50', '1,234.50' or '-12'; refuses anything else."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if "," in cleaned and "." in cleaned:
        # the last separator is the decimal one
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        head, _, tail = cleaned.rpartition(",")
        cleaned = f"{head.replace(',', '')}.{tail}" if len(tail) != 3 else head + tail
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise MoneyError(f"{text!r} is not an amount") from exc
    if not value.is_finite():
        raise MoneyError(f"{text!r} is not an amount")
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def format_money(cents: int, currency: str = "") -> str:
    """A plain, locale-neutral rendering for logs and the command line: '1,234.50 EUR'."""
    text = f"{from_cents(cents):,.2f}"
    return f"{text} {currency}".strip()

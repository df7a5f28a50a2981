"""Numbers, money and days in Insights: the shared formats module's words, under the names
the pages use."""

from __future__ import annotations

from datetime import date

from loyaltydesk import formats

DASH = formats.DASH


def count_text(value: int) -> str:
    return formats.number(value)


def money_text(cents: int, currency: str = "") -> str:
    """1234567 cents -> '€12,345.67' (or '12 345,67 €'), as the locale writes it."""
    return formats.money(cents, currency)


def short_money_text(cents: int, currency: str = "") -> str:
    """Whole units only, for tight places such as chart captions of many bars."""
    return formats.money(cents, currency, decimals=False)


def percent_text(share: float | None) -> str:
    return formats.percent(share)


def days_text(days: float | int | None) -> str:
    """A span in words: '3 months', 'almost 5 years'."""
    return formats.duration(days)


def number_text(value: float | int | None) -> str:
    if value is None:
        return DASH
    from PySide6.QtCore import QLocale

    return QLocale().toString(float(value), "f", 1 if value % 1 else 0)


def day_text(day: date | None) -> str:
    return formats.day(day)


def month_label(key: str) -> str:
    """'2026-03' -> 'Mar 2026' in the locale's words."""
    year, month = (int(part) for part in key.split("-"))
    return formats.month_year(year, month)

"""Numbers, money and days as the user's locale writes them (money never goes through float)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

DASH = "\u2013"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Insights", text)


def count_text(value: int) -> str:
    return QLocale().toString(value)


def money_text(cents: int, currency: str = "") -> str:
    """1234567 cents -> '12,345.67 EUR' (separators from the locale)."""
    locale = QLocale()
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    text = f"{sign}{locale.toString(units)}{locale.decimalPoint()}{rest:02d}"
    return f"{text} {currency}".strip()


def short_money_text(cents: int, currency: str = "") -> str:
    """Whole units only, for tight places such as chart captions of many bars."""
    units = (abs(cents) + 50) // 100
    return f"{'-' if cents < 0 else ''}{QLocale().toString(units)} {currency}".strip()


def percent_text(share: float | None) -> str:
    if share is None:
        return DASH
    return f"{QLocale().toString(100 * share, 'f', 1)} %"


def days_text(days: float | int | None) -> str:
    if days is None:
        return DASH
    shown = QLocale().toString(float(days), "f", 1 if days % 1 else 0)
    return _tr("%s days") % shown if days != 1 else _tr("1 day")


def number_text(value: float | int | None) -> str:
    if value is None:
        return DASH
    return QLocale().toString(float(value), "f", 1 if value % 1 else 0)


def day_text(day: date | None) -> str:
    if day is None:
        return DASH
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)


def month_label(key: str) -> str:
    """'2026-03' -> 'Mar 2026' in the locale's words."""
    year, month = (int(part) for part in key.split("-"))
    return f"{QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)} {year}"

"""How LoyaltyDesk writes money, dates, times, numbers and durations for people, in their locale.

The one place that knows: the window, the PDF sheets and the command line's human output all
call it; machine-readable output (CSV, `--json`, `due`'s columns) never does. Money never goes
through float: digits come from integer cents, the locale only gives the marks and where the
currency sign stands.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from loyaltydesk.clock import clock

DASH = "\u2013"


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


# ---------------------------------------------------------------------------------------------
# Numbers and money


def number(value: int, locale: QLocale | None = None) -> str:
    """A whole number with the locale's grouping: 12345 -> '12,345' or '12 345'."""
    return _locale(locale).toString(int(value))


def _digits(cents: int, loc: QLocale, decimals: bool) -> str:
    units, rest = divmod(abs(cents), 100)
    if not decimals:
        units = (abs(cents) + 50) // 100
        return loc.toString(units)
    return f"{loc.toString(units)}{loc.decimalPoint()}{rest:02d}"


@lru_cache(maxsize=64)
def _template(locale_name: str, symbol: str) -> str:
    """Where the locale puts the number and the sign: '¤#' for en_GB, '# ¤' for fr_FR."""
    loc = QLocale(locale_name)
    sample = loc.toCurrencyString(1.0, symbol)
    shown = loc.toString(1.0, "f", 2)
    if shown not in sample:  # a locale writing currency without decimals
        shown = loc.toString(1)
    return sample.replace(shown, "{}", 1)


@lru_cache(maxsize=1)
def _symbols() -> dict[str, str]:
    """ISO code -> the sign its own countries write, when no other currency shares that sign."""
    by_code: dict[str, set[str]] = {}
    uses: dict[tuple[str, str], int] = {}
    for loc in QLocale.matchingLocales(QLocale.Language.AnyLanguage, QLocale.Script.AnyScript,
                                       QLocale.Country.AnyTerritory):
        code = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        sign = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        if code and sign and sign != code:
            by_code.setdefault(code, set()).add(sign)
            uses[code, sign] = uses.get((code, sign), 0) + 1
    owners: dict[str, set[str]] = {}
    for code, signs in by_code.items():
        for sign in signs:
            owners.setdefault(sign, set()).add(code)
    chosen: dict[str, str] = {}
    for code, signs in by_code.items():
        # a sign shared by several currencies ('£', '$') goes to the one most locales use it for
        mine = [s for s in signs if max(owners[s], key=lambda c: (uses[c, s], c)) == code]
        if mine:
            chosen[code] = min(mine, key=lambda s: (len(s), -uses[code, s]))
    return chosen


def currency_symbol(code: str, locale: QLocale | None = None) -> str:
    """The sign to write for an ISO currency: the locale's own, else an unambiguous one, else
    the code itself ('USD' in a French book stays 'USD'; '$' would not say which dollar)."""
    loc = _locale(locale)
    code = (code or "").strip().upper()
    if not code:
        return loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    if code == loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode):
        return loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return _symbols().get(code, code)


def money(cents: int, currency: str = "", locale: QLocale | None = None, *,
          decimals: bool = True) -> str:
    """An amount with its currency as the locale writes it: '€1,530.99', '1 530,99 €'.

    `decimals=False` rounds to whole units for tight places (chart captions).
    """
    loc = _locale(locale)
    symbol = currency_symbol(currency, loc)
    text = _template(loc.name(), symbol).format(_digits(cents, loc, decimals))
    # a plain minus in front, never the accountant's brackets some locales default to
    return loc.negativeSign() + text if cents < 0 else text


# Languages that set the percent sign apart from the number, with a narrow no-break space
# (CLDR's percent patterns): "12,5 %" in French, "12.5%" in English.
_SPACED_PERCENT = {QLocale.Language.French, QLocale.Language.German, QLocale.Language.Spanish,
                   QLocale.Language.Swedish, QLocale.Language.Finnish, QLocale.Language.Danish,
                   QLocale.Language.NorwegianBokmal, QLocale.Language.Czech,
                   QLocale.Language.Slovak, QLocale.Language.Russian}


def percent(share: float | None, locale: QLocale | None = None) -> str:
    """0.125 -> '12.5%' (or '12,5 %'); None -> a dash."""
    if share is None:
        return DASH
    loc = _locale(locale)
    gap = "\u202f" if loc.language() in _SPACED_PERCENT else ""
    return loc.toString(100 * share, "f", 1) + gap + loc.percent()


# ---------------------------------------------------------------------------------------------
# Dates and times


def local(moment: datetime) -> datetime:
    """A stored (aware) moment in the user's local time."""
    return moment.astimezone(clock().local_tz())


def today() -> date:
    """What day it is for the person at the screen."""
    return local(clock().now()).date()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day(value: date | datetime | None, locale: QLocale | None = None, *,
        long: bool = False) -> str:
    """A date in the locale's short form ('07/12/2026'), or long ('lundi 7 décembre 2026').

    With no language set (the C locale) dates are ISO, which nobody misreads.
    """
    if value is None:
        return DASH
    if isinstance(value, datetime):
        value = local(value).date()
    loc = _locale(locale)
    if loc.language() == QLocale.Language.C:
        return value.isoformat()
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return loc.toString(_qdate(value), form)


def weekday_day(value: date, locale: QLocale | None = None) -> str:
    """'Thu 10 Dec' / 'jeu. 10 déc.': a day near today, named as people say it."""
    loc = _locale(locale)
    name = loc.dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)
    month = loc.monthName(value.month, QLocale.FormatType.ShortFormat)
    if loc.language() == QLocale.Language.English and loc.territory() in (
            QLocale.Country.UnitedStates, QLocale.Country.Canada):
        return f"{name} {month} {value.day}"
    return f"{name} {value.day} {month}"


def time(moment: datetime, locale: QLocale | None = None) -> str:
    """The local hour and minute in the locale's short form ('10:00', '10:00 AM')."""
    shown = local(moment)
    loc = _locale(locale)
    if loc.language() == QLocale.Language.C:
        return shown.strftime("%H:%M")
    return loc.toString(QTime(shown.hour, shown.minute), QLocale.FormatType.ShortFormat)


def moment(value: datetime | None, locale: QLocale | None = None) -> str:
    """A stored moment as the local day and time: '07/12/2026 10:00'."""
    if value is None:
        return DASH
    return f"{day(value, locale)} {time(value, locale)}"


def month_year(year: int, month: int, locale: QLocale | None = None) -> str:
    """'Mar 2026' / 'mars 2026'."""
    loc = _locale(locale)
    return f"{loc.standaloneMonthName(month, QLocale.FormatType.ShortFormat)} {year}"


# ---------------------------------------------------------------------------------------------
# Durations in words

_DAYS_PER_MONTH = 365.25 / 12
_DAYS_PER_YEAR = 365.25



# Every form is written out whole, so Qt Linguist finds it and each language places the number.
_SPANS = {
    "week": (lambda n: QCoreApplication.translate("Formats", "%n week(s)", None, n),
             lambda n: QCoreApplication.translate("Formats", "almost %n week(s)", None, n),
             lambda n: QCoreApplication.translate("Formats", "over %n week(s)", None, n)),
    "month": (lambda n: QCoreApplication.translate("Formats", "%n month(s)", None, n),
              lambda n: QCoreApplication.translate("Formats", "almost %n month(s)", None, n),
              lambda n: QCoreApplication.translate("Formats", "over %n month(s)", None, n)),
    "year": (lambda n: QCoreApplication.translate("Formats", "%n year(s)", None, n),
             lambda n: QCoreApplication.translate("Formats", "almost %n year(s)", None, n),
             lambda n: QCoreApplication.translate("Formats", "over %n year(s)", None, n)),
}


def days(count: int) -> str:
    """'1 day', '5 days' (numbers of days, exact)."""
    return QCoreApplication.translate("Formats", "%n day(s)", None, count)


def duration(length: timedelta | int | float | None) -> str:
    """A span in the words a person uses: '5 days', '3 weeks', 'almost 5 years'.

    An int or float is a number of days.
    """
    if length is None:
        return DASH
    span = length.total_seconds() / 86400 if isinstance(length, timedelta) else float(length)
    span = abs(span)
    if span < 1:
        return QCoreApplication.translate("Formats", "less than a day")
    if span < 14:
        return days(int(span))
    if span < 45:
        return _words(span / 7, "week")
    if span < 365:
        return _words(span / _DAYS_PER_MONTH, "month")
    return _words(span / _DAYS_PER_YEAR, "year")


def _words(value: float, unit: str) -> str:
    exact, almost, over = _SPANS[unit]
    value += 0.01  # 365 days is a year, not "almost 1 year", whatever the leap days
    whole = int(value)
    fraction = value - whole
    if fraction >= 0.75:
        return almost(whole + 1)
    if fraction >= 0.25 and whole >= 1 and value >= 1.25:
        return over(whole)
    return exact(max(whole, 1))


def ago(moment: datetime | None) -> str:
    """'today', 'yesterday', '9 days ago', 'almost 2 years ago' from the clock's today."""
    if moment is None:
        return DASH
    elapsed = (today() - local(moment).date()).days
    if elapsed == 0:
        return QCoreApplication.translate("Formats", "today")
    if elapsed == 1:
        return QCoreApplication.translate("Formats", "yesterday")
    if elapsed < 0:
        return in_time(moment)
    return QCoreApplication.translate("Formats", "%1 ago").replace("%1", duration(elapsed))


def in_time(moment: datetime) -> str:
    """'today', 'tomorrow', 'in 3 days' for a moment ahead of today."""
    ahead = (local(moment).date() - today()).days
    if ahead <= 0:
        return QCoreApplication.translate("Formats", "today")
    if ahead == 1:
        return QCoreApplication.translate("Formats", "tomorrow")
    return QCoreApplication.translate("Formats", "in %1").replace("%1", duration(ahead))

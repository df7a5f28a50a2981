"""Texts the app itself wrote into the book, shown in the reader's language (the window and
the contact sheets).

The book stores the built-in cadences' titles and what to ask, the reasons of automatic ladder
moves and the outcomes it records in English, as written when they were made (exports, phone
sync and scripts read them as stored). The window shows a stored text in the reader's language
when it is exactly one of these (or of the patterns below, with the customer's own figures
kept); anything a person typed, even in a built-in cadence, is shown as typed.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from loyaltydesk import formats
from loyaltydesk.domain.ladder import Stage

# Translation context: BuiltIn
_CONTEXT = "BuiltIn"

# Every text the app writes by itself; tests hold it equal to the domain's and services' own.
BUILT_IN_LABELS = {
    # the built-in cadences: names, purposes, step titles and what to ask
    "post_sale_check": "Post-sale check",
    "post_sale_check.about":
        "A systematic satisfaction check right after every sale, before small hiccups grow.",
    "check.1": "Check the delivery went well",
    "check.1.ask": "Did everything arrive as promised? Any hiccup we should deal with now?",
    "check.7": "One week on: how is it going?",
    "check.7.ask": "How are things progressing? Is it delivering the value we talked about?",
    "after_sale_touches": "Stay in touch after the sale",
    "after_sale_touches.about":
        "Further points of contact, because needs change: D+1 month, D+3 months, D+6 months.",
    "touch.1": "One month on: results so far",
    "touch.1.ask": "What are the results to date? What are the new needs?",
    "touch.3": "Three months on: share something useful",
    "touch.3.ask": "Send an insight or industry news that helps them; ask what has changed.",
    "touch.6": "Six months on: review together",
    "touch.6.ask": "Review results, what could be done differently, and what comes next.",
    "satisfaction_survey": "Satisfaction survey",
    "satisfaction_survey.about": "Ask for a rating out of 10 and what would make it 11 out of 10.",
    "survey": "Satisfaction: what would make it 11/10?",
    "survey.ask": "How satisfied are you, out of 10? If we could give you 11 out of 10, what "
                  "would we have to do that we are not doing right now?",
    "second_order": "Ask for the second order",
    "second_order.about":
        "The first sale can be a fluke; loyalty starts after the second one. Ask for it.",
    "second_order.ask": "Now the value is confirmed, what would the next order look like? "
                        "Offer a reason to come back: a refill, a complement, a volume step.",
    "promoter_asks": "Promoter: testimonial and referral",
    "promoter_asks.about": "A happy customer is asked for a testimonial, then for a referral.",
    "testimonial": "Ask for a testimonial or review",
    "testimonial.ask":
        "Would you share a few words about your experience? A review, a quote, a story.",
    "referral": "Ask for a referral",
    "referral.ask": "Who else do you know who would benefit the way you have?",
    "detractor_recovery": "Detractor recovery",
    "detractor_recovery.about":
        "A low score gets a call quickly: listen, take notes, fix what can be fixed.",
    "recovery": "Call back about the low score",
    "recovery.ask": "Listen first. What went wrong? What would it take to make it right?",
    "renewal": "Renewal, worked ahead of time",
    "renewal.about": "Renewals are not passive income: touches with value 90, 60 and 30 days "
                     "before the end.",
    "renewal.90": "Renewal in 90 days: review value",
    "renewal.90.ask":
        "Review the value delivered this term and the trigger events ahead of them.",
    "renewal.60": "Renewal in 60 days: bring an idea",
    "renewal.60.ask": "Bring industry information or an idea that helps their strategy.",
    "renewal.30": "Renewal in 30 days: agree next term",
    "renewal.30.ask": "Agree the next term on the value created, not on last year's contract.",
    "birthday": "Birthday wishes",
    "birthday.about": "A personal word on the customer's birthday: a classic loyalty gesture. "
                      "Off until you turn it on.",
    "birthday.wish": "Wish a happy birthday",
    "birthday.wish.ask": "A short, personal message; no sales pitch today.",
    # the relationship rhythm's next step
    "keep_in_touch": "Keep in touch",
    "keep_in_touch.ask": "How are things going? Anything new we can help with?",
    # reasons and outcomes written by the app
    "first_purchase": "First purchase recorded",
    "second_purchase": "Second purchase: loyalty starts here",
    "replaced": "Replaced by the same cadence started again",
    "done_on_phone": "Done on the phone",
    "deleted_on_phone": "Deleted on the phone",
}

# Texts with the customer's own figures in them: the English pattern, and its words with %1,
# %2 where the figures go.
PATTERN_LABELS = {
    r"Added as (?P<stage>.+)": "Added as %1",
    r"Now (?P<stage>.+)": "Now %1",
    r"Satisfaction (\d+)/10": "Satisfaction %1/10",
    r"Satisfaction (\d+)/10 after the first purchase":
        "Satisfaction %1/10 after the first purchase",
    r"Scored (\d+)/10": "Scored %1/10",
    r"Next step, keeping a (\d+)-day rhythm": "Next step, keeping a %1-day rhythm",
    r"Referred (.+)": "Referred %1",
    r"Purchase: (?P<money>[\d,]+\.\d\d) (?P<currency>[A-Z]{3})": "Purchase: %1",
    r"Renewal: (?P<money>[\d,]+\.\d\d) (?P<currency>[A-Z]{3})": "Renewal: %1",
    r"Purchase: (.+)": "Purchase: %1",
    r"Renewal: (.+)": "Renewal: %1",
    r"Imported from (.+)": "Imported from %1",
    r"Contract ends (?P<iso>\d{4}-\d\d-\d\d)": "Contract ends %1",
    r"Closed: (?P<what>[a-z ]+) on (?P<day>\d{1,2} [A-Z][a-z]{2})": "Closed: %1 on %2",
}

# What met a follow-up's goal, in "Closed: second purchase on 3 Dec".
MEETING_LABELS = {
    "second purchase": "second purchase", "new purchase": "new purchase",
    "renewal": "renewal", "contact": "contact", "survey answered": "survey answered",
    "testimonial": "testimonial", "referral": "referral",
}

_KNOWN = frozenset(BUILT_IN_LABELS.values())
_PATTERNS = tuple((re.compile(pattern + r"\Z"), words)
                  for pattern, words in PATTERN_LABELS.items())
_MONTHS = {name: number for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_STAGES = {stage.label: stage for stage in Stage}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def shown(text: str) -> str:
    """A stored text as the reader reads it: the app's own words in their language, each line
    on its own; anything else as it is."""
    if "\n" in text:
        return "\n".join(shown(line) for line in text.split("\n"))
    if text in _KNOWN:
        return _tr(text)
    for pattern, words in _PATTERNS:
        found = pattern.match(text)
        if found is not None:
            figures = _figures(found)
            if figures is not None:
                result = _tr(words)
                for number, figure in enumerate(figures, 1):
                    result = result.replace(f"%{number}", figure)
                return result
    return text


def _figures(found: re.Match[str]) -> list[str] | None:
    """The pattern's figures as the reader writes them; None when a part is not the app's."""
    named = found.groupdict()
    if "stage" in named:
        stage = _STAGES.get(named["stage"])
        return None if stage is None else [QCoreApplication.translate("Stage", stage.label)]
    if "money" in named:  # written plainly ('1,234.50 EUR'): shown as the reader's locale
        cents = int(named["money"].replace(",", "").replace(".", ""))
        return [formats.money(cents, named["currency"])]
    if "iso" in named:
        day = date.fromisoformat(named["iso"])
        return [QLocale().toString(QDate(day.year, day.month, day.day),
                                   QLocale.FormatType.ShortFormat)]
    if "what" in named:
        what = MEETING_LABELS.get(named["what"])
        number, month = named["day"].split()
        if what is None or month not in _MONTHS:
            return None
        return [_tr(what),
                QLocale().toString(QDate(2000, _MONTHS[month], int(number)), "d MMM")]
    return list(found.groups())

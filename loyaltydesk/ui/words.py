"""The domain's own words, marked for Qt Linguist: the ladder's rungs and what each means.

The domain names them in English (it imports no Qt); the window shows them through
`stage_label` and `stage_meaning`, which look them up under these contexts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from loyaltydesk.domain.ladder import STAGE_MEANINGS, Stage
from loyaltydesk.translations import QT_TRANSLATE_NOOP

STAGE_NAMES = (
    QT_TRANSLATE_NOOP("Stage", "Suspect"),
    QT_TRANSLATE_NOOP("Stage", "Prospect"),
    QT_TRANSLATE_NOOP("Stage", "First purchase"),
    QT_TRANSLATE_NOOP("Stage", "Value confirmed"),
    QT_TRANSLATE_NOOP("Stage", "Loyal"),
    QT_TRANSLATE_NOOP("Stage", "Client"),
    QT_TRANSLATE_NOOP("Stage", "Partner"),
)

STAGE_MEANING_TEXTS = (
    QT_TRANSLATE_NOOP("StageMeaning", "Met, not yet interested"),
    QT_TRANSLATE_NOOP("StageMeaning", "Value communicated, starting to believe it"),
    QT_TRANSLATE_NOOP("StageMeaning", "Bought once: could still be a fluke"),
    QT_TRANSLATE_NOOP("StageMeaning", "Confirmed after the sale that the value was real"),
    QT_TRANSLATE_NOOP("StageMeaning", "Bought a second time: loyalty starts here"),
    QT_TRANSLATE_NOOP("StageMeaning", "Trusted, buys again without shopping around"),
    QT_TRANSLATE_NOOP("StageMeaning", "Recommends you and is rewarded for it"),
)


def stage_label(stage: Stage) -> str:
    """A rung's name in the reader's language."""
    return QCoreApplication.translate("Stage", stage.label)


def stage_meaning(stage: Stage) -> str:
    return QCoreApplication.translate("StageMeaning", STAGE_MEANINGS[stage])


def service_words(context: str) -> Callable[[str, int], str]:
    """The lookup a service's `describe(words=…)` takes: its English texts, counted, in the
    reader's language, under the context its module names."""
    def words(text: str, count: int = -1) -> str:
        return QCoreApplication.translate(context, text, None, count)
    return words

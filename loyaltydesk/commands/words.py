"""The command line's words for people (errors, confirmations), in the system's language.

What scripts read (`--json`, CSV, `due`'s columns) never comes through here. The catalogue is
read with a QTranslator of its own, so a command needs no Qt application for its words (a PDF
export makes the one QPdfWriter needs); Qt is loaded only when a word is asked for, so the
command line imports without it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Translation context: CommandLine
_CONTEXT = "CommandLine"


@lru_cache(maxsize=1)
def _catalogue() -> Any:
    """Our catalogue (a QTranslator) in the language of the system (LANG, LC_ALL...), None
    when absent."""
    from PySide6.QtCore import QTranslator

    from loyaltydesk import translations

    compiled = translations.compiled_catalogue(translations.system_language())
    translator = QTranslator()
    return translator if compiled is not None and translator.load(str(compiled)) else None


def tr(text: str, count: int = -1, context: str = _CONTEXT) -> str:
    """`text` in the system's language, in the plural form its language asks for `count`;
    `%n` becomes the count, grouped as the system's locale writes numbers."""
    catalogue = _catalogue()
    if catalogue is not None and not _alive(catalogue):
        # a PDF export shuts down the application it made, and Qt's objects with it
        _catalogue.cache_clear()
        catalogue = _catalogue()
    found = catalogue.translate(context, text, None, count) if catalogue is not None else ""
    found = found or text
    if count >= 0:
        found = found.replace("%n", whole(count))
    return found


def whole(count: int) -> str:
    """A count for people, grouped the system locale's way ("4,998", "4 998")."""
    from PySide6.QtCore import QLocale

    from loyaltydesk import formats

    return formats.number(count, QLocale.system())


def _alive(catalogue: Any) -> bool:
    from shiboken6 import isValid

    return isValid(catalogue)


def decimal(value: float, digits: int = 1) -> str:
    """A measured figure (seconds, megabytes) with the system locale's decimal mark."""
    from PySide6.QtCore import QLocale

    return QLocale.system().toString(float(value), "f", digits)

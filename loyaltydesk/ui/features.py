"""The views and menus that plug into the main window, each installed by its own module.

Each entry names a function `install(window: MainWindow) -> None` that adds its page, menu
actions or status widgets. They run in this order when the window is built.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow

INSTALLERS: list[str] = [
    "loyaltydesk.ui.customers.install:install",
    "loyaltydesk.ui.pipeline.install:install",
    "loyaltydesk.ui.dialogs.quick_actions:install",
    "loyaltydesk.ui.exchange.install:install",
    "loyaltydesk.ui.about:install",
    "loyaltydesk.ui.insights:install",
    "loyaltydesk.ui.reminders.install:install",
    "loyaltydesk.ui.safety.install:install",
    "loyaltydesk.ui.help:install",
    "loyaltydesk.ui.look:install",
]


# What the first paint shows; the app installs the rest once the window is on screen.
FIRST_PAINT: tuple[str, ...] = ("loyaltydesk.ui.customers.install:install",)


def install_all(window: MainWindow) -> None:
    install(window, INSTALLERS)


def install(window: MainWindow, entries: Iterable[str]) -> None:
    for entry in entries:
        module_name, _, function = entry.partition(":")
        getattr(import_module(module_name), function)(window)


def after_first_paint_entries() -> list[str]:
    return [entry for entry in INSTALLERS if entry not in FIRST_PAINT]

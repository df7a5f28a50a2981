"""What views offer the window about customers: the browser of the customers view, and the
selection of any view whose chosen customers the window's actions act on."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance

from loyaltydesk.services.customer_list import CustomerFilter


class CustomerBrowser(Protocol):
    """What the customers view offers the rest of the window (exports, charts, calendar)."""

    selection_changed: SignalInstance

    def selected_customer_ids(self) -> list[int]: ...
    def current_filter(self) -> CustomerFilter: ...
    def show_filter(self, spec: CustomerFilter) -> None: ...
    def open_customer(self, customer_id: int) -> None: ...


class CustomerSelection(Protocol):
    """A view whose chosen customers the window's customer actions act on while it shows
    (Today, the calendar, the board); it says so when added with `offers_selection`."""

    selection_changed: SignalInstance

    def selected_customer_ids(self) -> list[int]: ...

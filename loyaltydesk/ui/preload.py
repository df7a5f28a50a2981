"""The imports of what the window builds after its first paint, a few modules per step.

Importing a view's modules costs more than building it. The window runs these steps before
the ones that build each view, one per event-loop turn, so no turn stalls it for long and
the building step finds its modules loaded. Each step only imports: skipping one changes
nothing but when its modules load.
"""

from __future__ import annotations

from collections.abc import Callable

# ruff: noqa: F401 - each import is the step's whole purpose


def _timeline() -> None:
    from loyaltydesk.ui.timeline import view


def _user_errors() -> None:
    from loyaltydesk.services import errors


def _contact_dialog() -> None:
    from loyaltydesk.ui.dialogs import contact


def _sale_and_survey_dialogs() -> None:
    from loyaltydesk.ui.dialogs import feedback, sale


def _followup_actions() -> None:
    from loyaltydesk.ui.followups import actions


def _customer_page_parts() -> None:
    from loyaltydesk.ui.customers import followups_panel, form, header


def _customer_page() -> None:
    from loyaltydesk.ui.customers import detail


# The customer page's modules, in the order they import one another.
CUSTOMER_PAGE: tuple[Callable[[], None], ...] = (
    _timeline, _user_errors, _contact_dialog, _sale_and_survey_dialogs, _followup_actions,
    _customer_page_parts, _customer_page)


def pipeline() -> None:
    from loyaltydesk.ui.pipeline import install


def quick_actions() -> None:
    from loyaltydesk.ui.dialogs import quick_actions


def exchange() -> None:
    from loyaltydesk.ui.exchange import install


def about() -> None:
    from loyaltydesk.ui import about


def today() -> None:
    from loyaltydesk.ui import today


def calendar() -> None:
    from loyaltydesk.ui import calendar


def cadences() -> None:
    from loyaltydesk.ui import cadences


def reminders() -> None:
    from loyaltydesk.ui.reminders import install


def safety() -> None:
    from loyaltydesk.ui.safety import install


def phone_sync() -> None:
    from loyaltydesk.ui.phone_sync import install


def team_sync() -> None:
    from loyaltydesk.services.team import sync


def team() -> None:
    from loyaltydesk.ui.team import install


def help_menu() -> None:
    from loyaltydesk.ui import help


def look() -> None:
    from loyaltydesk.ui import look

"""The loyalty numbers: value, second sales, the funnel, satisfaction, risks and referrals.

Each section is computed with a few SQL aggregates and the rules of domain.metrics and
domain.funnel, so a book of 100,000 customers answers in a fraction of a second. Every figure
can name the customers behind it: `customers_behind(kind, key, scope)` gives the list filter.
"""

from __future__ import annotations

from dataclasses import dataclass

from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.services.insights.at_risk import AtRisk, at_risk
from loyaltydesk.services.insights.common import (
    DRILLS,
    LIST_LIMIT,
    LTV_YEARS,
    CustomerLine,
    Scope,
    scope,
)
from loyaltydesk.services.insights.funnel import Funnel, Rung, funnel
from loyaltydesk.services.insights.referrals import (
    ReferralLine,
    Referrals,
    Referrer,
    referrals,
    referrals_of,
)
from loyaltydesk.services.insights.satisfaction import (
    NpsPoint,
    Satisfaction,
    ScoreCounts,
    satisfaction,
)
from loyaltydesk.services.insights.second_sale import SecondSale, second_sale
from loyaltydesk.services.insights.value import (
    MonthRevenue,
    Value,
    ValueShare,
    revenue_by_month,
    value,
)

__all__ = [
    "LIST_LIMIT", "LTV_YEARS", "AtRisk", "CustomerLine", "Funnel", "Insights", "MonthRevenue",
    "NpsPoint", "ReferralLine", "Referrals", "Referrer", "Rung", "Satisfaction", "ScoreCounts",
    "Scope", "SecondSale", "UnknownFigure", "Value", "ValueShare", "at_risk", "compute",
    "customers_behind", "funnel", "referrals", "referrals_of", "release_connection",
    "revenue_by_month", "satisfaction", "scope", "second_sale", "value",
]


class UnknownFigure(ValueError):
    """A click-through asked for a figure that does not exist."""


@dataclass(frozen=True)
class Insights:
    scope: Scope
    value: Value
    second_sale: SecondSale
    funnel: Funnel
    satisfaction: Satisfaction
    at_risk: AtRisk
    referrals: Referrals


def compute(where: Scope, limit: int = LIST_LIMIT) -> Insights:
    """Every section at once (the report); the view computes the sections it shows."""
    return Insights(where, value(where, limit), second_sale(where, limit), funnel(where),
                    satisfaction(where, limit), at_risk(where, limit), referrals(where, limit))


def customers_behind(kind: str, key: str, where: Scope) -> CustomerFilter:
    """The customer-list filter that shows exactly the customers a figure counts."""
    try:
        return DRILLS[kind](where, key)
    except KeyError as exc:
        raise UnknownFigure(f"No figure called {kind!r}") from exc


def release_connection() -> None:
    """Close the database connection of the calling thread (a background worker's own)."""
    from loyaltydesk.store.database import close
    close()

"""The insights as plain data for scripts: the stable JSON of `loyaltydesk report --json`.

Keys are only ever added, never renamed or removed, within a schema version; README documents
each one. Amounts are integer cents, days are ISO dates, rates are fractions rounded to 4
places, and a figure with nothing to count is null.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from loyaltydesk.domain.periods import PERIOD_LABELS
from loyaltydesk.services.customers import customer_count
from loyaltydesk.services.insights import Insights, referrals_of
from loyaltydesk.services.insights.common import LTV_YEARS, CustomerLine

SCHEMA_VERSION = 1


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _people(lines: tuple[CustomerLine, ...], *keys: str) -> list[dict[str, Any]]:
    return [{"id": line.id, "name": line.name,
             **{k: _day(v) if isinstance(v, date) else v
                for k, v in zip(keys, line.values, strict=True)}} for line in lines]


def _value(found: Insights) -> dict[str, Any]:
    v = found.value
    return {
        "ltv_years": LTV_YEARS, "ltv_start": _day(v.ltv_start), "ltv_total_cents": v.total_cents,
        "buyers": v.buyers,
        "by_stage": [{"stage": s.key, "customers": s.customers, "ltv_cents": s.cents}
                     for s in v.by_stage],
        "by_owner": [{"owner": s.key, "customers": s.customers, "ltv_cents": s.cents}
                     for s in v.by_owner],
        "revenue_by_month": [{"month": m.month, "revenue_cents": m.cents,
                              "customers": m.customers} for m in v.by_month],
        "top_customers": _people(v.top, "ltv_cents"),
    }


def _second_sale(found: Insights) -> dict[str, Any]:
    s = found.second_sale
    return {"buyers": s.buyers, "repeat_buyers": s.repeat_buyers,
            "repeat_rate": _rate(s.repeat_rate), "median_days_to_second": s.median_days_to_second,
            "one_purchase": s.one_purchase,
            "one_purchase_oldest": _people(s.one_purchase_oldest, "first_purchase_on",
                                           "days_waiting")}


def _funnel(found: Insights) -> dict[str, Any]:
    f = found.funnel
    return {
        "stages": [{"stage": r.stage.value, "customers": r.customers,
                    "median_stay_days": r.median_stay_days,
                    "median_days_so_far": r.median_days_so_far,
                    "longer_than_usual": r.longer_than_usual} for r in f.rungs],
        "conversion": [{"from": s.from_stage.value, "to": s.to_stage.value,
                        "on_rung": s.on_rung, "moved_up": s.moved_up, "rate": _rate(s.rate)}
                       for s in f.steps],
    }


def _satisfaction(found: Insights) -> dict[str, Any]:
    s = found.satisfaction
    return {
        "responses": s.counts.responses, "promoters": s.counts.promoters,
        "passives": s.counts.passives, "detractors": s.counts.detractors, "nps": s.counts.nps,
        "nps_over_time": [{"bucket": p.bucket, "start": _day(p.start), "end": _day(p.end),
                           "responses": p.counts.responses, "promoters": p.counts.promoters,
                           "passives": p.counts.passives, "detractors": p.counts.detractors,
                           "nps": p.counts.nps} for p in s.over_time],
        "eleven_answers": s.eleven_answers,
        "latest_eleven": _people(s.latest_eleven, "on", "score", "answer"),
        "promoters_not_asked": s.promoters_not_asked,
        "promoters_not_asked_list": _people(s.promoters_not_asked_list, "last_score",
                                            "ltv_cents"),
        "detractors_without_followup": s.detractors_unfollowed,
        "detractors_without_followup_list": _people(s.detractors_unfollowed_list, "last_score",
                                                    "ltv_cents"),
    }


def _at_risk(found: Insights) -> dict[str, Any]:
    r = found.at_risk
    return {
        "amber": r.amber, "red": r.red, "no_next_step": r.no_next_step,
        "losing_touch": _people(r.losing_touch, "state", "last_contact_on", "ltv_cents"),
        "renewals_next_90_days": r.renewals, "renewals_unplanned": r.renewals_unplanned,
        "renewals_unplanned_list": _people(r.renewals_unplanned_list, "contract_end_on",
                                           "ltv_cents"),
        "high_maintenance": r.high_maintenance,
        "high_maintenance_list": _people(r.high_maintenance_list, "effort_minutes",
                                         "revenue_cents", "cents_per_hour"),
    }


def _referrals(found: Insights) -> dict[str, Any]:
    r = found.referrals
    return {
        "referrals": r.referrals, "won": r.won, "referrers": r.referrers,
        "revenue_cents": r.revenue_cents,
        "by_referrer": [{
            "id": x.id, "name": x.name, "referrals": x.referrals, "won": x.won,
            "revenue_cents": x.revenue_cents,
            "referred": [{"id": line.referred_id, "name": line.referred_name,
                          "status": line.status, "on": _day(line.on),
                          "revenue_cents": line.revenue_cents}
                         for line in referrals_of(found.scope, x.id)],
        } for x in r.by_referrer],
    }


def report_data(found: Insights) -> dict[str, Any]:
    where = found.scope
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": where.now.astimezone(where.tz).isoformat(timespec="seconds"),
        "as_of": _day(where.today),
        "period": {"key": where.period.key.value, "label": PERIOD_LABELS[where.period.key],
                   "start": _day(where.period.start), "end": _day(where.period.end)},
        "currency": found.value.currency,
        "customers": customer_count(),
        "value": _value(found),
        "second_sale": _second_sale(found),
        "funnel": _funnel(found),
        "satisfaction": _satisfaction(found),
        "at_risk": _at_risk(found),
        "referrals": _referrals(found),
    }

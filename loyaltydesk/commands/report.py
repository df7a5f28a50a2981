"""`loyaltydesk report`: the loyalty numbers of the Insights view, as text or as JSON."""

from __future__ import annotations

import argparse
import json
from typing import Any

from loyaltydesk.cli import UserError, command, open_folder, parse_moment
from loyaltydesk.commands.words import tr
from loyaltydesk.domain.periods import PERIOD_LABELS, PeriodKey


def add_commands(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="print the loyalty numbers (value, second sales, "
                                           "funnel, satisfaction, risks, referrals)")
    report.add_argument("--json", action="store_true",
                        help="print JSON with the keys documented in README")
    report.add_argument("--period", default=PeriodKey.MONTHS_12.value,
                        choices=[k.value for k in PeriodKey],
                        help="the period for conversion, NPS and referrals (default: 12m)")
    report.add_argument("--limit", type=int, default=20, metavar="N",
                        help="customers listed under each figure (default: 20; 0 lists none; "
                             "counts always cover everyone)")
    report.add_argument("--at", metavar="ISO-DATETIME",
                        help="compute the figures as of this moment (default: now)")


@command("report")
def run_report(args: argparse.Namespace) -> int:
    from loyaltydesk.clock import FixedClock, clock, set_clock
    from loyaltydesk.services import insights
    from loyaltydesk.services.insights.report import report_data

    if args.limit < 0:
        raise UserError(tr("--limit cannot be negative"))
    if args.at:
        set_clock(FixedClock(parse_moment(args.at), clock().local_tz()))
    open_folder(args, read_only=True)
    data = report_data(insights.compute(insights.scope(args.period), args.limit))
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        from loyaltydesk import translations

        # people's words: money, dates and spans as their language and locale write them
        translations.for_command_line()
        print("\n".join(text_report(data)))
    return 0


def _money(cents: int, currency: str) -> str:
    from loyaltydesk import formats
    return formats.money(cents, currency)


def _share(rate: float | None) -> str:
    from loyaltydesk import formats
    return formats.percent(rate)


def _days(value: float | None) -> str:
    from loyaltydesk import formats
    return formats.duration(value)


def _day(value: str) -> str:
    """An ISO day of the report's data in the locale's short form."""
    from datetime import date

    from loyaltydesk import formats
    return formats.day(date.fromisoformat(value))


def _cell(key: str, value: object) -> str:
    """A list's cell for people: ISO days in the locale's short form, spans in words."""
    from loyaltydesk import formats
    if isinstance(value, str) and (key == "on" or key.endswith("_on")):
        return _day(value)
    if key.startswith("days_") and isinstance(value, int | float):
        return formats.duration(value)
    return str(value)


def _stage(key: str) -> str:
    from loyaltydesk.domain.ladder import Stage
    return tr(Stage(key).label, context="Stage")


def _section(title: str, rows: list[tuple[str, object]]) -> list[str]:
    width = max(len(label) for label, _ in rows)
    return ["", title, *(f"  {label.ljust(width)}  {value}" for label, value in rows)]


def _people(rows: list[dict[str, Any]], *columns: str) -> list[str]:
    return [f"    #{r['id']}  {r['name']}  " + "  ".join(_cell(c, r[c]) for c in columns)
            for r in rows]


def _value_lines(v: dict[str, Any], cur: str) -> list[str]:
    return _section(tr("Lifetime value (last {years} years, from {start})").format(
        years=v["ltv_years"], start=_day(v["ltv_start"])), [
        (tr("total"), _money(v["ltv_total_cents"], cur)),
        (tr("customers who bought"), v["buyers"]),
        *((_stage(x["stage"]), f"{_money(x['ltv_cents'], cur)}  ({x['customers']})")
          for x in v["by_stage"]),
        *((tr("owner {name}").format(name=x["owner"] or tr("(none)")),
           f"{_money(x['ltv_cents'], cur)}  "
           f"({x['customers']})") for x in v["by_owner"])])


def _second_sale_lines(s: dict[str, Any]) -> list[str]:
    return _section(tr("Second sale"), [
        (tr("repeat rate"), f"{_share(s['repeat_rate'])}  " + _of(s["repeat_buyers"], s["buyers"])),
        (tr("median time to the second purchase"), _days(s["median_days_to_second"])),
        (tr("one purchase, no second order yet"), s["one_purchase"]),
    ]) + _people(s["one_purchase_oldest"], "first_purchase_on", "days_waiting")


def _funnel_lines(f: dict[str, Any]) -> list[str]:
    return _section(tr("Stage funnel (conversion over the period)"), [
        *((_stage(x["stage"]), tr("{now} now, usual stay {stay}, {longer} longer than usual")
           .format(now=x["customers"], stay=_days(x["median_stay_days"]),
                   longer=x["longer_than_usual"])) for x in f["stages"]),
        *((f"{_stage(x['from'])} -> {_stage(x['to'])}", f"{_share(x['rate'])}  "
           + _of(x["moved_up"], x["on_rung"])) for x in f["conversion"])])


def _of(part: object, whole: object) -> str:
    return tr("({part} of {whole})").format(part=part, whole=whole)


def _satisfaction_lines(sat: dict[str, Any]) -> list[str]:
    return _section(tr("Satisfaction (over the period)"), [
        ("NPS", "-" if sat["nps"] is None else sat["nps"]),
        (tr("answers"), tr("{answers} ({promoters} promoters, {passives} passives, "
                           "{detractors} detractors)").format(
            answers=sat["responses"], promoters=sat["promoters"], passives=sat["passives"],
            detractors=sat["detractors"])),
        (tr("promoters not asked for a testimonial or referral"), sat["promoters_not_asked"]),
        (tr("detractors without an open follow-up"), sat["detractors_without_followup"])])


def _risk_lines(risk: dict[str, Any]) -> list[str]:
    return _section(tr("At risk"), [
        (tr("red (past the maximum gap)"), risk["red"]),
        (tr("amber (past the ideal gap)"), risk["amber"]),
        (tr("no next step planned"), risk["no_next_step"]),
        (tr("renewals in the next 90 days"), risk["renewals_next_90_days"]),
        (tr("... with nothing planned"), risk["renewals_unplanned"]),
        (tr("high maintenance"), risk["high_maintenance"])])


def _referral_lines(ref: dict[str, Any], cur: str) -> list[str]:
    return _section(tr("Referrals (made in the period)"), [
        (tr("referrals"), tr("{referrals} ({won} won) by {referrers} customers").format(
            referrals=ref["referrals"], won=ref["won"], referrers=ref["referrers"])),
        (tr("revenue through them"), _money(ref["revenue_cents"], cur)),
    ]) + [f"    #{x['id']}  {x['name']}  " + tr("{count} referred, {revenue}").format(
          count=x["referrals"], revenue=_money(x["revenue_cents"], cur))
          for x in ref["by_referrer"]]


def text_report(data: dict[str, Any]) -> list[str]:
    """The report for people: the headline figures of each section, then the short lists."""
    cur, period = data["currency"], data["period"]
    label = tr(PERIOD_LABELS[PeriodKey(period["key"])], context="Periods").lower()
    return [
        tr("LoyaltyDesk report as of {when}: {customers} customers; period {period} ({start} to "
           "{end})").format(when=_day(data["as_of"]), customers=data["customers"], period=label,
                            start=_day(period["start"]) if period["start"] else
                            tr("the beginning"), end=_day(period["end"])),
        *_value_lines(data["value"], cur), *_second_sale_lines(data["second_sale"]),
        *_funnel_lines(data["funnel"]), *_satisfaction_lines(data["satisfaction"]),
        *_risk_lines(data["at_risk"]), *_referral_lines(data["referrals"], cur)]

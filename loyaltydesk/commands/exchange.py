"""`import` and `export`: contacts, purchases, contact sheets and calendars, from scripts."""

from __future__ import annotations

import argparse
from pathlib import Path

from loyaltydesk.cli import UserError, command, open_folder
from loyaltydesk.commands.words import tr, whole

IMPORT_FORMATS = ("vcard", "csv", "purchases-csv")
EXPORT_FORMATS = ("pdf", "csv", "vcard", "ics")


def add_commands(sub) -> None:
    importing = sub.add_parser("import", help="import contacts (vCard, CSV) or purchases (CSV)")
    importing.add_argument("file", metavar="FILE", type=Path)
    importing.add_argument("--format", choices=IMPORT_FORMATS,
                           help="what the file holds (default: guessed from its content)")
    importing.add_argument("--encoding", metavar="NAME",
                           help="the file's text encoding, when the guess is wrong "
                                "(utf-8, cp1252, shift_jis...)")
    importing.add_argument("--on-duplicate", choices=("merge", "skip", "add"), default="merge",
                           help="a contact matching a customer (same id in the file, same "
                                "email, the same person at the same phone or company): "
                                "complete that customer (default), leave it out, or add it "
                                "anyway")
    importing.add_argument("--add-missing", action="store_true",
                           help="purchases: add customers that no line matches")
    importing.add_argument("--currency", default="EUR", metavar="CODE",
                           help="purchases: the currency when the file has none (default EUR)")
    importing.add_argument("--skip-bad", action="store_true",
                           help="import the contacts that can be read and skip the cards or "
                                "rows that cannot (default: such a file changes nothing)")
    importing.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                           help="CSV: put this column into this field (name, first_name, "
                                "last_name, company, email, phone, street, city, birthday, "
                                "note_field, ignore...); repeat for several columns")
    importing.add_argument("--dry-run", action="store_true",
                           help="check the file and say what would change, change nothing")
    exporting = sub.add_parser("export", help="export contact sheets, contacts or follow-ups")
    exporting.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    exporting.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    exporting.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0")
    exporting.add_argument("--as", dest="entry", choices=("todo", "event"), default="todo",
                           help="ics: follow-ups as to-dos (default) or as events")
    exporting.add_argument("--layout", choices=("sheets", "compact", "list"), default="sheets",
                           help="pdf: a sheet per customer (default), two customers to a "
                                "page, or the route list (one line each)")
    exporting.add_argument("--route-order", choices=("place", "time"), default="place",
                           help="pdf list: by postal code and city (default) or by the time "
                                "of the follow-up")
    exporting.add_argument("--page-size", choices=("a4", "letter"),
                           help="pdf: paper size (default: the locale's)")
    _add_filters(exporting)


def _add_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters (default: every customer)")
    group.add_argument("--search", metavar="TEXT", default="",
                       help="customers matching this text, as in the list's filter")
    group.add_argument("--stage", action="append", default=[], metavar="STAGE",
                       help="customers on this rung (repeat for several)")
    group.add_argument("--tag", default="", metavar="TAG")
    group.add_argument("--owner", default="", metavar="NAME")
    group.add_argument("--city", default="", metavar="CITY")
    group.add_argument("--overdue", action="store_true",
                       help="customers with an overdue follow-up")
    group.add_argument("--one-purchase", action="store_true",
                       help="customers who bought once, no second order yet")
    group.add_argument("--id", dest="ids", action="append", type=int, default=[],
                       metavar="ID", help="this customer (repeat for several)")
    due = group.add_mutually_exclusive_group()
    due.add_argument("--due-on", metavar="DATE", type=_day,
                     help="customers with a follow-up due that day (YYYY-MM-DD)")
    due.add_argument("--due-within", metavar="DAYS", type=_days,
                     help="customers with a follow-up due from today to DAYS days ahead")


def _day(text: str):
    from datetime import date
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-10") from exc


def _days(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days")
    return int(text)


def _filter(args: argparse.Namespace):
    from loyaltydesk.domain.ladder import LadderError, parse_stage
    from loyaltydesk.services.customer_list import CustomerFilter
    try:
        stages = tuple(parse_stage(s) for s in args.stage)
    except LadderError as exc:
        raise UserError(str(exc)) from exc
    return CustomerFilter(text=args.search, stages=stages, tag=args.tag, owner=args.owner,
                          city=args.city, overdue=args.overdue,
                          one_purchase_only=args.one_purchase, ids=tuple(args.ids))


def _problems():
    from loyaltydesk.exchange.errors import ExchangeError
    from loyaltydesk.services.imports import Cancelled, ImportFailed
    return ExchangeError, ImportFailed, Cancelled


@command("import")
def run_import(args: argparse.Namespace) -> int:
    from loyaltydesk.exchange.importer import (
        ImportFormat,
        ImportOptions,
        apply_import,
        preview_import,
    )
    from loyaltydesk.services.imports import Action

    if not args.file.is_file():
        raise UserError(tr("{file} is not a file").format(file=args.file))
    options = ImportOptions(format=ImportFormat(args.format) if args.format else None,
                            encoding=args.encoding, currency=args.currency.upper(),
                            on_duplicate={"merge": Action.MERGE, "skip": Action.SKIP,
                                          "add": Action.ADD}[args.on_duplicate],
                            column_map=_column_map(args.map))
    open_folder(args)
    try:
        preview = preview_import(args.file, options)
        for note in preview.notes:
            print(tr("note: {note}").format(note=note))
        if preview.bad and not args.skip_bad:
            raise UserError(_bad_text(args.file.name, preview))
        for bad in preview.bad:
            print(tr("skipped: {line}").format(line=bad))
        if args.dry_run:
            print(_dry_run_text(preview))
            return 0
        summary = apply_import(preview, add_missing=args.add_missing, skip_bad=args.skip_bad)
    except _problems() as exc:
        raise UserError(tr("{file}: {problem}; nothing was imported").format(
            file=args.file.name, problem=exc)) from exc
    print(tr("Imported {file}: {summary}").format(
        file=args.file.name, summary=summary.describe(_summary_words)))
    return 0


def _summary_words(text: str, count: int = -1) -> str:
    return tr(text, count, "ImportSummary")


def _column_map(pairs: list[str]) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column.strip() or not field.strip():
            raise UserError(tr("--map {pair}: write it as \"Column=field\", for example "
                               "\"Mobile=phone\"").format(pair=repr(pair)))
        chosen[column.strip()] = field.strip()
    return chosen


def _bad_text(name: str, preview) -> str:
    good = len(preview.contacts)
    if not good:  # --skip-bad would import nothing either
        return tr("{file}: {bad} cannot be read ({lines}), and nothing else in it can be "
                  "imported; nothing was imported").format(
            file=name, bad=preview.bad_count_text(), lines=preview.bad_text())
    return tr("{file}: {bad} cannot be read ({lines}); run again with --skip-bad to import "
              "the {good} good contacts and skip {skip}; nothing was imported").format(
        file=name, bad=preview.bad_count_text(), lines=preview.bad_text(), good=whole(good),
        skip=len(preview.bad))


def _dry_run_text(preview) -> str:
    from loyaltydesk.services.imports import Action
    if preview.purchases:
        missing = sum(1 for p in preview.purchases if p.customer_id is None)
        return (tr("Would record %n purchase(s)", len(preview.purchases))
                + (tr("; %n line(s) name no known customer", missing) if missing else ""))
    adds = sum(1 for c in preview.contacts if c.action is Action.ADD)
    merges = sum(1 for c in preview.contacts if c.action is Action.MERGE)
    return (tr("Would add %n customer(s)", adds)
            + tr(" and merge %n into existing ones", merges))


@command("export")
def run_export(args: argparse.Namespace) -> int:
    from loyaltydesk.exchange.exporter import (
        ExportFormat,
        ExportOptions,
        describe_filter,
        export,
        ids_for,
    )
    from loyaltydesk.exchange.ical import CalendarEntry
    from loyaltydesk.exchange.sheet_content import Layout, RouteOrder
    from loyaltydesk.services.sheet_facts import due_between

    open_folder(args, read_only=True)
    fmt = ExportFormat(args.format)
    spec = _filter(args)
    visit = _visit(args)
    ids = ids_for(spec)
    if visit is not None:
        ids = due_between(visit.first, visit.end, among=ids)
    options = ExportOptions(fmt, args.vcard_version, CalendarEntry(args.entry),
                            Layout(args.layout), args.page_size,
                            subtitle=describe_filter(spec, _filter_words,
                                                     lambda stage: tr(stage.label, -1, "Stage")),
                            visit=visit, route_order=RouteOrder(args.route_order))
    try:
        result = export(args.output, ids, options)
    except _problems() as exc:
        raise UserError(tr("{problem}; no file was written").format(problem=exc)) from exc
    def words(text: str, count: int = -1) -> str:
        return tr(text, count, "ExportResult")

    print(tr("Exported {result}").format(result=result.describe(fmt, words)))
    return 0


def _filter_words(text: str, count: int = -1) -> str:
    return tr(text, count, "ExportResult")


def _visit(args: argparse.Namespace):
    """The days asked for with --due-on or --due-within, or None."""
    from datetime import timedelta

    from loyaltydesk.exchange.sheet_content import Visit
    from loyaltydesk.services.figures import today
    if args.due_on is not None:
        return Visit.on(args.due_on)
    if args.due_within is not None:
        return Visit(today(), today() + timedelta(days=args.due_within + 1))
    return None

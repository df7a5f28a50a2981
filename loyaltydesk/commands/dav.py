"""`loyaltydesk dav`: connect to the phone's CalDAV/CardDAV server, sync, status, disconnect."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import asdict

from loyaltydesk.cli import UserError, command, open_folder
from loyaltydesk.commands.words import tr
from loyaltydesk.services.phone.account import ENV_PASSWORD


def add_commands(sub: argparse._SubParsersAction) -> None:
    dav = sub.add_parser("dav", help="sync follow-ups and customers with a phone's CalDAV and "
                                     "CardDAV server")
    actions = dav.add_subparsers(dest="dav_command", metavar="ACTION", required=True)
    connect = actions.add_parser("connect", help=f"connect once (password from ${ENV_PASSWORD}, "
                                                 "the keyring, or asked)")
    connect.add_argument("url", metavar="URL", help="the server, or just its host name")
    connect.add_argument("--user", required=True, metavar="U")
    connect.add_argument("--calendar", default="", metavar="URL",
                         help="the calendar for follow-ups (default: a LoyaltyDesk calendar)")
    connect.add_argument("--addressbook", default="", metavar="URL",
                         help="the address book for customers (default: a LoyaltyDesk one)")
    connect.add_argument("--events", action="store_true",
                         help="follow-ups as events instead of to-dos")
    connect.add_argument("--no-followups", action="store_true", help="leave follow-ups out")
    connect.add_argument("--no-customers", action="store_true", help="leave customers out")
    connect.add_argument("--with-open-followup", action="store_true",
                         help="only customers with an open follow-up")
    connect.add_argument("--tag", default="", help="only customers with this tag")
    connect.add_argument("--stage", default="", help="only customers on this stage")
    connect.add_argument("--contacts-back", action=argparse.BooleanOptionalAction, default=True,
                         help="offer back phone numbers and emails edited on the phone, to "
                              "accept or dismiss (the default)")
    sync = actions.add_parser("sync", help="sync now, printing progress")
    sync.add_argument("--quiet", action="store_true", help="print only the summary")
    status = actions.add_parser("status", help="what is connected and how the last sync went")
    status.add_argument("--json", action="store_true", help="print JSON")
    actions.add_parser("disconnect", help="forget the server and the password (what is on "
                                          "the server stays there)")


def _require_caldav() -> None:
    try:
        import caldav  # noqa: F401
    except ImportError as exc:
        raise UserError(tr("Phone sync needs the caldav library: install LoyaltyDesk with its "
                           "phone extra (pip install 'loyaltydesk[phone]')")) from exc


def _password_for_connect(url: str, user: str) -> str:
    from loyaltydesk.services.phone import account as accounts
    try:
        return accounts.password(accounts.Account(url, user))
    except accounts.PhoneSyncError:
        if sys.stdin is None or not sys.stdin.isatty():
            raise
    return getpass.getpass(tr("Password for {user} at {url}: ").format(user=user, url=url))


@command("dav")
def run_dav(args: argparse.Namespace) -> int:
    return {"connect": _connect, "sync": _sync, "status": _status,
            "disconnect": _disconnect}[args.dav_command](args)


def _connect(args: argparse.Namespace) -> int:
    from loyaltydesk.domain.ladder import parse_stage
    from loyaltydesk.services.phone import account as accounts
    _require_caldav()
    from loyaltydesk.exchange.dav.setup import connect

    url = accounts.check_url(args.url if "://" in args.url else f"https://{args.url}")
    stage = parse_stage(args.stage).value if args.stage else ""
    open_folder(args)
    secret = _password_for_connect(url, args.user)
    chosen = accounts.CustomerFilter(args.with_open_followup, args.tag, stage)
    found = connect(url, args.user, secret, calendar_url=args.calendar,
                    addressbook_url=args.addressbook, followups=not args.no_followups,
                    as_events=args.events, customers=not args.no_customers,
                    customer_filter=chosen, contacts_back=args.contacts_back)
    if not os.environ.get(ENV_PASSWORD):
        accounts.remember_password(found, secret)
    print(tr("Connected to {url} as {user}").format(url=found.url, user=found.user))
    print(f"calendar\t{found.calendar_url}\naddress book\t{found.addressbook_url}")
    if found.followups:
        print(f"follow-ups\t{'as events' if found.as_events else 'as to-dos'}")
    return 0


def _sync(args: argparse.Namespace) -> int:
    _require_caldav()
    from loyaltydesk.exchange.dav.sync import sync

    open_folder(args, create=False)

    from loyaltydesk.domain.phone_sync import FROM_PHONE

    names = {"calendar": tr("follow-ups"), "contacts": tr("customers"),
             FROM_PHONE: tr("from the phone")}

    def progress(what: str, done: int, total: int) -> None:
        if not args.quiet:
            print(tr("{what}\t{done} of {total}").format(what=names.get(what, what), done=done,
                                                        total=total), flush=True)

    result = sync(report=progress)
    print(tr("Synced: {sent} sent, {received} received from the phone ({requests} requests)")
          .format(sent=result.sent, received=result.received, requests=result.requests),
          flush=True)
    return 0


def _status(args: argparse.Namespace) -> int:
    from loyaltydesk.services.phone import account as accounts
    from loyaltydesk.services.phone import state

    open_folder(args, create=False)
    current = accounts.account()
    notices = state.open_notices()
    data = {"connected": current is not None,
            "account": _account_data(current) if current else None,
            **asdict(accounts.status()),
            "on_server": {"followups": len(state.copies("followup")),
                          "customers": len(state.copies("customer"))},
            "notices": [asdict(n) for n in notices]}
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    if current is None:
        print(tr("Phone sync is not set up (loyaltydesk dav connect URL --user U)"))
        return 0
    on_server = data["on_server"]
    print(tr("{user} at {url}").format(user=current.user, url=current.url))
    print(tr("last sync\t{when}").format(when=_local(data["last_sync_at"]) or tr("never")))
    if data["last_error"]:
        print(tr("last problem\t{problem}").format(problem=data["last_error"]))
    print(tr("on the phone\t{followups}, {customers}").format(
        followups=tr("%n follow-up(s)", on_server["followups"]),
        customers=tr("%n customer(s)", on_server["customers"])))
    for n in notices:
        print(tr("notice\t{message}").format(message=n.message))
    return 0


def _local(moment: str) -> str:
    """A stored moment as this computer's day and time, as `due` and `backup --list` give."""
    from datetime import datetime

    from loyaltydesk.clock import clock
    if not moment:
        return ""
    return datetime.fromisoformat(moment).astimezone(clock().local_tz()).strftime(
        "%Y-%m-%d %H:%M:%S")


def _account_data(current) -> dict:
    return asdict(current)


def _disconnect(args: argparse.Namespace) -> int:
    from loyaltydesk.services.phone import account as accounts

    open_folder(args, create=False)
    current = accounts.account()
    if current is None:
        print(tr("Phone sync was not set up"))
        return 0
    accounts.disconnect()
    accounts.forget_password(current)
    print(tr("Disconnected from {url}; what is on the server stays there").format(
        url=current.url))
    return 0

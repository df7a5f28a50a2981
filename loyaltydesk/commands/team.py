"""`loyaltydesk team …`, `sync` and `conflicts`: sharing the book through the team's server."""

from __future__ import annotations

import argparse
import json

from loyaltydesk.cli import command, open_folder
from loyaltydesk.commands.words import tr


def add_commands(sub: argparse._SubParsersAction) -> None:
    team = sub.add_parser("team", help="share this book with a team through PostgreSQL")
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="make an empty PostgreSQL database the team's "
                                               "book and upload this book")
    create.add_argument("url", metavar="URL", help="postgresql://user@host:port/database")
    join = actions.add_parser("join", help="connect this laptop and download the team's book")
    join.add_argument("url", metavar="URL", help="postgresql://user@host:port/database")
    join.add_argument("--merge", action="store_true",
                      help="add this book's customers to the team's book too")
    state = actions.add_parser("status", help="server, last sync, changes waiting, conflicts")
    state.add_argument("--json", action="store_true")
    actions.add_parser("leave", help="back to a single-user book (keeps the data)")
    sub.add_parser("sync", help="send and receive the team's changes now")
    found = sub.add_parser("conflicts", help="what two laptops changed differently")
    found.add_argument("--json", action="store_true")
    choice = found.add_mutually_exclusive_group()
    choice.add_argument("--swap", type=int, metavar="ID",
                        help="keep the value that lost instead (sent at the next sync)")
    choice.add_argument("--dismiss", type=int, metavar="ID",
                        help="keep the value that won and close the conflict")


@command("team")
def run_team(args: argparse.Namespace) -> int:
    from loyaltydesk.services.team import sync

    writes = args.team_command != "status"
    open_folder(args, create=args.team_command in ("create", "join"), read_only=not writes)
    if args.team_command == "create":
        result = sync.create_team(args.url)
        print(tr("Created the team's book; sent %n record(s)", result.sent))
    elif args.team_command == "join":
        result = sync.join_team(args.url, merge=args.merge)
        print(tr("Joined the team's book; received {received}, sent {sent}, conflicts "
                 "{conflicts}").format(received=result.received, sent=result.sent,
                                       conflicts=result.conflicts))
    elif args.team_command == "status":
        _print_status(sync.status(), args.json)
    else:
        sync.leave_team()
        print(tr("This book is no longer shared; every customer stays here"))
    return 0


def _print_status(state, as_json: bool) -> None:
    data = {"shared": state.url is not None, "server": state.url, "role": state.role,
            "last_sync": state.last_sync, "waiting": state.waiting,
            "conflicts": state.conflicts}
    if as_json:
        print(json.dumps(data, indent=2))
    elif state.url is None:
        print(tr("Not shared: a single-user book"))
    else:
        print(tr("Server: {url} (as {role})").format(url=state.url, role=state.role))
        print(tr("Last sync: {when}").format(when=state.last_sync) if state.last_sync
              else tr("Last sync: never"))
        print(tr("Changes waiting: {count}").format(count=state.waiting))
        print(tr("Open conflicts: {count}").format(count=state.conflicts))


@command("sync")
def run_sync(args: argparse.Namespace) -> int:
    from loyaltydesk.services.team import sync

    open_folder(args, create=False)
    result = sync.sync_now()
    print(tr("sent {sent}, received {received}, conflicts {conflicts}").format(
        sent=result.sent, received=result.received, conflicts=result.conflicts))
    return 0


@command("conflicts")
def run_conflicts(args: argparse.Namespace) -> int:
    from loyaltydesk.services.team import sync

    settles = args.swap is not None or args.dismiss is not None
    open_folder(args, create=False, read_only=not settles)
    if args.swap is not None:
        sync.swap(args.swap)
        print(tr("Conflict #{id}: the other value is kept, and sent at the next sync")
              .format(id=args.swap))
        return 0
    if args.dismiss is not None:
        sync.dismiss(args.dismiss)
        print(tr("Conflict #{id} closed").format(id=args.dismiss))
        return 0
    found = sync.conflicts()
    if args.json:
        print(json.dumps([{"id": c.id, "table": c.table, "uuid": c.row_uuid, "field": c.field,
                           "kept": c.kept, "other": c.other, "other_device": c.other_device,
                           "found_at": c.found_at} for c in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        print(tr("No conflicts"))
    for c in found:
        print(f"#{c.id}\t{c.table}\t{c.row_uuid}\t{c.field}\tkept {c.kept!r}\t"
              f"other {c.other!r}")
    return 0



"""The `loyaltydesk` command: parses arguments, calls services, prints results."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from importlib import import_module
from typing import NoReturn

from loyaltydesk import __version__, paths
from loyaltydesk.clock import FixedClock, clock, set_clock
from loyaltydesk.commands.errors import UserError
from loyaltydesk.commands.words import decimal, tr

EXIT_USAGE = 2
EXIT_FAILURE = 1


# Control characters typed or pasted by the user are shown escaped, so an error stays one line.
_VISIBLE = {code: f"\\x{code:02x}" for code in [*range(32), *range(127, 160)]}
_VISIBLE.update({0x2028: "\\u2028", 0x2029: "\\u2029"})


def one_line(text: object) -> str:
    return str(text).translate(_VISIBLE)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage dump
        self.exit(EXIT_USAGE, f"loyaltydesk: {one_line(message)} (see 'loyaltydesk --help')\n")


Command = Callable[[argparse.Namespace], int]
_COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def register(func: Command) -> Command:
        _COMMANDS[name] = func
        return func
    return register


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="loyaltydesk",
                     description="Turn first sales into loyal, referring clients.")
    parser.add_argument("--version", action="version", version=f"LoyaltyDesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"where the data lives (default: ${paths.ENV_DATA_DIR} or the user "
                             "data folder)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the main window and close it once shown (checks an install)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    demo = sub.add_parser("demo", help="fill an empty database with demo customers")
    demo.add_argument("--customers", type=int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    due = sub.add_parser("due", help="list due follow-ups, oldest first")
    due.add_argument("--at", metavar="ISO-DATETIME",
                     help="list what is due at this moment (local time unless a zone is given)")
    touch = due.add_mutually_exclusive_group()
    touch.add_argument("--losing-touch", action="store_true",
                       help="list customers past their keep-in-touch gap instead: red, then amber")
    touch.add_argument("--no-next-step", action="store_true",
                       help="list customers from first purchase up with nothing planned instead")
    check = sub.add_parser("check", help="check the database's integrity")
    check.add_argument("--repair", action="store_true",
                       help="first close the open follow-ups whose goal is already met")
    for name in COMMAND_MODULES:
        import_module(name).add_commands(sub)
    return parser


# Modules that add their own sub-commands: each has `add_commands(sub)` that adds its parsers
# and registers their functions with `@command`.
COMMAND_MODULES: list[str] = [
    "loyaltydesk.commands.exchange",
    "loyaltydesk.commands.report",
    "loyaltydesk.commands.safety",
    "loyaltydesk.commands.dav",
    "loyaltydesk.commands.team",
]


def open_folder(args: argparse.Namespace, *, create: bool = True, read_only: bool = False):
    """Open the data. A command that writes (the default) holds the folder's write lock first,
    named after the command, and is refused on a damaged book; a `read_only` one never takes
    the lock and never writes."""
    from loyaltydesk.commands.passphrase import passphrase_for
    from loyaltydesk.services import folder_lock
    from loyaltydesk.services.session import open_data
    folder = paths.data_dir(args.data_dir)
    if read_only:
        return open_data(folder, create=False, passphrase=passphrase_for(folder), write=False)
    folder_lock.hold(folder, args.command or "window")
    return open_data(folder, create=create, passphrase=passphrase_for(folder), verify=True)


def parse_moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise UserError(tr("{text} is not an ISO date and time (like 2026-11-24T09:30)")
                        .format(text=repr(text))) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=clock().local_tz())
    return moment


@command("demo")
def run_demo(args: argparse.Namespace) -> int:
    from loyaltydesk.services.demo import build_demo
    if args.customers < 1:
        raise UserError(tr("--customers must be at least 1"))
    folder = open_folder(args)
    started = time.perf_counter()
    build_demo(args.customers, args.seed)
    print(tr("Built %n demo customer(s) in {folder} ({seconds} s)", args.customers).format(
        folder=folder.folder, seconds=decimal(time.perf_counter() - started)))
    return 0


@command("due")
def run_due(args: argparse.Namespace) -> int:
    from loyaltydesk.services import rhythm
    from loyaltydesk.services.followups import due_followups
    at = parse_moment(args.at) if args.at else None
    if at is not None:
        set_clock(FixedClock(at, clock().local_tz()))
    open_folder(args, read_only=True)
    if args.losing_touch or args.no_next_step:
        return _print_rhythm_list(args.losing_touch)
    tz = clock().local_tz()
    rows = due_followups(at)
    gaps = rhythm.states(list({f.customer_id for f in rows}))
    for f in rows:
        when = f.remind_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
        print(f"{when}\t{f.customer_name}\t#{f.customer_id}\t{f.kind}\t{f.channel}\t{f.title}"
              f"\t{gaps[f.customer_id]}")
    return 0


def _print_rhythm_list(losing_touch: bool) -> int:
    from loyaltydesk.domain.money import format_money
    from loyaltydesk.services import rhythm
    from loyaltydesk.services.customers import get_customer

    entries = rhythm.losing_touch(limit=None) if losing_touch else [
        (cid, None) for cid in rhythm.without_next_step()]
    tz = clock().local_tz()
    for cid, state in entries:
        record = get_customer(cid)
        last = record.last_contact_at.astimezone(tz).date().isoformat() \
            if record.last_contact_at else "never"
        label = state.value if state else record.stage.value
        print(f"{label}\t{record.display_name}\t#{cid}\t{last}\t{format_money(record.ltv_cents)}")
    return 0


@command("check")
def run_check(args: argparse.Namespace) -> int:
    from loyaltydesk.services.integrity import problems
    from loyaltydesk.store.migrations import LATEST_VERSION
    open_folder(args, create=False, read_only=not args.repair)
    if args.repair:
        from loyaltydesk.services.goals import repair
        print(tr("Closed %n follow-up(s) whose goal was already met", repair()))
    found = problems()
    if found:
        for line in found:
            print(line, file=sys.stderr)
        print("loyaltydesk: " + tr("%n problem(s) found", len(found)), file=sys.stderr)
        return EXIT_FAILURE
    print(tr("ok: schema {version}, integrity, foreign keys and search index are sound")
          .format(version=LATEST_VERSION))
    return 0


def _run(args: argparse.Namespace) -> int:
    if args.command is None:
        from loyaltydesk.app import run_gui
        return run_gui(args.data_dir, smoke_test=args.smoke_test)
    return _COMMANDS[args.command](args)


def main(argv: Sequence[str] | None = None) -> int:
    from loyaltydesk.domain.words import use_catalogue
    from loyaltydesk.services.errors import USER_ERRORS

    user_errors: tuple[type[Exception], ...] = (UserError, *USER_ERRORS)
    # what the file formats and phone sync say comes in the system's language too
    use_catalogue(lambda context, text, count: tr(text, count, context))
    args = build_parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # a file or folder name that is not UTF-8
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return _run(args)
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except user_errors as exc:
        print(f"loyaltydesk: {one_line(exc)}", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:  # a full disk, a read-only folder: one line, not a traceback
        from loyaltydesk.services.storage_errors import describe, is_damage
        message = tr("The data file is damaged: nothing was changed; run 'loyaltydesk check', "
                     "then 'loyaltydesk restore' with a backup") if is_damage(exc) else \
            describe(exc, lambda text: tr(text, context="StorageErrors"))
        if message is None:
            raise
        print(f"loyaltydesk: {message}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("loyaltydesk: " + tr("interrupted; nothing was changed by the unfinished step"),
              file=sys.stderr)
        return 130
    finally:
        from loyaltydesk.services.folder_lock import release_all
        from loyaltydesk.store.database import close
        close()
        release_all()

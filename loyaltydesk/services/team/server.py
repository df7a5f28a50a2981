"""The team's book on PostgreSQL: connecting safely, its schema, and reading and writing records.

The server holds one table of records (a row of any kind, as JSON, with the change clock of each
field). Row-level security keeps a private customer's records with the role that owns them; the
team's group role holds the grants. Writers take a transaction-level advisory lock, so change
numbers are committed in order and a laptop that has read up to N has seen everything before N.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from loyaltydesk.services.words import tr

SCHEMA_VERSION = 1
_SECURE = ("require", "verify-ca", "verify-full")
_WRITE_LOCK = 7310442  # the advisory lock every writer of the team's book takes


class TeamError(Exception):
    """The team's server cannot be used as asked; the message says why in one line."""


class ServerUnreachable(TeamError):
    """The server does not answer: work goes on offline, the next sync sends what waits."""


@dataclass(frozen=True)
class ServerRecord:
    table: str
    uuid: str
    data: dict[str, Any] | None
    clocks: dict[str, str]
    seq: int


def _psycopg():
    try:
        import psycopg
    except ImportError as exc:
        raise TeamError(tr("Working as a team needs the team extra: pip install "
                           "'loyaltydesk[team]'")) from exc
    return psycopg


def _is_local(host: str) -> bool:
    if not host or host.startswith("/") or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def settings(url: str) -> dict[str, str]:
    """The connection settings of a libpq URL, TLS made compulsory for any host not local."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = {k: str(v) for k, v in conninfo_to_dict(url).items()}
    except Exception as exc:  # psycopg says which part it could not read
        raise TeamError(tr("{url} is not a PostgreSQL URL: {reason}").format(
            url=safe_url(url), reason=exc)) from exc
    hosts = params.get("host", "").split(",")
    if not all(_is_local(h) for h in hosts):
        mode = params.get("sslmode", "")
        if mode and mode not in _SECURE:
            raise TeamError(tr("sslmode={mode} would send the book unencrypted; use "
                               "sslmode=require or verify-full for a server on the network")
                            .format(mode=mode))
        params.setdefault("sslmode", "require")
    return params


def safe_url(url: str) -> str:
    """The URL without its password, fit to print or keep in the data folder."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        params = conninfo_to_dict(url)
    except Exception:
        return "the URL given"
    params.pop("password", None)
    if not url.startswith(("postgresql://", "postgres://")):
        return make_conninfo("", **params)
    user = params.pop("user", "")
    host = params.pop("host", "")
    port = params.pop("port", "")
    dbname = params.pop("dbname", "")
    netloc = (f"{user}@" if user else "") + str(host or "") + (f":{port}" if port else "")
    query = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
    return f"postgresql://{netloc}/{dbname}" + (f"?{query}" if query else "")


def _keyring_password(params: dict[str, str]) -> str | None:
    try:
        import keyring
    except ImportError:
        return None
    try:
        return keyring.get_password("LoyaltyDesk team", _keyring_user(params))
    except Exception:  # no usable keyring backend here: libpq's own ways still apply
        return None


def with_password(url: str, password: str) -> str:
    """The URL with this password, for this one connection (it is never stored)."""
    if not password:
        return url
    _psycopg()
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    return make_conninfo("", **{**conninfo_to_dict(url), "password": password})


def _keyring_user(params: dict[str, str]) -> str:
    return f"{params.get('user', '')}@{params.get('host', '')}"


def remember_password(url: str, password: str) -> bool:
    """Keep the password in the system keyring for later syncs; False when there is none."""
    try:
        import keyring

        keyring.set_password("LoyaltyDesk team", _keyring_user(settings(url)), password)
    except Exception:  # no keyring module or no usable backend: the caller says so
        return False
    return True


def connect(url: str, *, timeout: int = 10):
    """A connection to the team's server, or one line that says why not."""
    psycopg = _psycopg()
    params = settings(url)
    if "password" not in params:
        password = _keyring_password(params)
        if password:
            params["password"] = password
    try:
        return psycopg.connect(connect_timeout=timeout, **params)
    except psycopg.OperationalError as exc:
        raise _explain(exc, params) from None


def _explain(exc: Exception, params: dict[str, str]) -> TeamError:
    text = str(exc)
    where = f"{params.get('host', 'localhost')}:{params.get('port', '5432')}"
    user = params.get("user", "this user")
    if "password authentication failed" in text or "no password supplied" in text:
        return TeamError(tr("The team server refused the password of {user}").format(user=user))
    if "does not exist" in text and "database" in text:
        return TeamError(tr("The team server at {where} has no database {name}").format(
            where=where, name=repr(params.get("dbname", ""))))
    if "does not exist" in text and "role" in text:
        return TeamError(tr("The team server at {where} knows no user {user}").format(
            where=where, user=repr(user)))
    return ServerUnreachable(tr("The team server at {where} does not answer; working offline")
                             .format(where=where))


def _permission(exc: Exception) -> bool:
    psycopg = _psycopg()
    return isinstance(exc, psycopg.errors.InsufficientPrivilege)


# ---------------------------------------------------------------------------------------------
# The schema


_TABLES_SQL = [
    "CREATE SCHEMA loyaltydesk",
    "CREATE TABLE loyaltydesk.meta (key text PRIMARY KEY, value text NOT NULL)",
    "CREATE SEQUENCE loyaltydesk.change_seq",
    """CREATE TABLE loyaltydesk.record (
           tbl text NOT NULL, uuid text NOT NULL, data jsonb, clocks jsonb NOT NULL,
           customer_uuid text, private_to text,
           seq bigint NOT NULL DEFAULT nextval('loyaltydesk.change_seq'),
           PRIMARY KEY (tbl, uuid))""",
]


def _guard_sql(group: str) -> list[str]:
    g = '"' + group.replace('"', '""') + '"'
    return [
        "CREATE INDEX record_seq ON loyaltydesk.record (seq)",
        "CREATE INDEX record_customer ON loyaltydesk.record (customer_uuid)",
        "ALTER TABLE loyaltydesk.record ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE loyaltydesk.record FORCE ROW LEVEL SECURITY",
        """CREATE POLICY shared_or_own ON loyaltydesk.record
               USING (private_to IS NULL OR private_to = current_user)
               WITH CHECK (private_to IS NULL OR private_to = current_user)""",
        f"GRANT USAGE ON SCHEMA loyaltydesk TO {g}",
        f"GRANT SELECT, INSERT, UPDATE ON loyaltydesk.record TO {g}",
        f"GRANT SELECT ON loyaltydesk.meta TO {g}",
        f"GRANT USAGE, SELECT ON SEQUENCE loyaltydesk.change_seq TO {g}",
    ]


Row = tuple[str, str, str, str, str | None, str | None]


def create_schema(conn, group: str, rows: Iterable[Row] = ()) -> int:
    """Make an empty database the team's book, with `group` as the team's role, holding `rows`:
    (table, uuid, data as JSON text, clocks as JSON text, customer's uuid, private to).
    Returns how many records it holds."""
    with conn.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'loyaltydesk'")
        if cur.fetchone():
            raise TeamError(tr("This database already holds a team's book: join it instead"))
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,))
        if cur.fetchone() is None:
            cur.execute(f'CREATE ROLE "{group}" NOLOGIN')
            cur.execute(f'GRANT "{group}" TO CURRENT_USER')
        for statement in _TABLES_SQL:
            cur.execute(statement)
        # loaded by COPY before row-level security is on (COPY cannot pass it) and indexed after
        with cur.copy("COPY loyaltydesk.record (tbl, uuid, data, clocks, customer_uuid, "
                      "private_to) FROM STDIN") as copy:
            count = 0
            for row in rows:
                copy.write_row(row)
                count += 1
        cur.execute("SELECT COUNT(*) FROM loyaltydesk.record "
                    "WHERE private_to IS NOT NULL AND private_to <> current_user")
        if cur.fetchone()[0]:
            raise TeamError(tr("Some customers here are private to another user: share them "
                               "again before making this book the team's"))
        for statement in _guard_sql(group):
            cur.execute(statement)
        cur.executemany("INSERT INTO loyaltydesk.meta (key, value) VALUES (%s, %s)",
                        [("schema_version", str(SCHEMA_VERSION)), ("group", group)])
    return count


def check_schema(conn) -> None:
    """Refuse a database that is not a team's book, or one newer than this LoyaltyDesk."""
    psycopg = _psycopg()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT value FROM loyaltydesk.meta WHERE key = 'schema_version'")
            row = cur.fetchone()
            cur.execute("SELECT 1 FROM loyaltydesk.record LIMIT 1")
    except psycopg.errors.UndefinedTable:
        conn.rollback()
        raise TeamError(tr("This database holds no team's book (run 'team create' first)")) \
            from None
    except psycopg.errors.InsufficientPrivilege:
        conn.rollback()
        raise TeamError(tr("{user} is not in this team: ask whoever set up the team's book to "
                           "add them to its group").format(user=conn.info.user)) from None
    version = int(row[0]) if row else 0
    if version > SCHEMA_VERSION:
        raise TeamError(tr("The team's book was upgraded by a newer LoyaltyDesk (server "
                           "schema {version}); update LoyaltyDesk before syncing").format(
            version=version))
    conn.commit()


# ---------------------------------------------------------------------------------------------
# Records


def lock_for_writing(cur) -> None:
    cur.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))


@dataclass(frozen=True)
class Shared:
    """A record as the team's book holds it now (data None: deleted for good)."""

    data: dict[str, Any] | None
    clocks: dict[str, str]
    customer_uuid: str | None
    private_to: str | None


def current(cur, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Shared]:
    """The shared records of these rows, locked until the transaction ends."""
    found = {}
    keys = list(keys)
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        cur.execute("SELECT tbl, uuid, data, clocks, customer_uuid, private_to "
                    "FROM loyaltydesk.record "
                    "WHERE (tbl, uuid) IN (SELECT * FROM unnest(%s::text[], %s::text[])) "
                    "FOR UPDATE", ([k[0] for k in chunk], [k[1] for k in chunk]))
        for tbl, uuid, data, clocks, customer_uuid, private_to in cur.fetchall():
            found[tbl, uuid] = Shared(data, clocks, customer_uuid, private_to)
    return found


def write(cur, rows: list[tuple[str, str, dict | None, dict, str | None, str | None]]) -> None:
    """Insert or replace records: (table, uuid, data or None, clocks, customer, private_to)."""
    cur.executemany(
        "INSERT INTO loyaltydesk.record (tbl, uuid, data, clocks, customer_uuid, private_to) "
        "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (tbl, uuid) DO UPDATE SET "
        "data = excluded.data, clocks = excluded.clocks, customer_uuid = excluded.customer_uuid,"
        " private_to = excluded.private_to, seq = nextval('loyaltydesk.change_seq')",
        [(t, u, json.dumps(d, default=str) if d is not None else None, json.dumps(c), cu, p)
         for t, u, d, c, cu, p in rows])


def set_private(cur, customer_uuid: str, private_to: str | None) -> None:
    """A customer made private (or shared again) takes all its records along."""
    cur.execute("UPDATE loyaltydesk.record SET private_to = %s, "
                "seq = nextval('loyaltydesk.change_seq') WHERE customer_uuid = %s "
                "AND private_to IS DISTINCT FROM %s", (private_to, customer_uuid, private_to))


def changes_after(conn, seq: int, batch: int = 5000) -> Iterator[list[ServerRecord]]:
    """Every record this role may see that changed after `seq`, oldest change first."""
    with conn.cursor(name="changes") as cur:
        cur.itersize = batch
        cur.execute("SELECT tbl, uuid, data, clocks, seq FROM loyaltydesk.record "
                    "WHERE seq > %s ORDER BY seq", (seq,))
        while rows := cur.fetchmany(batch):
            yield [ServerRecord(*row) for row in rows]


@contextmanager
def snapshot(conn) -> Iterator[None]:
    """One unchanging view of the team's book for several reads, in one transaction."""
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        # a kind is read through the primary key's index, in the order of the table's pages,
        # rather than by reading every kind's pages each time; nothing is worth compiling
        conn.execute("SET LOCAL enable_seqscan = off")
        conn.execute("SET LOCAL jit = off")
        yield


def copy_kind(conn, table: str) -> Generator[tuple[str, str | None, str, str], None, None]:
    """Every record of one kind this role may see, as PostgreSQL's text: (uuid, data as JSON or
    None, clocks as JSON, change number), in the order the server stores them. Read them all."""
    with conn.cursor() as cur, cur.copy(
            "COPY (SELECT uuid, data::text, clocks::text, seq FROM loyaltydesk.record "
            "WHERE tbl = %s) TO STDOUT", (table,)) as copy:
        yield from copy.rows()


def newest_seq(conn) -> int:
    with conn.cursor() as cur:
        cur.execute("SELECT COALESCE(MAX(seq), 0) FROM loyaltydesk.record")
        return int(cur.fetchone()[0])


@contextmanager
def answering() -> Iterator[None]:
    """A server that stops answering midway is said in one line; what was committed stays."""
    psycopg = _psycopg()
    try:
        yield
    except psycopg.OperationalError as exc:
        raise ServerUnreachable(tr("The team server stopped answering; what was already "
                                   "received is kept, and the next sync completes the rest")) \
            from exc


@contextmanager
def writing(conn) -> Iterator[Any]:
    """A transaction holding the team's write lock; commits at the end, rolls back on error."""
    psycopg = _psycopg()
    try:
        with conn.transaction(), conn.cursor() as cur:
            lock_for_writing(cur)
            yield cur
    except psycopg.errors.InsufficientPrivilege as exc:
        raise TeamError(tr("{user} may not write to this team's book: {reason}").format(
            user=conn.info.user, reason=exc)) from None
    except psycopg.OperationalError as exc:
        raise ServerUnreachable(tr("The team server stopped answering; nothing was sent, the "
                                   "next sync sends it")) from exc

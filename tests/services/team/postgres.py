"""A throwaway PostgreSQL cluster for the team tests: own folder, loopback port, stopped after.

PostgreSQL refuses to run as root, so as root the server runs as the distribution's `postgres`
user (through runuser). In CI a missing PostgreSQL fails the tests; elsewhere they are skipped.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

PASSWORDS = {"clara": "clara-pw", "bastien": "bastien-pw", "outsider": "outsider-pw"}


def find_bin() -> Path | None:
    for name in ("pg_ctl", "initdb"):
        if shutil.which(name):
            return Path(shutil.which(name)).parent
    roots = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    return roots[0] if roots else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Postgres:
    def __init__(self, binaries: Path) -> None:
        self.bin = binaries
        self.root = Path(tempfile.mkdtemp(prefix="loyaltydesk-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            owner = pwd.getpwnam("postgres")
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
        self.root.chmod(0o700)

    def _run(self, *command: str) -> subprocess.CompletedProcess:
        full = ["runuser", "-u", "postgres", "--", *command] if self._as_postgres else command
        return subprocess.run(full, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-E", "UTF8",
                  "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync")
        options = (f"-k {self.root} -p {self.port} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c full_page_writes=off")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "server.log"), "-w", "-t", "60", "-o", options, "start")
        with self.admin() as conn:
            for role, password in PASSWORDS.items():
                extra = " CREATEROLE" if role == "clara" else ""
                conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'{extra}")

    def stop(self) -> None:
        if self.data.exists():
            try:
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                          "-w", "stop")
            except subprocess.CalledProcessError:
                pass  # already stopped by a test
        shutil.rmtree(self.root, ignore_errors=True)

    def pause(self) -> None:
        """Stop the server (a laptop going offline, as far as it can tell)."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                  "stop")

    def resume(self) -> None:
        options = (f"-k {self.root} -p {self.port} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c full_page_writes=off")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "server.log"), "-w", "-t", "60", "-o", options, "start")

    def admin(self, dbname: str = "postgres"):
        import psycopg

        return psycopg.connect(host=str(self.root), port=self.port, user="postgres",
                               dbname=dbname, autocommit=True)

    def new_book(self, name: str) -> str:
        """An empty database for one team, owned by clara; bastien may join its group."""
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name} OWNER clara")
        return name

    def let_in(self, role: str, book: str) -> None:
        with self.admin() as conn:
            conn.execute(f"GRANT {book}_team TO {role}")

    def url(self, user: str, book: str) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{book}"

    def pgpass(self, home: Path) -> Path:
        """A ~/.pgpass with every test role's password, the way libpq finds passwords."""
        path = home / ".pgpass"
        path.write_text("".join(f"127.0.0.1:{self.port}:*:{role}:{password}\n"
                                for role, password in PASSWORDS.items()))
        path.chmod(0o600)
        return path

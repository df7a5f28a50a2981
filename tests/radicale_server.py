"""A real Radicale CalDAV/CardDAV server on 127.0.0.1 for phone-sync tests and benchmarks."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

USER = "agnes"
PASSWORD = "throwaway-secret"
_LISTENING = re.compile(r"Listening on '?\[?([0-9.:]+?)\]?'?:(\d+)")


def _free_port() -> int:
    import socket
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Radicale:
    folder: Path
    process: subprocess.Popen | None = None
    port: int = 0
    _storage: Path | None = None

    @property
    def storage(self) -> Path:
        """Throwaway collections in memory where the system has /dev/shm: Radicale syncs
        every write to disk, which would make a test's thousands of PUTs crawl."""
        if self._storage is None:
            shm = Path("/dev/shm")
            base = shm if shm.is_dir() and os.access(shm, os.W_OK) else self.folder
            self._storage = Path(tempfile.mkdtemp(prefix="loyaltydesk-radicale-", dir=base))
        return self._storage

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def home(self) -> str:
        return f"{self.url}{USER}/"

    def start(self) -> Radicale:
        """Start on the port it had (a free one the first time); returns once it listens."""
        if not self.port:
            self.port = _free_port()
        htpasswd = self.folder / "htpasswd"
        htpasswd.write_text(f"{USER}:{PASSWORD}\n")
        command = [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{self.port}",
                   "--storage-filesystem-folder", str(self.storage),
                   "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(htpasswd),
                   "--auth-htpasswd-encryption", "plain", "--auth-delay", "0",
                   "--rights-type", "owner_only", "--logging-level", "info"]
        self.process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                        text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        for line in self.process.stderr:  # it says where it listens once it is ready
            found = _LISTENING.search(line)
            if found:
                break
        else:
            raise RuntimeError("Radicale stopped before it listened")
        # Keep reading its log so a full pipe never blocks the server.
        import threading
        threading.Thread(target=self.process.stderr.read, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)
        self.process = None

    def remove(self) -> None:
        self.stop()
        if self._storage is not None:
            shutil.rmtree(self._storage, ignore_errors=True)

"""Reading backups back the way a person would: the zstd tool, then plain sqlite3."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import zstandard

ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def plain_copy(path: Path) -> Path:
    """`path` itself when it is an SQLite file, else its content unpacked into a new temporary
    file, by the zstd command when the system has it (an independent reader)."""
    if path.read_bytes()[:4] != ZSTD_MAGIC:
        return path
    target = Path(tempfile.mkdtemp()) / path.name.removesuffix(".zst")
    if shutil.which("zstd"):
        subprocess.run(["zstd", "-q", "-d", str(path), "-o", str(target)], check=True)
    else:  # one-shot, not the streaming reader the product uses
        target.write_bytes(zstandard.ZstdDecompressor().decompress(path.read_bytes()))
    return target


def names(path: Path) -> list[str]:
    """The customers' names in a backup (compressed or not) or a database."""
    with sqlite3.connect(plain_copy(path)) as raw:
        return [r[0] for r in raw.execute("SELECT name FROM customer ORDER BY name")]


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(plain_copy(path)) as raw:
        tables = [r[0] for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        return {t: raw.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}

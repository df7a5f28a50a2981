"""Snapshots of a live database: SQLite's online backup API, Zstandard, and checks of both."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from loyaltydesk.store import cipher
from loyaltydesk.store.database import ZSTD_MAGIC

COMPRESSED_SUFFIX = ".zst"
# Level 1: on the 100k demo it writes a quarter of the bytes at disk-copy speed; higher levels
# save a few per cent more for twice the time.
LEVEL = 1
# Two compressing threads: the backups of the window run while it idles, and a laptop has two
# cores at least; on the 100k demo compressing is the longest step.
THREADS = 2
CHUNK_PAGES = 2048  # pages copied per backup step; a cancel is seen between steps
CHUNK_BYTES = 1 << 20
CHECKS_BETWEEN_STEPS = 20_000  # SQLite virtual-machine steps between two looks at cancel
LOOK_EVERY_S = 0.05  # how often a long check looks whether it was cancelled

Cancelled = Callable[[], bool]
Told = Callable[[int, int], None]  # how far it is: (done, out of)
SCALE = 1000  # take() tells its progress in thousandths


class SnapshotError(Exception):
    """The copy could not be made or failed its checks; the message is for people."""


class SnapshotCancelled(Exception):
    """The copy was asked to stop; nothing of it is left."""


def never() -> bool:
    return False


def untold(_done: int, _total: int) -> None:
    pass


def is_compressed(path: Path) -> bool:
    """Whether `path` starts like a Zstandard frame (what it holds, whatever its name)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(ZSTD_MAGIC)) == ZSTD_MAGIC
    except OSError:
        return False


def table_counts(connection: Any) -> dict[str, int]:
    """The rows of every ordinary table (virtual tables are counted through their shadows)."""
    names = [r[0] for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names}


@contextmanager
def watched(connection: Any, cancelled: Cancelled) -> Iterator[None]:
    """Statements on `connection` stop soon after a cancel, a long check included (SQLite
    looks at an interrupt inside it, where the progress handler is not called)."""
    if cancelled is never:
        yield
        return
    connection.set_progress_handler(lambda: 1 if cancelled() else 0, CHECKS_BETWEEN_STEPS)
    over = threading.Event()

    def interrupt_when_cancelled() -> None:
        while not over.wait(LOOK_EVERY_S):
            if cancelled():
                connection.interrupt()
                return

    watcher = threading.Thread(target=interrupt_when_cancelled, daemon=True)
    watcher.start()
    try:
        yield
    finally:
        over.set()
        watcher.join()


def write_snapshot(source: Any, target: Path, key: str | None,
                   cancelled: Cancelled = never, told: Told = untold) -> dict[str, int]:
    """Copy the database of the connection `source` into the new file `target`; returns the
    row counts of the snapshot copied.

    One read transaction spans the counts and the copy, so both see the same snapshot while
    other connections go on writing (WAL never blocks them, nor they us).
    """
    def step(_status: int, remaining: int, total: int) -> None:
        told(total - remaining, total)
        if cancelled():
            raise SnapshotCancelled

    source.execute("BEGIN")
    try:
        counts = table_counts(source)
        writer = cipher.raw_connect(target, key)
        try:
            # The copy is synced once whole (or compressed, and the compressed file synced).
            writer.execute("PRAGMA synchronous = OFF")
            source.backup(writer, pages=CHUNK_PAGES, progress=step)
            writer.execute("PRAGMA journal_mode = DELETE")
        finally:
            writer.close()
    finally:
        source.execute("ROLLBACK")
    return counts


def check_snapshot(path: Path, key: str | None, counts: dict[str, int],
                   cancelled: Cancelled = never) -> list[str]:
    """SQLite's quick check of every page, then the row counts against the source's."""
    connection = cipher.raw_connect(path, key, readonly=True)
    try:
        with watched(connection, cancelled):
            found = [r[0] for r in connection.execute("PRAGMA quick_check").fetchall()]
            if cancelled():
                raise SnapshotCancelled
            if found != ["ok"]:
                return found[:10]
            copied = table_counts(connection)
    except SnapshotCancelled:
        raise
    except Exception as exc:  # sqlite3 and sqlcipher3 raise their own errors
        if cancelled():
            raise SnapshotCancelled from exc
        return [str(exc)]
    finally:
        connection.close()
    return [f"{name}: {copied.get(name)} rows copied of {n}"
            for name, n in counts.items() if copied.get(name) != n]


def compress(source: Path, target: Path, cancelled: Cancelled = never,
             told: Told = untold) -> None:
    """Write `source` to `target` as one Zstandard frame with its size and checksum."""
    import zstandard  # here and below: only backups use it, opening a book does not

    size = source.stat().st_size
    compressor = zstandard.ZstdCompressor(level=LEVEL, write_checksum=True,
                                          write_content_size=True, threads=THREADS)
    with open(source, "rb") as reading, open(target, "wb") as out:
        with compressor.stream_writer(out, size=size, closefd=False) as writer:
            done = 0
            while chunk := reading.read(CHUNK_BYTES):
                if cancelled():
                    raise SnapshotCancelled
                writer.write(chunk)
                done += len(chunk)
                told(done, size)
        out.flush()
        os.fsync(out.fileno())


def _frame_size(path: Path) -> int:
    import zstandard

    with open(path, "rb") as handle:
        header = handle.read(18)
    try:
        size = zstandard.frame_content_size(header)
    except zstandard.ZstdError as exc:
        raise SnapshotError(f"{path.name} is damaged: {exc}") from exc
    if size < 0:
        raise SnapshotError(f"{path.name} does not say how big it is")
    return size


def decompress(source: Path, target: Path | None, cancelled: Cancelled = never) -> int:
    """Unpack `source` into `target` (or only read it through, with None); returns its size.

    The frame's checksum and announced size are both checked: a truncated or altered file
    is refused (SnapshotError), whatever it left in `target`.
    """
    import zstandard

    expected = _frame_size(source)
    done = 0
    try:
        with open(source, "rb") as reading:
            reader = zstandard.ZstdDecompressor().stream_reader(reading)
            out = open(target, "wb") if target is not None else None
            try:
                while chunk := reader.read(4 * CHUNK_BYTES):
                    if cancelled():
                        raise SnapshotCancelled
                    done += len(chunk)
                    if out is not None:
                        out.write(chunk)
            finally:
                if out is not None:
                    out.close()
    except zstandard.ZstdError as exc:
        raise SnapshotError(f"{source.name} is damaged: {exc}") from exc
    if done != expected:
        raise SnapshotError(f"{source.name} is damaged: it holds {done:,} of its "
                            f"{expected:,} bytes")
    return done


def _private_new(path: Path) -> None:
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not every system opens folders; the rename is still atomic
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def take(source: Any, target: Path, key: str | None, *, compressed: bool,
         cancelled: Cancelled = never, told: Told = untold) -> None:
    """A checked copy of the database of the connection `source` at `target` (replaced at
    once), 0600, compressed or a plain SQLite file.

    The snapshot is checked (quick check, row counts against the source at the snapshot);
    the compressed file is then read back through: its bytes are the checked ones (size and
    checksum). Any failure, or a cancel, leaves no file behind.
    """
    plain = target.with_name(f".{target.name}.partial")
    packed = target.with_name(f".{target.name}.packing")
    leftovers = (plain, plain.with_name(plain.name + "-journal"), packed)
    try:
        _private_new(plain)
        # Copying is the first half of the work, compressing the second.
        half = SCALE // 2 if compressed else SCALE
        counts = write_snapshot(source, plain, key, cancelled,
                                lambda done, total: told(done * half // max(total, 1), SCALE))
        if compressed:
            _private_new(packed)
            # The check and the compression both read the snapshot: side by side, each on
            # its own core where there are two (SQLite and Zstandard let go of the GIL).
            from concurrent.futures import ThreadPoolExecutor  # not needed to open a book

            with ThreadPoolExecutor(max_workers=1) as pool:
                packing = pool.submit(_pack, plain, packed, cancelled, lambda done, total: told(
                    half + done * (SCALE - half) // max(total, 1), SCALE))
                found = check_snapshot(plain, key, counts, cancelled)
                packing.result()
        else:
            found = check_snapshot(plain, key, counts, cancelled)
        if found:
            raise SnapshotError(f"The copy failed its check ({found[0]}); nothing was kept")
        if compressed:
            os.replace(packed, target)
        else:
            _fsync(plain)
            os.replace(plain, target)
        fsync_folder(target.parent)
    finally:
        for path in leftovers:
            path.unlink(missing_ok=True)


def _pack(plain: Path, packed: Path, cancelled: Cancelled, told: Told) -> None:
    """Compress the snapshot, then read the result back through: size and checksum."""
    compress(plain, packed, cancelled, told)
    if decompress(packed, None, cancelled) != plain.stat().st_size:
        raise SnapshotError("The compressed copy does not read back; nothing was kept")

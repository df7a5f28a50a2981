"""The scaling table's figures: one row per figure, one column per book size, and how each
figure grows from one size to the next."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

# figure -> size -> (value, unit, reference or None)
RESULTS: dict[str, dict[int, tuple[float, str, float | None]]] = {}
BUILD_SECONDS: dict[int, float] = {}


def label(size: int) -> str:
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000}M"
    if size % 1_000 == 0:
        return f"{size // 1_000}k"
    return str(size)


def demo_folder(size: int) -> Path:
    """The demo book of `size` customers, built once and kept for the next run."""
    root = Path(os.environ.get("LOYALTYDESK_SCALING_DIR", "/tmp"))
    folder = root / f"loyaltydesk-bench-{label(size)}"
    if _customers(folder) == size:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    import time
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "loyaltydesk", "--data-dir", str(folder),
                             "demo", "--customers", str(size), "--seed", "1"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    BUILD_SECONDS[size] = time.perf_counter() - started
    return folder


def _customers(folder: Path) -> int:
    path = folder / "loyaltydesk.sqlite3"
    if not path.exists():
        return -1
    try:
        with sqlite3.connect(path) as raw:
            return raw.execute("SELECT count(*) FROM customer").fetchone()[0]
    except sqlite3.DatabaseError:
        return -1


def record(size: int, figure: str, value: float, unit: str,
           reference: float | None = None) -> None:
    RESULTS.setdefault(figure, {})[size] = (value, unit, reference)


def table() -> str:
    sizes = sorted({s for by_size in RESULTS.values() for s in by_size})
    head = ["figure"]
    for i, size in enumerate(sizes):
        head.append(label(size))
        if i:
            head.append(f"x from {label(sizes[i - 1])}")
    rows = [head]
    for figure, by_size in RESULTS.items():
        row = [figure]
        for i, size in enumerate(sizes):
            cell = by_size.get(size)
            row.append(_cell(cell))
            if i:
                before = by_size.get(sizes[i - 1])
                row.append(f"{cell[0] / before[0]:.2f}x" if cell and before and before[0] else "-")
        rows.append(row)
    if BUILD_SECONDS:
        rows.append(["demo build (this run)"] + _builds(sizes))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"
             for r in rows]
    lines.insert(1, "| " + " | ".join("-" * w for w in widths) + " |")
    return "\n".join(lines)


def _cell(cell: tuple[float, str, float | None] | None) -> str:
    if cell is None:
        return "-"
    value, unit, reference = cell
    text = f"{value:,.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"
    return text + (f" ({value / reference:.2f}x ref)" if reference else "")


def _builds(sizes: list[int]) -> list[str]:
    cells = []
    for i, size in enumerate(sizes):
        seconds = BUILD_SECONDS.get(size)
        cells.append(f"{seconds:.0f} s" if seconds is not None else "cached")
        if i:
            cells.append("-")
    return cells

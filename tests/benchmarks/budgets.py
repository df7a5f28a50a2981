"""The budget table: each figure, its reference, the ratio, the budget and the verdict."""

from __future__ import annotations

import json
import platform
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Budget:
    name: str
    figure_ms: float
    reference_ms: float | None  # None for absolute budgets
    limit: str  # how the budget reads in PRODUCT.md
    passed: bool
    note: str = ""
    unit: str = "ms"

    @property
    def ratio(self) -> float | None:
        if not self.reference_ms:
            return None
        return self.figure_ms / self.reference_ms


RESULTS: list[Budget] = []


def ratio_budget(name: str, figure: float, reference: float, factor: float,
                 plus_ms: float = 0.0, note: str = "", unit: str = "ms") -> Budget:
    limit = f"<= {factor:g}x ref" + (f" + {plus_ms:g} ms" if plus_ms else "")
    budget = Budget(name, figure, reference, limit, figure <= factor * reference + plus_ms, note,
                    unit)
    RESULTS.append(budget)
    return budget


def absolute_budget(name: str, figure: float, limit_ms: float, note: str = "") -> Budget:
    budget = Budget(name, figure, None, f"<= {limit_ms:g} ms", figure <= limit_ms, note)
    RESULTS.append(budget)
    return budget


def table() -> str:
    rows = [("figure", "measured", "reference", "ratio", "budget", "result")]
    for b in RESULTS:
        rows.append((b.name, _amount(b.figure_ms, b.unit),
                     _amount(b.reference_ms, b.unit) if b.reference_ms else "-",
                     f"{b.ratio:.2f}x" if b.ratio is not None else "-", b.limit,
                     "pass" if b.passed else "FAIL"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"
             for r in rows]
    lines.insert(1, "| " + " | ".join("-" * w for w in widths) + " |")
    return "\n".join(lines)


def _amount(value: float, unit: str) -> str:
    if unit == "KiB":
        return f"{value / 1024:.0f} MiB"
    return f"{value:.1f} {unit}"


def machine() -> str:
    import os
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, " \
           f"Python {platform.python_version()}"


def write_json(path: Path) -> None:
    payload = {"machine": machine(),
               "budgets": [{**asdict(b), "ratio": b.ratio} for b in RESULTS]}
    path.write_text(json.dumps(payload, indent=2), encoding="utf-8")

"""A chart's value axis: gridlines at round numbers, and how a plain tick reads."""

from __future__ import annotations

import math


def nice_step(rough: float) -> float:
    """1, 2, 2.5 or 5 times a power of ten, at least `rough`."""
    if rough <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(rough))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= rough:
            return factor * power
    return 10 * power


def plain_number(value: float) -> str:
    from loyaltydesk import formats

    return formats.number(round(value)) if value == round(value) else f"{value:g}"


def scale(values: list[float]) -> tuple[float, float, float]:
    """The axis from a round number to a round number, and the step between gridlines."""
    values = values or [0.0]
    low, high = min(min(values), 0.0), max(max(values), 0.0)
    if high <= low:
        high = low + 1.0
    step = nice_step((high - low) / 4)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step

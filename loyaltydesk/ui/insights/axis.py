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


def scale(values: list[float], least_step: float = 0.0) -> tuple[float, float, float]:
    """The axis from a round number to a round number, and the step between gridlines.

    `least_step` is the smallest step the axis's figures can tell apart (one customer, one
    euro): below it, neighbouring gridlines would carry the same figure.
    """
    values = values or [0.0]
    low, high = min(min(values), 0.0), max(max(values), 0.0)
    if high <= low:
        high = low + max(least_step, 1.0)
    step = max(nice_step((high - low) / 4), least_step)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def ticks(values: list[float], least_step: float = 0.0) -> list[float]:
    """The values the gridlines stand at, lowest first; nothing but zeros has the zero line
    alone (five gridlines all reading '€0' would say nothing)."""
    low, high, step = scale(values, least_step)
    if not any(values):
        return [0.0]
    return [low + i * step for i in range(round((high - low) / step) + 1)]

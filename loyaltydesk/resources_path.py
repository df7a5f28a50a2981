"""The one way to find a shipped resource file, from a wheel, a source tree or a bundle."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """A file under resources/, e.g. resource("icons", "customers.svg")."""
    node = resources.files("loyaltydesk.resources")
    for part in parts:
        node = node.joinpath(part)
    return node

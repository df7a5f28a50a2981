"""A guard against PySide6 6.12's lost reference to None, for Python before 3.12.

Every Qt method that returns nothing (QPainter.setFont, QFont.setBold, QWidget.setWindowTitle,
...) takes one reference from None and never gives it back. None has a few thousand
references, so a process that calls such methods that many times (a PDF of a few hundred
pages) dies with "Fatal Python error: none_dealloc". Python 3.12 made None immortal; on 3.11
we give it as many references as an immortal object has, once, before Qt is used.
"""

from __future__ import annotations

import ctypes
import sys

_IMMORTAL = 1 << 40
_done: list[bool] = []


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or _done:
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += _IMMORTAL
    _done.append(True)

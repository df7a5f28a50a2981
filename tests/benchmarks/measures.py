"""What several benchmarks share: a shown main window, timing, the raw FTS5 reference."""

from __future__ import annotations

import sqlite3
import statistics
import time

# A user typing: the filter answers each of these in turn.
TYPED = ("m", "ma", "mar", "mart", "martin", "l", "ly", "lyo", "lyon", "zo", "zoé", "zoé d")


def median_ms(func, rounds: int = 7) -> float:
    func()  # warm the caches once, as a second keystroke would find them
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        func()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def raw_fts_per_keystroke_ms(database_path) -> float:
    """The reference of a keystroke: raw sqlite3 running the FTS5 query for the same text."""
    from loyaltydesk.store.search import match_expression

    raw = sqlite3.connect(database_path)

    def reference():
        for text in TYPED:
            raw.execute("SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?",
                        (match_expression(text),)).fetchall()

    return median_ms(reference) / len(TYPED)


def shown_main_window(qtbot, demo):
    """The main window on the demo, every view installed, shown at 1366x768."""
    from loyaltydesk.ui.main_window import MainWindow

    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window

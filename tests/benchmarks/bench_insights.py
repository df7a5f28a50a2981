"""The Insights view on the 100k demo: it opens in under half a second."""

from __future__ import annotations

import time

from tests.benchmarks import budgets
from tests.benchmarks.measures import shown_main_window


def _open_insights(qtbot, demo):
    window = shown_main_window(qtbot, demo)
    return window, window.page("insights")


def test_insights_shows_its_first_figures_at_once(qtbot, demo):
    window, view = _open_insights(qtbot, demo)
    started = time.perf_counter()
    window.show_page("insights")
    qtbot.waitUntil(lambda: view.is_fresh("value"), timeout=30_000)
    first_ms = (time.perf_counter() - started) * 1000
    qtbot.waitUntil(view.is_ready, timeout=60_000)
    all_ms = (time.perf_counter() - started) * 1000
    budgets.absolute_budget("insights: first figures shown (cold)", first_ms, 500,
                            note=f"every section in the background after {all_ms:.0f} ms")
    view.loader.wait()


def test_insights_opens_with_every_figure_after_the_background_pass(qtbot, demo):
    window, view = _open_insights(qtbot, demo)
    view.prefetch()
    qtbot.waitUntil(view.is_ready, timeout=60_000)
    window.show_page("customers")
    started = time.perf_counter()
    window.show_page("insights")
    window.repaint()
    shown_ms = (time.perf_counter() - started) * 1000
    assert view.is_ready()
    budgets.absolute_budget("insights: opens with every figure (prefetched)", shown_ms, 500)
    view.loader.wait()

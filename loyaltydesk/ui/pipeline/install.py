"""Puts the pipeline board in the main window, in place of its placeholder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loyaltydesk.services.customer_list import CustomerFilter

if TYPE_CHECKING:
    from loyaltydesk.ui.main_window import MainWindow
    from loyaltydesk.ui.pipeline.board import PipelineBoard


def install_pipeline(window: MainWindow) -> None:
    window.add_lazy_page("pipeline", window.tr("Pipeline"), lambda: _build(window),
                         offers_selection=True)


def _build(window: MainWindow) -> PipelineBoard:
    from loyaltydesk.ui.pipeline.board import PipelineBoard

    undo = getattr(window.browser, "undo", None)  # the customers view's undoable changes
    board = PipelineBoard(extra_actions=window.customer_context_actions,
                          mover=undo.move_stage if undo is not None else None)
    board.open_requested.connect(window.open_customer)
    board.show_all_requested.connect(
        lambda stage: window.show_customers(CustomerFilter(stages=(stage,))))
    board.message.connect(lambda text: window.statusBar().showMessage(text, 10000))
    window.data_replaced.connect(board.reload)
    from loyaltydesk.ui.exchange.sheets import open_sheets, stage_scope
    board.sheets_requested.connect(lambda stage: open_sheets(window, stage_scope(stage)))
    return board

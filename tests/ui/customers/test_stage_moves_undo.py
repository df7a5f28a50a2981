"""Stage moves from the board and from Customer > Move to stage are undoable like the page's."""

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QRect, Qt

from loyaltydesk import formats
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.ui.dialogs.stage import MoveStageDialog
from loyaltydesk.ui.pipeline.cards import CARD_ROLE, card_lines
from tests.ui.customers.conftest import add
from tests.ui.pipeline.test_board import _drag_payload, _drop


def _board(qtbot, window):
    board = window.page("pipeline")
    window.show_page("pipeline")
    qtbot.waitUntil(lambda: not board.is_loading() and not board._dirty)
    return board


def test_a_move_on_the_board_is_undone_from_the_edit_menu(qtbot, open_window):
    cid = add("Ana", Stage.PROSPECT)
    window = open_window()
    board = _board(qtbot, window)
    _drop(board.columns[Stage.FIRST_PURCHASE].view,
          _drag_payload(board, Stage.PROSPECT, cid))
    dialog = board.findChild(MoveStageDialog)
    qtbot.keyClicks(dialog.reason, "Ordered the starter pack")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert customers.get_customer(cid).stage is Stage.FIRST_PURCHASE
    undo = window.customer_actions.undo
    assert undo.text() == "&Undo Move to First purchase"
    undo.trigger()
    assert customers.get_customer(cid).stage is Stage.PROSPECT


def test_customer_move_to_stage_is_undoable(qtbot, open_window):
    cid = add("Ana", Stage.PROSPECT)
    window = open_window()
    window.open_customer(cid)
    move = next(a for a in window.customer_menu.actions() if a.objectName() == "quick_move_stage")
    move.trigger()
    dialog = window.findChild(MoveStageDialog)
    dialog.stage.select(Stage.CLIENT)
    qtbot.keyClicks(dialog.reason, "Signed the framework deal")
    dialog.accept()
    assert customers.get_customer(cid).stage is Stage.CLIENT
    window.customer_actions.undo.trigger()
    assert customers.get_customer(cid).stage is Stage.PROSPECT


def test_cards_show_value_and_time_on_the_rung_without_a_blank_company_line(
        qtbot, open_window, clock):
    with_company = add("Ana", Stage.LOYAL, company="Atelier")
    alone = add("Ben", Stage.LOYAL)
    record_purchase(alone, PurchaseInput(date(2026, 2, 1), Decimal("1530")))
    clock.advance(timedelta(days=21))
    window = open_window()
    board = _board(qtbot, window)
    column = board.columns[Stage.LOYAL]
    cards = {c.display_name: c for c in column.model.cards()}
    assert [t for t, _ in card_lines(cards["Ana"])] == ["Ana", "Atelier", "3 weeks here"]
    ben = [t for t, _ in card_lines(cards["Ben"])]
    assert ben[1:] == [f"{formats.money(153_000, 'EUR', decimals=False)} · 3 weeks here"]
    view = column.view
    ana_row = column.model.row_of(with_company)
    ben_row = column.model.row_of(alone)
    heights = {row: view.visualRect(column.model.index(row, 0)).height()
               for row in (ana_row, ben_row)}
    assert heights[ben_row] < heights[ana_row]  # one line less, not a blank one
    assert isinstance(view.visualRect(column.model.index(ben_row, 0)), QRect)
    assert column.model.index(ben_row, 0).data(CARD_ROLE).ltv_cents == 153000

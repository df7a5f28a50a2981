from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from loyaltydesk import translations
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services import customers
from loyaltydesk.services.customer_list import CustomerFilter
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.timeline import EntryKind, customer_timeline
from loyaltydesk.ui.customers.view import CustomersView
from loyaltydesk.ui.dialogs.contact import LogInteractionDialog
from loyaltydesk.ui.dialogs.stage import MoveStageDialog
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.pipeline.board import CARDS_PER_COLUMN, PipelineBoard
from loyaltydesk.ui.pipeline.card_delegate import _text_width, card_rows, pills
from loyaltydesk.ui.pipeline.cards import CARD_ROLE, card_lines


def _add(name: str, stage: Stage) -> int:
    return customers.create_customer(ContactDetails(name=name), stage=stage)


def _window(qtbot, data) -> tuple[MainWindow, PipelineBoard, CustomersView]:
    window = MainWindow(data)
    qtbot.addWidget(window)
    browser = window.browser
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    board = window.page("pipeline")
    window.show_page("pipeline")
    qtbot.waitUntil(lambda: not board.is_loading() and not board._dirty)
    return window, board, browser


def _drag_event(kind, point: QPointF, *held):
    try:
        return kind(point, Qt.DropAction.MoveAction, *held)
    except TypeError:  # before Qt 6.12 these events took a whole-pixel QPoint
        return kind(point.toPoint(), Qt.DropAction.MoveAction, *held)


def _drop(view, mime: QMimeData) -> tuple[bool, bool]:
    """Drag `mime` over a column and drop it there, as Qt's drag loop delivers it: to the
    widget under the pointer (an empty rung's words lie over its viewport)."""
    viewport = view.viewport()
    point = QPointF(viewport.width() / 2, 10)
    target = viewport.childAt(point.toPoint()) or viewport
    point = QPointF(target.mapFrom(viewport, point.toPoint()))
    held = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = _drag_event(QDragEnterEvent, point, *held)
    QApplication.sendEvent(target, enter)
    QApplication.sendEvent(target, _drag_event(QDragMoveEvent, point, *held))
    drop = QDropEvent(point, Qt.DropAction.MoveAction, *held)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def _drag_payload(board: PipelineBoard, stage: Stage, customer_id: int) -> QMimeData:
    """What the column's startDrag puts in the QDrag for this card."""
    column = board.columns[stage]
    index = column.model.index(column.model.row_of(customer_id), 0)
    return column.view.model().mimeData([index])


def _titles(board: PipelineBoard, stage: Stage) -> list[str]:
    return [c.display_name for c in board.columns[stage].model.cards()]


def test_the_board_replaces_the_placeholder_and_shows_each_rung(qtbot, data):
    _add("Ana", Stage.PROSPECT)
    _add("Ben", Stage.LOYAL)
    window, board, _ = _window(qtbot, data)
    assert isinstance(board, PipelineBoard)
    assert _titles(board, Stage.PROSPECT) == ["Ana"]
    assert _titles(board, Stage.LOYAL) == ["Ben"]
    assert board.columns[Stage.LOYAL].counts.text() == "1 customer\n\xa0"
    assert board.columns[Stage.CLIENT].counts.text() == "0 customers\n\xa0"


def test_dropping_a_card_on_another_column_asks_why_then_moves_it(qtbot, data):
    cid = _add("Ana", Stage.PROSPECT)
    window, board, _ = _window(qtbot, data)
    mime = _drag_payload(board, Stage.PROSPECT, cid)
    assert _drop(board.columns[Stage.FIRST_PURCHASE].view, mime) == (True, True)
    dialog = board.findChild(MoveStageDialog)
    assert dialog is not None and dialog.target() is Stage.FIRST_PURCHASE
    assert customers.get_customer(cid).stage is Stage.PROSPECT  # nothing moves before the why
    qtbot.keyClicks(dialog.reason, "Ordered the starter pack")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert customers.get_customer(cid).stage is Stage.FIRST_PURCHASE
    qtbot.waitUntil(lambda: _titles(board, Stage.FIRST_PURCHASE) == ["Ana"])
    assert _titles(board, Stage.PROSPECT) == []
    qtbot.waitUntil(lambda: board.selected_customer_ids() == [cid])
    moves = [e.detail for e in customer_timeline(cid) if e.kind is EntryKind.STAGE]
    assert moves[0] == "Ordered the starter pack"
    assert window.statusBar().currentMessage() == "Ana moved to First purchase"


def test_cancelling_the_reason_leaves_the_customer_where_they_were(qtbot, data):
    cid = _add("Ana", Stage.PROSPECT)
    window, board, _ = _window(qtbot, data)
    _drop(board.columns[Stage.CLIENT].view, _drag_payload(board, Stage.PROSPECT, cid))
    dialog = board.findChild(MoveStageDialog)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert customers.get_customer(cid).stage is Stage.PROSPECT


def test_an_empty_rung_says_so_and_still_takes_a_dropped_card(qtbot, data):
    cid = _add("Ana", Stage.PROSPECT)
    window, board, _ = _window(qtbot, data)
    empty = board.columns[Stage.CLIENT].empty
    assert empty.isVisible()
    assert empty.text.text() == "No one on this rung. Drag a card here to move a customer to it."
    assert not board.columns[Stage.PROSPECT].empty.isVisible()
    assert board.columns[Stage.CLIENT].view.viewport().childAt(
        empty.geometry().center()) is not None  # the words lie where a card is dropped
    assert _drop(board.columns[Stage.CLIENT].view,
                 _drag_payload(board, Stage.PROSPECT, cid)) == (True, True)
    dialog = board.findChild(MoveStageDialog)
    qtbot.keyClicks(dialog.reason, "Signed the framework contract")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _titles(board, Stage.CLIENT) == ["Ana"])
    assert not empty.isVisible() and board.columns[Stage.PROSPECT].empty.isVisible()


def test_a_card_dropped_on_its_own_column_or_foreign_data_is_refused(qtbot, data):
    cid = _add("Ana", Stage.PROSPECT)
    window, board, _ = _window(qtbot, data)
    same = _drop(board.columns[Stage.PROSPECT].view, _drag_payload(board, Stage.PROSPECT, cid))
    text = QMimeData()
    text.setText("Ana")
    foreign = _drop(board.columns[Stage.LOYAL].view, text)
    assert same == (False, False) and foreign == (False, False)
    assert board.findChild(MoveStageDialog) is None


def test_the_keyboard_moves_a_card_one_rung_with_a_reason(qtbot, data):
    cid = _add("Ana", Stage.FIRST_PURCHASE)
    window, board, _ = _window(qtbot, data)
    assert board.select(cid)
    view = board.columns[Stage.FIRST_PURCHASE].view
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = board.findChild(MoveStageDialog)
    assert dialog.target() is Stage.VALUE_CONFIRMED
    qtbot.keyClicks(dialog.reason, "Said it works for them")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert customers.get_customer(cid).stage is Stage.VALUE_CONFIRMED


def test_double_click_or_enter_opens_the_customer(qtbot, data):
    cid = _add("Ana", Stage.LOYAL)
    window, board, browser = _window(qtbot, data)
    view = board.columns[Stage.LOYAL].view
    centre = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.pages.currentWidget() is window.page("customers")
    assert browser.page.customer_id() == cid
    window.show_page("pipeline")
    browser.page.show_customer(None)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.page("customers")
    assert browser.page.customer_id() == cid


def test_a_busy_rung_shows_its_first_cards_and_sends_the_rest_to_the_list(qtbot, data):
    for i in range(CARDS_PER_COLUMN + 5):
        _add(f"Customer {i:02d}", Stage.CLIENT)
    window, board, browser = _window(qtbot, data)
    column = board.columns[Stage.CLIENT]
    assert column.model.rowCount() == CARDS_PER_COLUMN
    assert column.counts.text() == f"{CARDS_PER_COLUMN + 5} customers\n\xa0"
    assert column.show_all.text() == f"Show all ({CARDS_PER_COLUMN + 5})"
    qtbot.mouseClick(column.show_all, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.page("customers")
    assert browser.current_filter() == CustomerFilter(stages=(Stage.CLIENT,))
    assert browser.model.rowCount() == CARDS_PER_COLUMN + 5


def test_stuck_and_rhythm_markers_are_words_not_only_colours(qtbot, data, clock):
    cid = _add("Ana", Stage.FIRST_PURCHASE)
    clock.advance(timedelta(days=91))
    window, board, _ = _window(qtbot, data)
    card = board.columns[Stage.FIRST_PURCHASE].model.cards()[0]
    assert [p.text for p in pills(card)] == ["Stuck", "Red", "No next step"]
    index = board.columns[Stage.FIRST_PURCHASE].model.index(0, 0)
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "stuck" in spoken and "red:" in spoken and "no next step" in spoken
    assert board.columns[Stage.FIRST_PURCHASE].counts.text() == "1 customer\n1 stuck"
    assert index.data(CARD_ROLE).id == cid


def test_the_board_reads_nothing_until_it_is_shown(qtbot, data):
    _add("Ana", Stage.LOYAL)
    board = PipelineBoard()
    qtbot.addWidget(board)
    assert board.columns[Stage.LOYAL].model.rowCount() == 0
    board.show()
    qtbot.waitUntil(lambda: board.columns[Stage.LOYAL].model.rowCount() == 1)


def test_changes_elsewhere_reach_the_board(qtbot, data):
    window, board, _ = _window(qtbot, data)
    cid = _add("Ana", Stage.PARTNER)
    qtbot.waitUntil(lambda: _titles(board, Stage.PARTNER) == ["Ana"])
    customers.trash_customers([cid])
    qtbot.waitUntil(lambda: _titles(board, Stage.PARTNER) == [])


def test_quick_actions_act_on_the_selected_card(qtbot, data):
    cid = _add("Ana", Stage.LOYAL)
    window, board, _ = _window(qtbot, data)
    board.select(cid)
    assert board.selected_customer_ids() == [cid]
    qtbot.keyClick(board.columns[Stage.LOYAL].view, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(LogInteractionDialog)
    assert dialog is not None and dialog.customer_id == cid


def test_only_one_card_is_selected_on_the_whole_board(qtbot, data):
    ana = _add("Ana", Stage.LOYAL)
    ben = _add("Ben", Stage.CLIENT)
    window, board, _ = _window(qtbot, data)
    board.select(ana)
    board.select(ben)
    assert board.selected_customer_ids() == [ben]
    assert not board.columns[Stage.LOYAL].view.selectionModel().hasSelection()


def test_cards_are_laid_out_again_when_the_columns_narrow(qtbot, data, clock):
    for name in ("Ana Long-Name Example", "Ben"):
        _add(name, Stage.FIRST_PURCHASE)
    clock.advance(timedelta(days=120))  # stuck, red and with no next step: three markers
    board = PipelineBoard()
    qtbot.addWidget(board)
    board.resize(1800, 700)
    board.show()
    qtbot.waitUntil(lambda: board.columns[Stage.FIRST_PURCHASE].model.rowCount() == 2)
    view = board.columns[Stage.FIRST_PURCHASE].view
    wide = view.visualRect(view.model().index(0, 0)).height()
    board.resize(1000, 700)
    qtbot.waitUntil(lambda: view.visualRect(view.model().index(0, 0)).width()
                    == view.viewport().width())
    first, second = (view.visualRect(view.model().index(r, 0)) for r in (0, 1))
    assert first.height() > wide  # the markers wrapped onto another line
    assert first.bottom() < second.top()


def test_left_and_right_walk_the_columns(qtbot, data):
    ana = _add("Ana", Stage.PROSPECT)
    ben = _add("Ben", Stage.FIRST_PURCHASE)
    window, board, _ = _window(qtbot, data)
    board.select(ana)
    qtbot.keyClick(board.columns[Stage.PROSPECT].view, Qt.Key.Key_Right)
    assert board.selected_customer_ids() == [ben]
    assert board.columns[Stage.FIRST_PURCHASE].view.hasFocus()
    qtbot.keyClick(board.columns[Stage.FIRST_PURCHASE].view, Qt.Key.Key_Right)
    assert board.selected_customer_ids() == []  # the value-confirmed column is empty
    assert board.columns[Stage.VALUE_CONFIRMED].view.hasFocus()
    qtbot.keyClick(board.columns[Stage.VALUE_CONFIRMED].view, Qt.Key.Key_Left)
    assert board.selected_customer_ids() == [ben]


def test_a_narrow_card_reads_whole_its_value_and_time_on_the_rung(qtbot, data, clock):
    """At 1366 pixels seven columns leave a card too narrow for '€1,680 · almost 11 months
    here' on one line: it goes on rows of its own, never cut."""
    cid = customers.create_customer(ContactDetails(name="Mateo Guerin",
                                                   company="Horizon Lambert Coop"),
                                    stage=Stage.FIRST_PURCHASE)
    record_purchase(cid, PurchaseInput(clock.now().date(), Decimal("1680")))
    clock.advance(timedelta(days=330))
    board = PipelineBoard()
    qtbot.addWidget(board)
    board.resize(1180, 700)  # the board's share of a 1366-pixel window
    board.show()
    column = board.columns[Stage.FIRST_PURCHASE]
    qtbot.waitUntil(lambda: column.model.rowCount() == 1)
    view = column.view
    index = column.model.index(0, 0)
    card = index.data(CARD_ROLE)
    width = _text_width(view.visualRect(index).width())
    rows = card_rows(card, view.font(), width)
    bold = QFont(view.font())
    bold.setBold(True)
    for text, strong in rows:
        assert QFontMetrics(bold if strong else view.font()).horizontalAdvance(text) <= width
        assert "…" not in text
    words = " ".join(text for text, _ in rows).split()
    whole = " ".join(t for t, _ in card_lines(card)).replace(" · ", " ").split()
    assert words == whole and len(rows) > len(card_lines(card))
    line = QFontMetrics(view.font()).lineSpacing()
    assert view.visualRect(index).height() >= len(rows) * line  # room for every row


def test_a_name_longer_than_the_card_goes_on_two_rows_whole(qtbot, data, clock):
    """One word wider than a narrow card ('Papadopoulos-Konstantinidis') is not elided: it
    goes on as many rows as it needs, and the guard reads every painted row whole."""
    from tests.ui.layout.cut_text import cut_texts

    name = "Papadopoulos-Konstantinidis"
    customers.create_customer(ContactDetails(name=name), stage=Stage.FIRST_PURCHASE)
    board = PipelineBoard()
    qtbot.addWidget(board)
    board.resize(1180, 700)  # the board's share of a 1366-pixel window
    board.show()
    column = board.columns[Stage.FIRST_PURCHASE]
    qtbot.waitUntil(lambda: column.model.rowCount() == 1)
    column.view.viewport().grab()
    painted = column.view.painted_texts()
    assert "".join(t.text for t in painted if t.font.bold()) == name
    assert len([t for t in painted if t.font.bold()]) > 1
    assert not any(t.is_cut() for t in painted)
    found = cut_texts(column.view)
    assert found == [], "\n".join(found)


@pytest.fixture
def in_french(qapp):
    default = QLocale()
    translations.load(qapp, "fr")
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    translations.load(qapp, "en")
    QLocale.setDefault(default)


def test_cards_and_columns_speak_french(qtbot, data, clock, in_french):
    _add("Ana", Stage.FIRST_PURCHASE)
    clock.advance(timedelta(days=120))  # stuck, red and with no next step
    board = PipelineBoard()
    qtbot.addWidget(board)
    board.resize(1800, 700)
    board.show()
    column = board.columns[Stage.FIRST_PURCHASE]
    qtbot.waitUntil(lambda: column.model.rowCount() == 1)
    card = column.model.index(0, 0).data(CARD_ROLE)
    assert [t for t, _ in card_lines(card)] == ["Ana", "depuis presque 4 mois"]
    assert [p.text for p in pills(card)] == ["Bloqué", "Rouge", "Rien de prévu"]
    assert column.counts.text().startswith("1 client\n1 bloqué")


def test_past_midnight_the_cards_move_with_the_day(qtbot, data, clock):
    cid = _add("Ana", Stage.LOYAL)
    customers.set_rhythm(cid, 10, 20)
    log_interaction(cid, InteractionInput(InteractionKind.CALL, "Catch-up",
                                          clock.now() - timedelta(days=9)))
    board = PipelineBoard()
    qtbot.addWidget(board)
    board.resize(1800, 700)
    board.show()
    column = board.columns[Stage.LOYAL]
    qtbot.waitUntil(lambda: column.model.rowCount() == 1)
    card = column.model.cards()[0]
    assert (card.gap, card.days_on_rung) == (GapState.OK, 0)
    assert not board.day_watcher.check()
    clock.advance(timedelta(days=3))
    assert board.day_watcher.check()
    qtbot.waitUntil(lambda: column.model.cards()[0].days_on_rung == 3)
    card = column.model.cards()[0]
    assert card.gap is GapState.AMBER and pills(card)[0].text == "Amber"
    assert card_lines(card)[-1][0] == "3 days here"

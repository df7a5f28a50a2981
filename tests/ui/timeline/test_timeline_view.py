from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, events, feedback, followups
from loyaltydesk.services.events import Change, publish
from loyaltydesk.services.interactions import InteractionInput, InteractionKind, log_interaction
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.timeline import EntryKind
from loyaltydesk.ui.timeline import TimelineView
from loyaltydesk.ui.timeline.model import ENTRY_ROLE, PAGE


def _view(qtbot, customer_id=None) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(600, 700)
    view.show()
    if customer_id is not None:
        view.show_customer(customer_id)
    return view


def _customer(name="Zoé Durand", stage=Stage.PROSPECT) -> int:
    return customers.create_customer(ContactDetails(name=name), stage=stage)


def test_every_kind_of_entry_shows_newest_first(qtbot, data, clock):
    cid = _customer()
    other = _customer("Marc")
    clock.advance(timedelta(hours=1))
    log_interaction(cid, InteractionInput(InteractionKind.CALL, "Talked about the offer"))
    clock.advance(timedelta(days=1))
    record_purchase(cid, PurchaseInput(date(2026, 3, 3), Decimal("120.50")))
    clock.advance(timedelta(days=1))
    feedback.record_survey(cid, 9, eleven="Faster delivery")
    feedback.add_referral(cid, other, reward="Gift card")
    feedback.add_testimonial(cid, "Great service", may_publish=True)
    view = _view(qtbot, cid)
    shown = view.entries()
    assert {e.kind for e in shown} == set(EntryKind)
    assert shown == sorted(shown, key=lambda e: e.at, reverse=True)
    assert shown[-1].kind is EntryKind.STAGE and shown[-1].title == "Now Prospect"
    assert view.count_label.text() == f"{len(shown)} entries"


def test_a_second_purchase_shows_loyal_on_the_ladder_and_the_timeline_at_once(qtbot, data):
    cid = _customer()
    record_purchase(cid, PurchaseInput(date(2026, 2, 1), Decimal(100)))
    view = _view(qtbot, cid)
    assert view.ladder.current_rung().stage is Stage.FIRST_PURCHASE
    record_purchase(cid, PurchaseInput(date(2026, 3, 1), Decimal(80)))
    qtbot.waitUntil(lambda: view.ladder.current_rung().stage is Stage.LOYAL)
    stage_titles = [e.title for e in view.entries() if e.kind is EntryKind.STAGE]
    assert stage_titles[0] == "Now Loyal"
    assert view.ladder.accessibleDescription().startswith("Now Loyal. ")
    assert "Loyal reached" in view.ladder.accessibleDescription()
    assert view.headline.text().startswith("Now Loyal, since")


def test_the_ladder_tells_each_rung_reached_and_when(qtbot, data, clock):
    cid = _customer(stage=Stage.SUSPECT)
    clock.advance(timedelta(days=10))
    customers.move_stage(cid, Stage.PROSPECT, "Asked for a quote")
    view = _view(qtbot, cid)
    rungs = {r.stage: r for r in view.ladder._rungs}
    assert rungs[Stage.SUSPECT].reached is not None and not rungs[Stage.SUSPECT].current
    assert rungs[Stage.PROSPECT].current
    assert rungs[Stage.PROSPECT].reached.detail == "Asked for a quote"
    assert rungs[Stage.LOYAL].reached is None
    tip = view.ladder._tip(rungs[Stage.PROSPECT])
    assert "Asked for a quote" in tip and "Reached" in tip
    assert view.headline.text().startswith("Now Prospect, since")


def test_choosing_a_kind_and_typing_narrow_the_stream(qtbot, data):
    cid = _customer()
    log_interaction(cid, InteractionInput(InteractionKind.CALL, "Budget call"))
    log_interaction(cid, InteractionInput(InteractionKind.EMAIL, "Sent the brochure"))
    followups.schedule_followup(cid, data_now(), "Call back about budget")
    view = _view(qtbot, cid)
    view.kind_filter.setFocus()
    index = view.kind_filter.findData(EntryKind.INTERACTION.value)
    view.kind_filter.setCurrentIndex(index)
    assert {e.kind for e in view.entries()} == {EntryKind.INTERACTION}
    qtbot.keyClicks(view.search, "budget")
    assert [e.title for e in view.entries()] == ["Budget call"]
    assert view.count_label.text() == "1 of 4"
    view.kind_filter.setCurrentIndex(0)
    assert sorted(e.title for e in view.entries()) == ["Budget call", "Call back about budget"]


def data_now():
    from loyaltydesk.clock import now
    return now() + timedelta(days=2)


def test_pending_follow_ups_say_so_and_turn_overdue(qtbot, data, clock):
    cid = _customer()
    followups.schedule_followup(cid, clock.now() + timedelta(days=1), "Send the proposal")
    view = _view(qtbot, cid)
    index = view.filter.index(0, 0)
    assert "Follow-up · Pending" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    clock.advance(timedelta(days=2))
    view.refresh()
    assert "Follow-up · Overdue" in view.filter.index(0, 0).data(
        Qt.ItemDataRole.AccessibleTextRole)


def test_user_text_is_kept_as_plain_text(qtbot, data):
    cid = _customer(name="<b>x</b>")
    log_interaction(cid, InteractionInput(InteractionKind.CALL, "<i>hello</i> & bye",
                                          notes="<script>no</script>"))
    view = _view(qtbot, cid)
    index = view.filter.index(0, 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "<i>hello</i> & bye"
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;i&gt;hello&lt;/i&gt; &amp; bye" in tooltip and "<i>" not in tooltip
    assert "&lt;script&gt;" in tooltip
    assert view.headline.textFormat() == Qt.TextFormat.PlainText
    assert not view.grab().isNull()


def test_five_hundred_entries_scroll_in_one_list_view(qtbot, data, clock):
    cid = _customer()
    for i in range(520):
        clock.advance(timedelta(minutes=30))
        log_interaction(cid, InteractionInput(InteractionKind.CALL, f"Call {i}"))
    view = _view(qtbot, cid)
    # a page is listed at first, the rest as the list is scrolled: a long history opens quickly
    assert view.model.total() == 521 and view.model.rowCount() == PAGE
    assert view.count_label.text() == "521 entries"
    assert len(view.findChildren(QWidget)) < 40  # one painted list, not a widget per entry
    bar = view.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: view.model.rowCount() > PAGE)
    view.list.setFocus()
    view.list.setCurrentIndex(view.filter.index(0, 0))
    qtbot.keyClick(view.list, Qt.Key.Key_End)
    last = view.list.currentIndex()
    assert last.row() == 520 and last.data(ENTRY_ROLE).kind is EntryKind.STAGE
    assert view.list.viewport().rect().intersects(view.list.visualRect(last))


def test_a_long_title_and_note_read_whole_and_the_row_grows_for_them(qtbot, data, clock):
    """What was typed is never cut in the stream: a long summary and its notes wrap, the
    row as tall as they need, and the layout guard finds nothing cut."""
    from tests.ui.layout.cut_text import cut_texts

    cid = _customer()
    summary = "Talked through the spring catalogue and the delivery dates for the workshop"
    notes = ("Wants the oak samples before Easter; call back when the supplier confirms. "
             "Her partner decides on anything above two thousand euros.")
    log_interaction(cid, InteractionInput(InteractionKind.CALL, summary, notes=notes))
    view = _view(qtbot, cid)
    view.resize(460, 700)  # about as narrow as the stage ladder above lets it be
    qtbot.waitUntil(lambda: view.list.viewport().width() < 460)
    QApplication.processEvents()
    view.list.viewport().grab()
    painted = view.list.painted_texts()
    assert any(t.text == summary and t.wraps for t in painted)
    assert any(t.text == notes for t in painted)
    assert not any(t.is_cut() for t in painted)
    index = view.filter.index(0, 0)
    line = view.list.fontMetrics().lineSpacing()
    assert view.list.visualRect(index).height() > 4 * line
    assert cut_texts(view.list) == []


def test_only_this_customers_changes_reload_the_view(qtbot, data):
    cid, other = _customer(), _customer("Marc")
    view = _view(qtbot, cid)
    with qtbot.assertNotEmitted(view.model.modelReset):
        log_interaction(other, InteractionInput(InteractionKind.CALL, "Not Zoé"))
        QApplication.processEvents()
        QApplication.processEvents()
    with qtbot.waitSignal(view.model.modelReset):
        log_interaction(cid, InteractionInput(InteractionKind.CALL, "Zoé"))
    assert view.entries()[0].title == "Zoé"


def test_a_deleted_view_stops_listening(qtbot, data):
    cid = _customer()
    view = TimelineView()
    view.show_customer(cid)
    assert len(events._listeners[Change.TIMELINE]) == 1
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert events._listeners[Change.TIMELINE] == []
    publish(Change.TIMELINE, cid)
    publish(Change.BULK)
    QApplication.processEvents()


def test_a_customer_removed_for_good_leaves_an_empty_view(qtbot, data):
    cid = _customer()
    view = _view(qtbot, cid)
    customers.trash_customers([cid])
    customers.empty_trash()
    qtbot.waitUntil(lambda: view.customer_id is None)
    assert view.entries() == [] and view.headline.text() == "No customer chosen"


def test_opening_an_entry_announces_it(qtbot, data):
    cid = _customer()
    view = _view(qtbot, cid)
    view.list.setFocus()
    view.list.setCurrentIndex(view.filter.index(0, 0))
    with qtbot.waitSignal(view.entry_activated) as signal:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert signal.args[0].kind is EntryKind.STAGE


def test_a_narrow_ladder_shortens_its_days_to_fit(qtbot, data):
    from PySide6.QtGui import QFontMetrics

    cid = _customer()
    view = _view(qtbot, cid)
    ladder = view.ladder
    rung = ladder.current_rung()
    metrics = QFontMetrics(ladder.font())
    wide = ladder._fitting_day(rung, metrics, 400)
    narrow = ladder._fitting_day(rung, metrics, metrics.horizontalAdvance("03/26") + 1)
    assert wide != narrow and narrow == "03/26"
    assert ladder._label_font(20).pointSizeF() < ladder.font().pointSizeF()


def test_a_move_made_by_a_past_sale_shows_that_sales_day_without_a_time(qtbot, data, clock):
    from datetime import UTC, datetime

    from loyaltydesk.ui.timeline import kinds

    clock.set(datetime(2026, 2, 20, 9, 0, tzinfo=UTC))
    cid = _customer()
    clock.set(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    record_purchase(cid, PurchaseInput(date(2026, 2, 27), Decimal(300)))
    view = _view(qtbot, cid)
    shown = view.entries()
    row = next(i for i, e in enumerate(shown) if e.title == "Now First purchase")
    assert shown[row + 1].kind is EntryKind.PURCHASE
    move = shown[row]
    assert kinds.format_when(move) == kinds.format_day(datetime(2026, 2, 27, tzinfo=UTC))
    spoken = view.filter.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert kinds.format_when(move) in spoken
    added = shown[-1]
    assert added.title == "Now Prospect" and kinds.format_when(added) != kinds.format_day(added.at)


def test_a_search_looks_through_the_whole_history_not_only_the_rows_listed(qtbot, data, clock):
    cid = _customer()
    for i in range(PAGE + 50):
        clock.advance(timedelta(minutes=30))
        log_interaction(cid, InteractionInput(InteractionKind.CALL, f"Call {i}"))
    view = _view(qtbot, cid)
    assert view.model.rowCount() == PAGE  # "Call 0" is the oldest call: not listed yet
    view.search.setText("Call 0")
    assert [e.title for e in view.entries()] == ["Call 0"]
    assert view.count_label.text() == f"1 of {PAGE + 51}"
    view.search.clear()
    assert view.count_label.text() == f"{PAGE + 51} entries"

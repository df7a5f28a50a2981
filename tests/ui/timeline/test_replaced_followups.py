"""Follow-ups a cadence restart replaced fold into one line that opens on demand."""

from datetime import timedelta
from decimal import Decimal

from PySide6.QtGui import QFontMetrics

from loyaltydesk import formats
from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.timeline import REPLACED, EntryKind, customer_timeline, fold_replaced
from loyaltydesk.ui.timeline import TimelineView, kinds
from loyaltydesk.ui.timeline.delegate import entry_pieces


def _twice_bought(clock) -> int:
    cid = customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.PROSPECT)
    record_purchase(cid, PurchaseInput(clock.now().date(), Decimal("100")))
    clock.advance(timedelta(days=10))
    record_purchase(cid, PurchaseInput(clock.now().date(), Decimal("200")))
    return cid


def test_a_restart_folds_what_it_replaced_into_one_line(qtbot, data, clock):
    cid = _twice_bought(clock)
    raw = customer_timeline(cid)
    replaced = [e for e in raw if e.kind is EntryKind.FOLLOWUP and e.subtype == "skipped"]
    assert len(replaced) >= 2
    folded = fold_replaced(raw)
    [line] = [e for e in folded if e.subtype == REPLACED]
    assert set(line.folded) == set(replaced) and len(folded) == len(raw) - len(replaced) + 1
    view = TimelineView()
    qtbot.addWidget(view)
    view.show_customer(cid)
    shown = view.entries()
    row = next(i for i, e in enumerate(shown) if e.subtype == REPLACED)
    index = view.filter.index(row, 0)
    second_sale = formats.day(clock.now().date())
    names = line.title.splitlines()
    assert names and set(names) <= {"Post-sale check", "Stay in touch after the sale",
                                    "Satisfaction survey"}
    assert line.restarted_by == clock.now().date()
    said = index.data()
    assert said.startswith(f"{len(replaced)} follow-ups replaced, ")
    assert f"when the sale of {second_sale} started “{names[0]}”" in said
    # what is painted says it too: a title with the count, then the cause
    assert kinds.folded_title(line) == f"{len(replaced)} follow-ups replaced"
    metrics = QFontMetrics(view.list.font())
    wide = entry_pieces(line, view.list.font(), 2000)[-1]
    assert wide.text.startswith(f"when the sale of {second_sale} started “")
    assert wide.text.endswith("again · Enter or double-click shows them")
    assert wide.rect.height() == metrics.height()  # on one line
    narrow = entry_pieces(line, view.list.font(), 260)[-1]
    assert narrow.text == wide.text and narrow.rect.height() > metrics.height()  # wrapped
    view.list.activated.emit(index)
    assert len(view.entries()) == len(raw)
    assert not any(e.subtype == REPLACED for e in view.entries())

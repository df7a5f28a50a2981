"""Follow-ups a cadence restart replaced fold into one line that opens on demand."""

from datetime import timedelta
from decimal import Decimal

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.timeline import REPLACED, EntryKind, customer_timeline, fold_replaced
from loyaltydesk.ui.timeline import TimelineView


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
    assert index.data().startswith(f"{len(replaced)} follow-ups replaced when their cadence")
    view.list.activated.emit(index)
    assert len(view.entries()) == len(raw)
    assert not any(e.subtype == REPLACED for e in view.entries())

from datetime import date
from decimal import Decimal

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers
from loyaltydesk.services.purchases import PurchaseInput, record_purchase
from loyaltydesk.services.timeline import EntryKind, customer_timeline


def test_ladder_moves_of_one_moment_show_the_latest_first(data):
    # The fixed clock never moves here: every move is written at the same moment.
    cid = customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.PROSPECT)
    record_purchase(cid, PurchaseInput(date(2026, 2, 1), Decimal(100)))
    record_purchase(cid, PurchaseInput(date(2026, 3, 1), Decimal(80)))
    moves = [e.title for e in customer_timeline(cid) if e.kind is EntryKind.STAGE]
    assert moves == ["Now Loyal", "Now First purchase", "Now Prospect"]

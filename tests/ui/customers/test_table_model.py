from datetime import timedelta

from PySide6.QtCore import Qt

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, demo
from loyaltydesk.services.customer_list import CustomerFilter, matching_ids
from loyaltydesk.ui.customers.table_model import Column, CustomerTableModel, Listing


def _text(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_the_model_passes_qt_model_tests_on_demo_data(qtmodeltester, data):
    demo.build_demo(250, seed=3)
    model = CustomerTableModel()
    model.reload()
    assert model.rowCount() == 250
    qtmodeltester.check(model, force_py=True)


def test_only_the_blocks_asked_for_are_read(data):
    demo.build_demo(400, seed=3)
    model = CustomerTableModel()
    model.reload()
    assert model.rowCount() == 400 and len(model._blocks) == 0
    _text(model, 350, Column.NAME)
    assert list(model._blocks) == [3]
    model.MAX_BLOCKS = 2
    for row in (0, 120, 250):
        _text(model, row, Column.NAME)
    assert list(model._blocks) == [1, 2]


def test_columns_show_plain_values_and_the_rhythm_in_words(data, clock):
    cid = customers.create_customer(ContactDetails(name="<b>Zoé</b>", company="Acme",
                                                   city="Lyon", owner="Amy"), Stage.LOYAL)
    clock.advance(timedelta(days=31))
    model = CustomerTableModel()
    model.reload()
    assert model.customer_id(0) == cid
    assert _text(model, 0, Column.NAME) == "<b>Zoé</b>"
    assert "&lt;b&gt;Zoé&lt;/b&gt;" in _text(model, 0, Column.NAME, Qt.ItemDataRole.ToolTipRole)
    assert _text(model, 0, Column.STAGE) == "Loyal"
    assert _text(model, 0, Column.RHYTHM) == "Amber"
    assert _text(model, 0, Column.NEXT_FOLLOWUP) == "No next step"
    assert _text(model, 0, Column.RHYTHM, Qt.ItemDataRole.ForegroundRole) is not None
    assert "since" in _text(model, 0, Column.RHYTHM, Qt.ItemDataRole.ToolTipRole)
    clock.advance(timedelta(days=30))
    model.reload()
    assert _text(model, 0, Column.RHYTHM) == "Red"


def test_header_clicks_sort_and_filters_narrow(data):
    for name, stage in (("Bea", Stage.CLIENT), ("Al", Stage.SUSPECT), ("Cy", Stage.PROSPECT)):
        customers.create_customer(ContactDetails(name=name), stage)
    model = CustomerTableModel()
    model.reload()
    assert [_text(model, r, Column.NAME) for r in range(3)] == ["Al", "Bea", "Cy"]
    model.sort(Column.STAGE, Qt.SortOrder.DescendingOrder)
    assert [_text(model, r, Column.NAME) for r in range(3)] == ["Bea", "Cy", "Al"]
    model.set_filter(CustomerFilter(text="be"))
    assert model.rowCount() == 1


def test_a_listing_read_a_page_first_fetches_the_rest_when_scrolled_to(qtmodeltester, data):
    demo.build_demo(250, seed=3)
    read_rest = []

    def first_page(spec, sort, descending):
        ids = matching_ids(spec, sort, descending)

        def rest():
            read_rest.append(True)
            return matching_ids(spec, sort, descending)

        return Listing(len(ids), ids[:120], rest)  # a page holds a block or more

    model = CustomerTableModel(read=first_page)
    model.reload()
    assert model.rowCount() == 250 and _text(model, 5, Column.NAME) and not read_rest
    everything = matching_ids()
    assert model.customer_id(200) == everything[200] and read_rest == [True]
    assert model.ids() == everything
    qtmodeltester.check(model, force_py=True)


def test_the_lifetime_value_is_written_with_its_currency_as_everywhere_else(data, clock):
    """The list writes money as Insights, the customer page and the sheets do: '€1,530.99'."""
    from datetime import date
    from decimal import Decimal

    from loyaltydesk.services.purchases import PurchaseInput, record_purchase

    cid = customers.create_customer(ContactDetails(name="Zoé"), Stage.FIRST_PURCHASE)
    record_purchase(cid, PurchaseInput(date(2026, 2, 1), Decimal("1530.99")))
    model = CustomerTableModel()
    model.reload()
    assert _text(model, 0, Column.LTV) == "€1,530.99"
    assert _text(model, 0, Column.LTV, Qt.ItemDataRole.TextAlignmentRole) is not None


def test_an_estimated_count_is_confirmed_and_rows_past_it_go(qtmodeltester, qtbot, data,
                                                              monkeypatch):
    from loyaltydesk.services import customer_list

    monkeypatch.setattr(customer_list, "_SORT_ALL_BELOW", 3)
    demo.build_demo(250, seed=3)
    purged = matching_ids()[10:14]
    customers.trash_customers(purged)
    customers.empty_trash()
    model = CustomerTableModel()
    model.estimate_next_count()
    model.reload()
    assert model.rowCount() == 250 and model.estimated()
    assert model.customer_id(0) == matching_ids()[0]
    with qtbot.waitSignal(model.rowsRemoved) as removed:
        model.confirm_count()
    assert removed.args[1:] == [246, 249]
    assert model.rowCount() == 246 and not model.estimated()
    assert model.ids() == matching_ids()
    model.confirm_count()  # once only
    model.reload()  # the next loads count
    assert model.rowCount() == 246 and not model.estimated()
    qtmodeltester.check(model, force_py=True)

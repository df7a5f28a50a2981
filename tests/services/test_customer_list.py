from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customer_list, customers
from loyaltydesk.services.customer_list import CustomerFilter, SortKey, first_page, matching_ids


def _add(*names, **details):
    return [customers.create_customer(ContactDetails(name=n, **details)) for n in names]


def test_the_list_is_in_name_order_without_case_and_trash_left_out(data):
    bea, ana, cid = _add("béa", "Ana", "Cid")
    customers.trash_customers([cid])
    assert matching_ids() == [ana, bea]
    assert matching_ids(sort=SortKey.NAME, descending=True) == [bea, ana]
    assert matching_ids(CustomerFilter(trashed=True)) == [cid]


def test_searching_the_trash_finds_trashed_customers_by_plain_text(data):
    ana, cid, lookalike = _add("Ana 100%", "Cid_Co", "Cidxco 1000")
    customers.trash_customers([ana, cid, lookalike])
    assert matching_ids(CustomerFilter(text="100%", trashed=True)) == [ana]
    assert matching_ids(CustomerFilter(text="d_c", trashed=True)) == [cid]
    assert matching_ids(CustomerFilter(text="ana")) == []


def test_the_first_page_agrees_with_the_whole_list(data, monkeypatch):
    names = [f"Martin {i:03d}" for i in range(30)] + [f"Zoé {i:03d}" for i in range(12)]
    _add(*names, city="Lyon")
    for threshold in (4000, 5):  # sort everything, then read the name index page by page
        monkeypatch.setattr(customer_list, "_SORT_ALL_BELOW", threshold)
        for spec in (CustomerFilter(), CustomerFilter(text="mart"), CustomerFilter(text="lyon"),
                     CustomerFilter(text="zo", stages=(Stage.PROSPECT,))):
            for descending in (False, True):
                everything = matching_ids(spec, descending=descending)
                page = first_page(spec, descending=descending, size=10)
                assert page.total == len(everything) == customer_list.count(spec)
                assert page.ids == everything[:len(page.ids)]
                assert len(page.ids) >= min(10, page.total)
                assert page.complete == (len(page.ids) == len(everything))


def test_a_large_match_is_paged_and_a_small_one_is_whole(data, monkeypatch):
    _add(*(f"Martin {i:02d}" for i in range(20)))
    monkeypatch.setattr(customer_list, "_SORT_ALL_BELOW", 5)
    page = first_page(CustomerFilter(text="martin"), size=8)
    assert (page.total, len(page.ids), page.complete) == (20, 8, False)
    monkeypatch.setattr(customer_list, "_SORT_ALL_BELOW", 4000)
    assert first_page(CustomerFilter(text="martin"), size=8).complete


def test_an_estimated_first_page_counts_everyone_never_fewer(data, monkeypatch):
    """Start-up's count of everyone, read at once: the highest id less the trash. Customers
    purged from the trash leave their ids missing, so it may say more, never fewer."""
    monkeypatch.setattr(customer_list, "_SORT_ALL_BELOW", 3)
    ids = _add(*[f"Name {i:02d}" for i in range(12)])
    assert customer_list.live_count_at_most() == customer_list.count() == 12
    customers.trash_customers(ids[:3])
    customers.empty_trash([ids[0]])
    assert customer_list.count() == 9
    assert customer_list.live_count_at_most() == 12 - 2  # one purged id is missing
    page = first_page(size=4, estimate=True)
    assert (page.total, page.exact) == (10, False)
    assert page.ids == matching_ids()[:4]
    whole = first_page(size=50, estimate=True)  # a page holding all of them has counted them
    assert (whole.total, whole.exact, whole.ids) == (9, True, matching_ids())
    searched = first_page(CustomerFilter(text="name"), size=4, estimate=True)
    assert (searched.total, searched.exact) == (9, True)  # only everyone is estimated
    customers.empty_trash()
    assert customer_list.live_count_at_most() == 12 >= customer_list.count() == 9

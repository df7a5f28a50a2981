from datetime import timedelta

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services import customers, rhythm
from loyaltydesk.services.customer_list import (
    CustomerFilter,
    SortKey,
    all_cities,
    count,
    first_page,
    matching_ids,
    rows,
)


def _add(name, stage=Stage.SUSPECT, **fields):
    return customers.create_customer(ContactDetails(name=name, **fields), stage=stage)


def test_losing_touch_filters_follow_the_day_boundaries(data, clock):
    loyal = _add("Loyal", Stage.LOYAL)  # 30 / 60 days
    suspect = _add("Suspect")  # 90 / 180 days
    clock.advance(timedelta(days=30))
    assert matching_ids(CustomerFilter(gap_states=(GapState.AMBER, GapState.RED))) == []
    clock.advance(timedelta(days=1))
    assert matching_ids(CustomerFilter(gap_states=(GapState.AMBER,))) == [loyal]
    assert matching_ids(CustomerFilter(gap_states=(GapState.RED,))) == []
    clock.advance(timedelta(days=30))
    assert matching_ids(CustomerFilter(gap_states=(GapState.RED,))) == [loyal]
    assert matching_ids(CustomerFilter(gap_states=(GapState.OK,))) == [suspect]
    assert count(CustomerFilter(gap_states=(GapState.AMBER, GapState.RED))) == 1


def test_no_next_step_lists_buyers_with_nothing_planned(data):
    loyal = _add("Loyal", Stage.LOYAL)
    _add("Suspect")
    planned = _add("Planned", Stage.CLIENT)
    rhythm.plan_next_step(planned)
    assert matching_ids(CustomerFilter(no_next_step=True)) == [loyal]
    assert rows([loyal])[0].needs_next_step
    assert not rows([planned])[0].needs_next_step


def test_rhythm_sort_puts_the_longest_red_first(data, clock):
    early = _add("Early", Stage.LOYAL)
    clock.advance(timedelta(days=10))
    late = _add("Late", Stage.LOYAL)
    fresh_clock_day = clock.now() + timedelta(days=65)
    clock.set(fresh_clock_day)
    fresh = _add("Fresh", Stage.LOYAL)
    assert matching_ids(sort=SortKey.RHYTHM) == [early, late, fresh]
    assert matching_ids(sort=SortKey.RHYTHM, descending=True) == [fresh, late, early]
    assert rows([early])[0].gap_state(fresh_clock_day.date()) is GapState.RED


def test_owner_and_purchase_sorts(data):
    acme = _add("Acme", owner="Zed")
    bob = _add("Bob", owner="Amy")
    zoe = _add("Zoé")
    assert matching_ids(sort=SortKey.OWNER) == [bob, acme, zoe]  # no owner sorts last
    assert matching_ids(sort=SortKey.PURCHASES) == [acme, bob, zoe]


def test_cities_are_offered_once_and_not_from_the_trash(data):
    _add("A", city="Lyon")
    _add("B", city="Lyon")
    gone = _add("C", city="Nantes")
    customers.trash_customers([gone])
    assert all_cities() == ["Lyon"]


def test_the_first_page_agrees_with_the_whole_list(data):
    for i in range(30):
        _add(f"Martin {i:02d}", Stage.LOYAL if i % 3 else Stage.SUSPECT, city="Lyon")
    for spec in (CustomerFilter(), CustomerFilter(text="mart"),
                 CustomerFilter(stages=(Stage.LOYAL,))):
        for sort in (SortKey.NAME, SortKey.RHYTHM, SortKey.STAGE):
            everything = matching_ids(spec, sort, descending=True)
            page = first_page(spec, sort, descending=True, size=7)
            assert page.total == len(everything)
            assert page.ids == everything[:len(page.ids)] and len(page.ids) >= 7
            assert page.complete == (len(page.ids) == len(everything))
    assert first_page(size=30).complete

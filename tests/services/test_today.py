"""Today's lists read a page at a time in plain SQL: the same follow-ups, customers and
states as the ORM and the rhythm's own reading give."""

from datetime import datetime, time, timedelta

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services import customer_list, customers, followups, rhythm
from loyaltydesk.services import today as today_lists


def _span(clock):
    day = clock.now().astimezone(clock.local_tz()).date()
    start = datetime.combine(day, time.min, tzinfo=clock.local_tz())
    return day, start, start + timedelta(days=1)


def _customer(name, stage=Stage.LOYAL):
    return customers.create_customer(ContactDetails(name=name), stage=stage)


def test_a_page_of_overdue_and_of_due_today_and_the_whole_counts(data, clock):
    day, start, end = _span(clock)
    zoé = _customer("Zoé")
    overdue = [followups.schedule_followup(zoé, start - timedelta(days=d), f"Late {d}")
               for d in (1, 3, 2)]
    today = [followups.schedule_followup(zoé, start + timedelta(hours=h), f"At {h}")
             for h in (15, 9)]
    followups.schedule_followup(zoé, end, "Tomorrow at midnight")
    board = today_lists.board(day, start, end, first=2)
    assert board.overdue == [overdue[1], overdue[2]]  # oldest first, a page of two
    assert board.due_today == [today[1], today[0]]
    assert (board.overdue_total, board.today_total) == (3, 2)
    assert today_lists.overdue_ids(start, 10) == [overdue[1], overdue[2], overdue[0]]


def test_rows_read_in_plain_sql_are_those_the_orm_reads(data, clock):
    zoé, léa = _customer("Zoé"), _customer("Léa", Stage.FIRST_PURCHASE)
    clock.advance(timedelta(days=45))  # Zoé and Léa past their ideal gap by now
    day, start, end = _span(clock)
    ids = [followups.schedule_followup(zoé, start + timedelta(hours=10), "Call back",
                                       script="Ask about the order"),
           followups.schedule_followup(léa, start - timedelta(days=4), "Second order")]
    followups.snooze_followup(ids[1], start + timedelta(hours=20))
    lines = today_lists.due_lines(ids, day)
    states = rhythm.states([zoé, léa], as_of=day)
    for fid in ids:
        assert lines[fid].followup == followups.get_followup(fid)
        assert lines[fid].gap is states[lines[fid].followup.customer_id]
    shown = today_lists.customer_lines([léa, zoé], day)
    assert [shown[c].customer for c in (léa, zoé)] == customer_list.rows([léa, zoé])
    assert {c: shown[c].gap for c in (léa, zoé)} == states
    assert GapState.OK not in states.values()


def test_a_trashed_customers_follow_ups_are_neither_listed_nor_counted(data, clock):
    day, start, end = _span(clock)
    zoé, léa = _customer("Zoé"), _customer("Léa")
    kept = followups.schedule_followup(zoé, start - timedelta(days=1), "Kept")
    followups.schedule_followup(léa, start - timedelta(days=2), "Trashed with Léa")
    followups.schedule_followup(léa, start + timedelta(hours=9), "Trashed too")
    customers.trash_customers([léa])
    board = today_lists.board(day, start, end)
    assert (board.overdue, board.due_today) == ([kept], [])
    assert (board.overdue_total, board.today_total) == (1, 0)


def test_the_kept_counts_follow_every_write(data, clock):
    day, start, end = _span(clock)
    zoé = _customer("Zoé")
    assert today_lists.board(day, start, end).today_total == 0
    followups.schedule_followup(zoé, start + timedelta(hours=9), "Call")
    assert today_lists.board(day, start, end).today_total == 1
    clock.advance(timedelta(days=70))  # red now, and the day has changed
    day, start, end = _span(clock)
    board = today_lists.board(day, start, end)
    assert (board.overdue_total, board.today_total, board.counts.red) == (1, 0, 1)
    assert board.losing == [zoé]


def _read_plans(database, action) -> list[str]:
    """The query plan of each follow-up read the action made, as one line each."""
    seen: list[str] = []
    connection = database.connection()
    connection.set_trace_callback(seen.append)
    try:
        action()
    finally:
        connection.set_trace_callback(None)
    reads = [sql for sql in seen if sql.startswith("SELECT f.id FROM follow_up f")]
    assert reads, "no follow-up was listed"
    return [" | ".join(row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}"))
            for sql in reads]


def test_reminders_that_share_a_time_come_in_order_without_sorting_the_day(data, clock):
    day, start, end = _span(clock)
    at_nine = start + timedelta(hours=9)
    people = [_customer("Zoé"), _customer("Léa"), _customer("Inès")]
    # the newer follow-ups belong to the older customers: the customer's order is not theirs
    ids = [followups.schedule_followup(people[-1 - i % 3], at_nine, f"Call {i}")
           for i in range(7)]
    clock.advance(timedelta(hours=10))
    board = today_lists.board(day, start, end, first=4)
    assert board.due_today == ids[:4]
    assert [f.id for f in followups.due_followups(limit=5)] == ids[:5]
    plans = _read_plans(data.database, lambda: (today_lists.board(day, start, end, first=4),
                                                followups.due_followups(limit=5)))
    for plan in plans:
        assert "TEMP B-TREE" not in plan, plan

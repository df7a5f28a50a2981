"""Counts kept by the connection as the book changes agree with counting the book, whatever is
written: through the services, by plain SQL, rolled back, or by another program."""

import random
import sqlite3
from datetime import datetime, time, timedelta

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import LADDER
from loyaltydesk.services import customers, followups, rhythm
from loyaltydesk.services import today as today_lists
from loyaltydesk.store import today_reads
from loyaltydesk.store.database import db
from loyaltydesk.store.fields import moment_text


def _bounds(clock):
    day = clock.now().astimezone(clock.local_tz()).date()
    start = datetime.combine(day, time.min, tzinfo=clock.local_tz())
    return day, moment_text(start), moment_text(start + timedelta(days=1))


def _counted(clock):
    """What the kept counts must say, counted from the book."""
    day, mid, hi = _bounds(clock)
    found = rhythm._count(day.isoformat())
    everything = (found.red, found.amber, found.no_next_step)
    due = (today_reads.due_count(today_reads.EARLIEST, mid), today_reads.due_count(mid, hi),
           today_reads.due_count(today_reads.EARLIEST, moment_text(clock.now()) + " "))
    return everything, due


def _kept(clock):
    day, mid, hi = _bounds(clock)
    found = rhythm.counts(day)
    return ((found.red, found.amber, found.no_next_step),
            (*today_lists.due_counts(mid, hi), followups.due_count(clock.now())))


def _temp_tables():
    return {row[0] for row in db.execute_sql(
        "SELECT name FROM sqlite_temp_master WHERE type = 'table'")}


def test_the_kept_counts_follow_every_kind_of_write(data, clock):
    pick = random.Random(7)
    people = []
    for i in range(30):
        stage = LADDER[i % len(LADDER)]
        people.append(customers.create_customer(ContactDetails(name=f"N{i}"), stage=stage))
    plans = [followups.schedule_followup(pick.choice(people),
                                         clock.now() + timedelta(hours=pick.randint(-90, 60)),
                                         f"Call {i}") for i in range(40)]
    assert _kept(clock) == _counted(clock)
    assert {"rhythm_tally", "due_tally"} <= _temp_tables()
    trashed: list[int] = []
    for step in range(120):
        action = pick.randrange(12)
        live = [p for p in people if p not in trashed]
        if action == 0:
            plans.append(followups.schedule_followup(
                pick.choice(live), clock.now() + timedelta(hours=pick.randint(-48, 48)),
                f"More {step}"))
        elif action in (1, 2, 3) and _open():
            chosen = pick.choice(_open())
            if action == 1:
                followups.complete_followup(chosen, "done")
            elif action == 2:
                followups.snooze_followup(chosen,
                                          clock.now() + timedelta(hours=pick.randint(1, 30)))
            else:
                followups.drop_followup(chosen)
        elif action == 4 and len(live) > 3:
            trashed += customers.trash_customers([pick.choice(live)])
        elif action == 5 and trashed:
            back = pick.choice(trashed)
            customers.restore_customers([back])
            trashed.remove(back)
        elif action == 6 and trashed:
            gone = pick.choice(trashed)
            customers.empty_trash([gone])
            trashed.remove(gone)
            people.remove(gone)
            plans = [p for p in plans if _exists(p)]
        elif action == 7:
            moved = pick.choice(live)
            now_at = customers.get_customer(moved).stage
            customers.move_stage(moved, pick.choice([s for s in LADDER if s is not now_at]),
                                 "moved")
        elif action == 8:
            clock.advance(timedelta(hours=pick.randint(1, 30)))  # days turn, reminders come
        elif action == 9:
            rhythm.plan_next_step(pick.choice(live))
        elif action == 10:  # written in plain SQL, then taken back: the counts go back too
            with db.atomic() as transaction:
                db.execute_sql("UPDATE customer SET red_on = '2000-01-01', deleted_at = NULL")
                db.execute_sql("UPDATE follow_up SET status = 'open', deleted_at = NULL")
                assert _kept(clock) == _counted(clock)
                transaction.rollback()
        elif action == 11:
            db.execute_sql("UPDATE follow_up SET remind_at = ? WHERE id = ?",
                           (moment_text(clock.now() - timedelta(hours=2)), pick.choice(plans)))
        assert _kept(clock) == _counted(clock), (step, action)


def _open() -> list[int]:
    return [row[0] for row in db.execute_sql(
        "SELECT id FROM follow_up WHERE status = 'open' AND deleted_at IS NULL ORDER BY id")]


def _exists(followup_id: int) -> bool:
    return db.execute_sql("SELECT 1 FROM follow_up WHERE id = ?",
                          (followup_id,)).fetchone() is not None


def test_another_programs_commit_has_them_counted_anew(data, clock):
    zoé = customers.create_customer(ContactDetails(name="Zoé"))
    followups.schedule_followup(zoé, clock.now() - timedelta(days=2), "Late")
    assert _kept(clock) == _counted(clock) == ((0, 0, 0), (1, 0, 1))
    other = sqlite3.connect(data.database_path)
    with other:
        other.execute("UPDATE follow_up SET status = 'done'")
        other.execute("UPDATE customer SET stage = 'client', red_on = '2000-01-01'")
    other.close()
    assert _kept(clock) == _counted(clock) == ((1, 0, 0), (0, 0, 0))


def test_a_reader_counts_each_time(data, clock, tmp_path):
    """A connection that may not write keeps no tallies: it counts, and says the same."""
    from loyaltydesk.services.session import close_data, open_data

    zoé = customers.create_customer(ContactDetails(name="Zoé"))
    followups.schedule_followup(zoé, clock.now() - timedelta(days=2), "Late")
    expected = _counted(clock)
    folder = data.database_path.parent
    close_data()
    open_data(folder, write=False)
    assert _kept(clock) == expected
    assert not _temp_tables() & {"rhythm_tally", "due_tally"}


def test_forgetting_them_counts_them_again(data, clock):
    zoé = customers.create_customer(ContactDetails(name="Zoé"))
    followups.schedule_followup(zoé, clock.now() - timedelta(days=2), "Late")
    before = _kept(clock)
    rhythm.forget_counts()
    assert db.execute_sql("SELECT count(*) FROM temp.due_tally").fetchone()[0] == 0
    assert _kept(clock) == before == _counted(clock)


def test_the_trash_and_its_emptying_take_follow_ups_out_once(data, clock):
    zoé, léa = (customers.create_customer(ContactDetails(name=n)) for n in ("Zoé", "Léa"))
    for hours in (-50, -30, 2):
        followups.schedule_followup(zoé, clock.now() + timedelta(hours=hours), "Call")
    followups.schedule_followup(léa, clock.now() - timedelta(hours=50), "Call")
    assert _kept(clock) == _counted(clock) and _counted(clock)[1][2] == 3  # due by now
    customers.trash_customers([zoé])
    assert _kept(clock) == _counted(clock) and _counted(clock)[1][2] == 1
    customers.empty_trash()
    assert db.execute_sql("SELECT count(*) FROM follow_up").fetchone()[0] == 1
    assert _kept(clock) == _counted(clock) and _counted(clock)[1][2] == 1


def test_rewriting_every_customer_counts_afresh_after(data, clock):
    """A write of every row (a rhythm default changed) lets the kept counts go first, so the
    triggers do nothing per row; the next ask counts."""
    from loyaltydesk.domain.ladder import Stage

    zoé = customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.CLIENT)
    clock.advance(timedelta(days=60))
    before = _kept(clock)
    rhythm.set_stage_rhythm(Stage.CLIENT, 200, 400)
    assert customers.get_customer(zoé).stage is Stage.CLIENT
    assert _kept(clock) == _counted(clock) != before


def _counted_by_another_connection(data, day) -> rhythm.RhythmCounts:
    """What a worker thread's connection reads: the book as committed, with plain sqlite3."""
    raw = sqlite3.connect(data.database_path)
    try:
        return rhythm.RhythmCounts(*(raw.execute(
            f"SELECT count(*) FROM customer WHERE {where}", {"day": day.isoformat()}
        ).fetchone()[0] for where in (rhythm._AMBER, rhythm._RED, rhythm._UNPLANNED)))
    finally:
        raw.close()


def test_counts_read_elsewhere_are_kept_only_when_the_book_stood_still(data, clock):
    lou = customers.create_customer(ContactDetails(name="Lou"), stage=LADDER[-2])
    clock.advance(timedelta(days=400))
    day = _bounds(clock)[0]
    # nothing moved: kept, and counts() answers from them
    stamp = rhythm.watch_counts()
    found = _counted_by_another_connection(data, day)
    assert rhythm.keep_counts(day, stamp, found)
    assert rhythm.counts(day) == found == rhythm._count(day.isoformat())
    # this connection wrote what they count meanwhile: refused, and counted here instead
    stamp = rhythm.watch_counts()
    stale = _counted_by_another_connection(data, day)
    customers.trash_customers([lou])
    assert not rhythm.keep_counts(day, stamp, stale)
    assert rhythm.counts(day) == rhythm._count(day.isoformat()) != stale
    # another program committed meanwhile: refused too
    stamp = rhythm.watch_counts()
    found = _counted_by_another_connection(data, day)
    other = sqlite3.connect(data.database_path)
    with other:
        other.execute("UPDATE customer SET deleted_at = NULL")
    other.close()
    assert not rhythm.keep_counts(day, stamp, found)
    assert rhythm.counts(day) == rhythm._count(day.isoformat()) != found
    # what is kept follows this connection's next writes, as counted ones do
    assert rhythm.keep_counts(day, rhythm.watch_counts(), _counted_by_another_connection(
        data, day))
    customers.trash_customers([lou])
    assert rhythm.counts(day) == rhythm._count(day.isoformat())

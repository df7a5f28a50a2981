"""Red, amber and customers without a next step are counted from their indexes alone."""

import peewee as pw

from loyaltydesk.domain.contacts import ContactDetails
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.services import customers, followups, rhythm
from loyaltydesk.services.session import open_data
from loyaltydesk.store import migrations
from loyaltydesk.store.migrations import LATEST_VERSION


def _index_sql(database) -> str:
    return database.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'index' "
                                "AND name = 'customer_unplanned'").fetchone()[0]


def test_the_index_holds_exactly_the_rungs_that_need_a_next_step(data):
    sql = _index_sql(data.database)
    named = sql[sql.index("IN (") + 4:sql.rindex(")")]
    assert tuple(name.strip(" '") for name in named.split(",")) == rhythm.NEXT_STEP_STAGES


def test_each_count_reads_its_index_alone(data):
    for index, where in (("customer_unplanned", rhythm._UNPLANNED),
                         ("customer_live_red", rhythm._RED),
                         ("customer_live_amber", rhythm._AMBER)):
        plan = data.database.execute_sql(
            f"EXPLAIN QUERY PLAN SELECT count(*) FROM customer INDEXED BY {index} "
            f"WHERE {where}", {"day": "2026-03-02"}).fetchall()
        assert [row[-1].split(" (")[0] for row in plan] in (
            [f"SCAN customer USING COVERING INDEX {index}"],
            [f"SEARCH customer USING COVERING INDEX {index}"])


def test_a_file_from_before_the_step_counts_and_lists_the_same(tmp_path, clock):
    path = tmp_path / "data" / "loyaltydesk.sqlite3"
    path.parent.mkdir()
    before = migrations.STEPS.index(migrations.step_0011_counted_from_indexes)
    old = pw.SqliteDatabase(str(path))
    for step in migrations.STEPS[:before]:
        step(old)
    old.execute_sql(f"PRAGMA user_version = {before}")
    old.close()
    data = open_data(path.parent)
    assert migrations.schema_version(data.database) == LATEST_VERSION
    assert "stage" in _index_sql(data.database)
    rich = customers.create_customer(ContactDetails(name="Zoé"), stage=Stage.LOYAL)
    customers.create_customer(ContactDetails(name="Léa"), stage=Stage.PROSPECT)
    planned = customers.create_customer(ContactDetails(name="Inès"), stage=Stage.CLIENT)
    first = customers.create_customer(ContactDetails(name="Noé"), stage=Stage.FIRST_PURCHASE)
    followups.schedule_followup(planned, clock.now(), "Call back")
    data.database.execute_sql("UPDATE customer SET ltv_cents = 500 WHERE id = ?", (rich,))
    assert rhythm.counts().no_next_step == 2
    assert rhythm.without_next_step() == [rich, first]

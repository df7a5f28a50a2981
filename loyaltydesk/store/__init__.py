"""Storage: the SQLite file through peewee, its schema and its migrations."""


def _peewee_for_sqlite() -> None:
    """Load peewee without the PostgreSQL and MySQL drivers it looks for on import.

    The book is SQLite; a team's PostgreSQL is reached through psycopg directly, when a sync
    runs. Loading psycopg with peewee would cost every start a tenth of a second.
    """
    import sys

    if "peewee" in sys.modules:
        return
    drivers = ("psycopg", "psycopg2", "psycopg2cffi", "pymysql", "MySQLdb")
    hidden = [name for name in drivers if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "not installed" to peewee
    try:
        import peewee  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


_peewee_for_sqlite()

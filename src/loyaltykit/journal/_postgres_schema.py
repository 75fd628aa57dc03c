"""The PostgreSQL journal's tables, and the migrations that bring an older database up to date.

The schema's version is the one row of ``loyaltykit_schema``: migration ``n``
(``MIGRATIONS[n - 1]``) takes the database from version ``n - 1`` to ``n``. Migrations are only
ever appended. All pending ones run in one transaction under a transaction-level advisory lock,
so of several processes (or machines) starting at once one migrates and the others, once it
commits, find the schema current. The tables are created in the connection's current schema
(the first of its ``search_path``), so one database may hold several journals.

Versions count on their own: PostgreSQL's version 1 already has what SQLite's version 2 added.
Times are ``timestamptz``, amounts ``numeric`` (it keeps a Decimal's digits), JSON parts
``text`` holding ``loyaltykit._json`` text, read back exactly as written.
"""

from __future__ import annotations

from typing import Any

from ..errors import JournalError
from ._schema import check_not_newer

MIGRATION_LOCK = (0x4C4B4A31, 1)  # "LKJ1", 1: the two-int advisory lock key of migrations

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: sales, steps, outbox.
    (
        # seq: the order sales were opened in, when two share a created_at.
        """CREATE TABLE sales (
            vendor text NOT NULL,
            order_id text NOT NULL,
            customer_id text NOT NULL,
            purchase_value numeric NOT NULL,
            status text NOT NULL,
            state text NOT NULL,
            version integer NOT NULL,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            seq bigint GENERATED ALWAYS AS IDENTITY,
            PRIMARY KEY (vendor, order_id)
        )""",
        "CREATE INDEX sales_by_status ON sales (status, created_at)",
        # No foreign key to sales: a step may record an operation on another terminal's order.
        """CREATE TABLE steps (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            vendor text NOT NULL,
            order_id text NOT NULL,
            step text NOT NULL,
            idempotency_key text,
            request text NOT NULL,
            outcome text NOT NULL,
            detail text,
            started_at timestamptz NOT NULL,
            finished_at timestamptz
        )""",
        "CREATE INDEX steps_by_sale ON steps (vendor, order_id, id)",
        "CREATE INDEX steps_unsettled ON steps (started_at) WHERE outcome IN ('pending', 'in_doubt')",
        """CREATE TABLE outbox (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            vendor text NOT NULL,
            order_id text NOT NULL,
            body text NOT NULL,
            state text NOT NULL,
            attempts integer NOT NULL,
            last_error text,
            queued_at timestamptz NOT NULL,
            next_attempt_at timestamptz,
            delivered_at timestamptz,
            already_existed boolean NOT NULL DEFAULT false,
            external_code text,
            UNIQUE (vendor, order_id)
        )""",
        "CREATE INDEX outbox_by_state ON outbox (state, id)",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)

_VERSION_TABLE = "CREATE TABLE loyaltykit_schema (version integer NOT NULL)"


def _tables(conn: Any) -> set[str]:
    """Which of the journal's marker tables the current schema holds. Read from ``pg_tables``
    with this statement's snapshot: a name lookup (``to_regclass``) may answer from the
    session's catalog cache, which a wait on an advisory lock does not refresh, and miss the
    tables another process just committed."""
    rows = conn.execute(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
        " AND tablename IN ('loyaltykit_schema', 'sales')"
    ).fetchall()
    return {row["tablename"] for row in rows}


def _check(tables: set[str], version: int) -> None:
    if "loyaltykit_schema" not in tables and "sales" in tables:
        raise JournalError("the database schema holds another application's tables, not a loyaltykit journal")
    check_not_newer(version, SCHEMA_VERSION)


def migrate(conn: Any) -> int:
    """Bring the schema to ``SCHEMA_VERSION``; the number of migrations that ran (0: it was current).

    ``conn`` is a new psycopg connection in autocommit mode with dict rows. Everything is read
    under the lock, before anything else of the journal was looked up in this session.
    """
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", MIGRATION_LOCK)
        tables = _tables(conn)
        row = (
            conn.execute("SELECT version FROM loyaltykit_schema").fetchone() if "loyaltykit_schema" in tables else None
        )
        version = 0 if row is None else int(row["version"])
        _check(tables, version)
        if version == SCHEMA_VERSION:
            return 0
        if "loyaltykit_schema" not in tables:
            conn.execute(_VERSION_TABLE)
        if row is None:
            conn.execute("INSERT INTO loyaltykit_schema (version) VALUES (0)")
        for migration in MIGRATIONS[version:]:
            for statement in migration:
                conn.execute(statement)
        conn.execute("UPDATE loyaltykit_schema SET version = %s", (SCHEMA_VERSION,))
    return SCHEMA_VERSION - version

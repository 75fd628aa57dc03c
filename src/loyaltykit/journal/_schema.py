"""The SQLite journal's tables, and the migrations that bring any older file up to date.

The file's schema version is ``PRAGMA user_version``: migration ``n`` (``MIGRATIONS[n - 1]``)
takes a file from version ``n - 1`` to ``n``. Migrations are only ever appended: a released
one is never edited, since files it made already exist. All pending ones run in one
``BEGIN IMMEDIATE`` transaction, so of several processes opening a file at once one migrates
and the others, once it commits, find the file current. ``PRAGMA application_id`` marks the
file as a loyaltykit journal, so another application's database is refused, not altered.

Times are ISO 8601 UTC text of fixed width (``2026-01-31T12:00:00.000000Z``), so that text
order is time order; amounts are Decimal text; JSON columns hold ``loyaltykit._json`` text.
"""

from __future__ import annotations

import sqlite3

from ..errors import JournalError

APPLICATION_ID = 0x4C4B4A31  # "LKJ1"

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: sales, steps, outbox.
    (
        """CREATE TABLE sales (
            vendor TEXT NOT NULL,
            order_id TEXT NOT NULL,
            customer_id TEXT NOT NULL,
            purchase_value TEXT NOT NULL,
            status TEXT NOT NULL,
            state TEXT NOT NULL,
            version INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (vendor, order_id)
        )""",
        "CREATE INDEX sales_by_status ON sales (status, created_at)",
        # AUTOINCREMENT: an id is never reused, even after the newest row is gone, so ids
        # give the order of steps and of the queue for good.
        # No foreign key to sales: a step may also record an operation on an order that this
        # journal never sold (a cancel or refund of another terminal's order).
        """CREATE TABLE steps (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            vendor TEXT NOT NULL,
            order_id TEXT NOT NULL,
            step TEXT NOT NULL,
            idempotency_key TEXT,
            request TEXT NOT NULL,
            outcome TEXT NOT NULL,
            detail TEXT,
            started_at TEXT NOT NULL,
            finished_at TEXT
        )""",
        "CREATE INDEX steps_by_sale ON steps (vendor, order_id, id)",
        "CREATE INDEX steps_unsettled ON steps (started_at) WHERE outcome IN ('pending', 'in_doubt')",
        """CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            vendor TEXT NOT NULL,
            order_id TEXT NOT NULL,
            body TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            last_error TEXT,
            queued_at TEXT NOT NULL,
            next_attempt_at TEXT,
            delivered_at TEXT,
            UNIQUE (vendor, order_id)
        )""",
        "CREATE INDEX outbox_by_state ON outbox (state, id)",
    ),
    # 2: what a delivered order turned out to be: one the vendor had already (another terminal
    # sent that order id first), and the redeem it carries as far as the delivery could tell.
    (
        "ALTER TABLE outbox ADD COLUMN already_existed INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE outbox ADD COLUMN external_code TEXT",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


def _marks(conn: sqlite3.Connection) -> tuple[int, int]:
    """The file's (application_id, user_version)."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return int(application_id), int(version)


def _check(conn: sqlite3.Connection, application_id: int, version: int) -> None:
    if application_id not in (0, APPLICATION_ID) or (
        application_id == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    ):
        raise JournalError("the file is another application's SQLite database, not a loyaltykit journal")
    check_not_newer(version, SCHEMA_VERSION)


def check_not_newer(version: int, supported: int) -> None:
    """Refuse a journal whose schema a newer loyaltykit wrote (any store): never altered."""
    if version > supported:
        raise JournalError(
            f"the journal's schema version is {version}, newer than this loyaltykit's ({supported}):"
            " it was written by a newer loyaltykit; upgrade loyaltykit to open it"
        )


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to ``SCHEMA_VERSION``; the number of migrations that ran (0: it was current).

    ``conn`` is in autocommit mode (``isolation_level=None``) with a busy timeout.
    """
    application_id, version = _marks(conn)
    if application_id == APPLICATION_ID and version == SCHEMA_VERSION:
        return 0  # the usual case, without taking the write lock (the marks only ever move forward)
    # Everything else is decided under the write lock: outside it, another process's migration
    # may commit between two reads, and a half-seen file would look like another application's.
    conn.execute("BEGIN IMMEDIATE")
    try:
        application_id, version = _marks(conn)
        _check(conn, application_id, version)
        for migration in MIGRATIONS[version:]:
            for statement in migration:
                conn.execute(statement)
        # Pragmas that take no parameters; both values are integers from this module.
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return SCHEMA_VERSION - version

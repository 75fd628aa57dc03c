"""SQLite state: one connection, one lock, one ledger shared by both vendors.

Every read-modify-write runs inside ``Store.transaction()``, which holds a process-wide lock
and an IMMEDIATE SQLite transaction: two redeems racing on one balance are serialised, and
the second sees the first one's debit. Handlers never await inside a transaction.

Amounts are stored as TEXT holding a Decimal's exact digits; points are integers.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from ._codes import HoldState

_SCHEMA = """
CREATE TABLE IF NOT EXISTS customers(
    id INTEGER PRIMARY KEY, vendor TEXT NOT NULL, external_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '', email TEXT, phone TEXT, document TEXT,
    is_enrolled INTEGER NOT NULL DEFAULT 1, should_validate INTEGER NOT NULL DEFAULT 0,
    tier_name TEXT, points INTEGER NOT NULL DEFAULT 0, cashback TEXT NOT NULL DEFAULT '0',
    created_at TEXT NOT NULL, otp_required INTEGER NOT NULL DEFAULT 0, UNIQUE(vendor, external_id));
CREATE INDEX IF NOT EXISTS customers_document ON customers(vendor, document);
CREATE TABLE IF NOT EXISTS ledger(
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, at TEXT NOT NULL,
    points INTEGER NOT NULL, cashback TEXT NOT NULL, cause TEXT NOT NULL, ref TEXT,
    points_after INTEGER NOT NULL, cashback_after TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ledger_customer ON ledger(customer_id, id);
CREATE TABLE IF NOT EXISTS reward_configs(
    id INTEGER PRIMARY KEY, title TEXT NOT NULL, reward_type INTEGER NOT NULL,
    value TEXT NOT NULL DEFAULT '0', points INTEGER NOT NULL DEFAULT 0,
    min_purchase TEXT NOT NULL DEFAULT '0', cumulative INTEGER NOT NULL DEFAULT 1,
    requirements TEXT, external_product_id TEXT, product_display_name TEXT,
    product_discount_mode INTEGER, product_discount_value TEXT,
    product_max_units INTEGER, product_available_quantity INTEGER);
CREATE TABLE IF NOT EXISTS redeems(
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, reward_config_id INTEGER NOT NULL,
    original_key TEXT NOT NULL UNIQUE, external_code TEXT NOT NULL UNIQUE,
    points INTEGER NOT NULL, cashback TEXT NOT NULL, state TEXT NOT NULL,
    order_id INTEGER, ledger_id INTEGER, created_at TEXT NOT NULL, canceled_at TEXT,
    restored_points INTEGER NOT NULL DEFAULT 0, restored_cashback TEXT NOT NULL DEFAULT '0',
    response TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS orders(
    id INTEGER PRIMARY KEY, vendor TEXT NOT NULL, original_id TEXT NOT NULL,
    customer_id INTEGER NOT NULL, total TEXT NOT NULL, refunded TEXT NOT NULL DEFAULT '0',
    state INTEGER NOT NULL, coupon TEXT, redeem_id INTEGER, hold_reference TEXT,
    redeemed_points INTEGER NOT NULL DEFAULT 0, earned_points INTEGER NOT NULL DEFAULT 0,
    returned_points INTEGER NOT NULL DEFAULT 0, deducted_points INTEGER NOT NULL DEFAULT 0,
    origin INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT,
    cancelled_at TEXT, completed_at TEXT, payload TEXT NOT NULL, UNIQUE(vendor, original_id));
CREATE TABLE IF NOT EXISTS used_keys(scope TEXT NOT NULL, key TEXT NOT NULL, at TEXT NOT NULL,
    PRIMARY KEY(scope, key));
CREATE TABLE IF NOT EXISTS challenges(
    customer_id INTEGER NOT NULL, transaction_id TEXT NOT NULL, pin TEXT NOT NULL,
    created_at TEXT NOT NULL, validated_at TEXT, PRIMARY KEY(customer_id, transaction_id));
CREATE TABLE IF NOT EXISTS coupons(
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    coupon_type INTEGER NOT NULL, value TEXT NOT NULL, created_at TEXT NOT NULL,
    valid_start TEXT, valid_end TEXT, is_used INTEGER NOT NULL DEFAULT 0, lock_reference TEXT);
CREATE INDEX IF NOT EXISTS coupons_customer ON coupons(customer_id, id);
CREATE TABLE IF NOT EXISTS holds(
    reference TEXT PRIMARY KEY, customer_id INTEGER NOT NULL, points INTEGER NOT NULL,
    amount TEXT NOT NULL, state TEXT NOT NULL, created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL, order_id TEXT);
CREATE INDEX IF NOT EXISTS holds_active ON holds(state, expires_at);
CREATE TABLE IF NOT EXISTS otps(
    customer_id INTEGER PRIMARY KEY, otp TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS checkouts(
    customer_id INTEGER NOT NULL, checkout_id TEXT NOT NULL, redeem_id INTEGER, total TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY(customer_id, checkout_id));
CREATE TABLE IF NOT EXISTS refunds(
    refund_id TEXT PRIMARY KEY, order_id INTEGER NOT NULL, ledger_id INTEGER NOT NULL, amount TEXT NOT NULL,
    returned_points INTEGER NOT NULL, deducted_points INTEGER NOT NULL, is_last INTEGER NOT NULL, at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS refunds_order ON refunds(order_id);
CREATE TABLE IF NOT EXISTS coupon_locks(
    reference TEXT PRIMARY KEY, customer_id INTEGER NOT NULL, expires_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS webhook_endpoints(
    id INTEGER PRIMARY KEY AUTOINCREMENT, vendor TEXT NOT NULL, url TEXT NOT NULL, headers TEXT NOT NULL,
    created_at TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS webhook_deliveries(
    id INTEGER PRIMARY KEY AUTOINCREMENT, endpoint_id INTEGER NOT NULL, event TEXT NOT NULL,
    customer_id TEXT NOT NULL, body BLOB NOT NULL, created_at TEXT NOT NULL, state TEXT NOT NULL,
    attempts TEXT NOT NULL, next_retry_at TEXT);
CREATE INDEX IF NOT EXISTS webhook_deliveries_state ON webhook_deliveries(state);
"""

# Columns added after a release: (table, column, definition), applied to older database files.
_MIGRATIONS = (
    ("customers", "otp_required", "INTEGER NOT NULL DEFAULT 0"),
    ("coupons", "lock_reference", "TEXT"),
)

_TABLES = (
    "customers", "ledger", "reward_configs", "redeems", "orders", "used_keys", "challenges", "coupons", "holds", "otps",
    "checkouts", "refunds", "coupon_locks", "webhook_deliveries",
)  # fmt: skip


@dataclass(frozen=True)
class Customer:
    id: int
    vendor: str
    external_id: str
    name: str
    email: str | None
    phone: str | None
    document: str | None
    is_enrolled: bool
    should_validate: bool
    tier_name: str | None
    points: int
    cashback: Decimal
    created_at: str
    otp_required: bool


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    customer_id: int
    at: str
    points: int
    cashback: Decimal
    cause: str
    ref: str | None
    points_after: int
    cashback_after: Decimal


@dataclass(frozen=True)
class RewardConfig:
    id: int
    title: str
    reward_type: int
    value: Decimal
    points: int
    min_purchase: Decimal
    cumulative: bool
    requirements: str | None
    external_product_id: str | None
    product_display_name: str | None
    product_discount_mode: int | None
    product_discount_value: Decimal | None
    product_max_units: int | None
    product_available_quantity: int | None


@dataclass(frozen=True)
class Redeem:
    id: int
    customer_id: int
    reward_config_id: int
    original_key: str
    external_code: str
    points: int
    cashback: Decimal
    state: str
    order_id: int | None
    ledger_id: int | None
    created_at: str
    canceled_at: str | None
    restored_points: int
    restored_cashback: Decimal
    response: str


@dataclass(frozen=True)
class Order:
    id: int
    vendor: str
    original_id: str
    customer_id: int
    total: Decimal
    refunded: Decimal
    state: int
    coupon: str | None
    redeem_id: int | None
    hold_reference: str | None
    redeemed_points: int
    earned_points: int
    returned_points: int
    deducted_points: int
    origin: int
    created_at: str
    updated_at: str | None
    cancelled_at: str | None
    completed_at: str | None
    payload: str


@dataclass(frozen=True)
class Challenge:
    customer_id: int
    transaction_id: str
    pin: str
    created_at: str
    validated_at: str | None


@dataclass(frozen=True)
class Coupon:
    id: int
    customer_id: int
    code: str
    name: str
    coupon_type: int
    value: Decimal
    created_at: str
    valid_start: str | None
    valid_end: str | None
    is_used: bool
    lock_reference: str | None


@dataclass(frozen=True)
class Hold:
    reference: str
    customer_id: int
    points: int
    amount: Decimal
    state: str
    created_at: str
    expires_at: str
    order_id: str | None


@dataclass(frozen=True)
class CheckoutCart:
    customer_id: int
    checkout_id: str
    redeem_id: int | None
    total: Decimal | None
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Refund:
    refund_id: str
    order_id: int
    ledger_id: int
    amount: Decimal
    returned_points: int
    deducted_points: int
    is_last: bool
    at: str


@dataclass(frozen=True)
class Otp:
    customer_id: int
    otp: str
    created_at: str


@dataclass(frozen=True)
class Change:
    """Something a transaction changed that a webhook reports, collected only while an endpoint
    listens: a ledger movement (``kind`` "ledger", with its cause), a profile update
    ("profile") or a completed purchase ("purchase", ``points`` it earns)."""

    kind: str
    customer: Customer  # as it stood right after the change
    at: str
    points: int = 0
    cashback: Decimal = Decimal(0)
    cause: str = ""
    ref: str | None = None


T = TypeVar("T")


_FIELDS: dict[type, tuple[tuple[str, ...], tuple[tuple[int, type], ...]]] = {}


def _fields_of(cls: type) -> tuple[tuple[str, ...], tuple[tuple[int, type], ...]]:
    """The field names of a row dataclass, in order, and (position, converter) of the fields
    stored as TEXT amounts (Decimal) or 0/1 flags (bool); worked out once per class."""
    found = _FIELDS.get(cls)
    if found is None:
        fields = dataclasses.fields(cls)
        convert: list[tuple[int, type]] = []
        for index, f in enumerate(fields):
            kind = str(f.type)
            if kind.startswith("Decimal"):
                convert.append((index, Decimal))
            elif kind == "bool":
                convert.append((index, bool))
        found = (tuple(f.name for f in fields), tuple(convert))
        _FIELDS[cls] = found
    return found


def _row_to(cls: type[T], row: sqlite3.Row) -> T:
    """Build a row dataclass; TEXT amounts become Decimal, 0/1 flags become bool."""
    names, conversions = _fields_of(cls)
    values = [row[name] for name in names]
    for index, convert in conversions:
        if values[index] is not None:
            values[index] = convert(values[index])
    return cls(*values)


class Db:
    """The connection as seen inside one transaction, with typed helpers."""

    def __init__(self, conn: sqlite3.Connection, changes: list[Change] | None = None) -> None:
        self.conn = conn
        # None while no webhook endpoint listens: the hot path then records nothing.
        self.changes = changes

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def one(self, cls: type[T], sql: str, params: tuple[Any, ...] = ()) -> T | None:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else _row_to(cls, row)

    def all(self, cls: type[T], sql: str, params: tuple[Any, ...] = ()) -> list[T]:
        return [_row_to(cls, row) for row in self.conn.execute(sql, params).fetchall()]

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def insert(self, table: str, values: dict[str, Any]) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f"INSERT INTO {table}({columns}) VALUES ({marks})", tuple(_sql_value(v) for v in values.values())
        )
        return int(cursor.lastrowid or 0)

    def update(self, table: str, key: str, key_value: Any, values: dict[str, Any]) -> None:
        assignments = ", ".join(f"{column} = ?" for column in values)
        params = (*(_sql_value(v) for v in values.values()), key_value)
        self.conn.execute(f"UPDATE {table} SET {assignments} WHERE {key} = ?", params)

    # ------------------------------------------------------------------ customers

    def customer(self, customer_id: int) -> Customer:
        found = self.one(Customer, "SELECT * FROM customers WHERE id = ?", (customer_id,))
        if found is None:
            raise LookupError(customer_id)
        return found

    def find_customer(self, vendor: str, ident: str) -> Customer | None:
        """By the store's id (often an e-mail) or, for digits, by CPF/CNPJ (BonifiQ takes either in a path)."""
        found = self.one(Customer, "SELECT * FROM customers WHERE vendor = ? AND external_id = ?", (vendor, ident))
        digits = "".join(ch for ch in ident if ch.isdigit())
        if found is None and digits and len(digits) >= 11:
            found = self.one(Customer, "SELECT * FROM customers WHERE vendor = ? AND document = ?", (vendor, digits))
        return found

    def require_customer(self, vendor: str, ident: str, missing: Callable[[str], Exception]) -> Customer:
        """``find_customer``, or raise ``missing(ident)`` (each caller words its own refusal)."""
        found = self.find_customer(vendor, ident)
        if found is None:
            raise missing(ident)
        return found

    def external_ids(self, customer_ids: set[int]) -> dict[int, str]:
        """The vendor's ids of many customers, in one query (a list shows each entry's owner)."""
        if not customer_ids:
            return {}
        marks = ", ".join("?" for _ in customer_ids)
        rows = self.conn.execute(f"SELECT id, external_id FROM customers WHERE id IN ({marks})", tuple(customer_ids))
        return {int(row[0]): str(row[1]) for row in rows}

    # ------------------------------------------------------------------ orders and redeems

    def order(self, vendor: str, original_id: str) -> Order | None:
        return self.one(Order, "SELECT * FROM orders WHERE vendor = ? AND original_id = ?", (vendor, original_id))

    def redeem(self, redeem_id: int) -> Redeem | None:
        return self.one(Redeem, "SELECT * FROM redeems WHERE id = ?", (redeem_id,))

    # ------------------------------------------------------------------ the ledger

    def move(
        self, customer_id: int, *, cause: str, ref: str | None, at: str, points: int = 0, cashback: Decimal = Decimal(0)
    ) -> int:
        """Change a balance and record why, atomically with the caller's other writes.

        Every movement of points or cashback goes through here, for both vendors, so the
        ledger always adds up to the balances (the reconciliation the soak test relies on).
        """
        current = self.customer(customer_id)
        points_after = current.points + points
        cashback_after = current.cashback + cashback
        self.update("customers", "id", customer_id, {"points": points_after, "cashback": cashback_after})
        if self.changes is not None:
            after = dataclasses.replace(current, points=points_after, cashback=cashback_after)
            self.changes.append(Change("ledger", after, at, points, cashback, cause, ref))
        return self.insert(
            "ledger",
            {
                "customer_id": customer_id,
                "at": at,
                "points": points,
                "cashback": cashback,
                "cause": cause,
                "ref": ref,
                "points_after": points_after,
                "cashback_after": cashback_after,
            },
        )

    def note(self, kind: str, customer_id: int, at: str, *, points: int = 0, ref: str | None = None) -> None:
        """Tell the webhooks of a change that moves no balance (a profile, a completed purchase)."""
        if self.changes is not None:
            self.changes.append(Change(kind, self.customer(customer_id), at, points=points, ref=ref))

    def ledger(self, customer_id: int) -> list[LedgerEntry]:
        return self.all(LedgerEntry, "SELECT * FROM ledger WHERE customer_id = ? ORDER BY id", (customer_id,))

    def last_moves(self, customer_id: int, count: int) -> list[LedgerEntry]:
        """The customer's last ``count`` ledger entries, oldest first, without reading the rest."""
        newest_first = self.all(
            LedgerEntry, "SELECT * FROM ledger WHERE customer_id = ? ORDER BY id DESC LIMIT ?", (customer_id, count)
        )
        return newest_first[::-1]

    def use_key(self, scope: str, key: str, at: str) -> bool:
        """Record a one-time key; False when it was already used in this scope."""
        cursor = self.conn.execute("INSERT OR IGNORE INTO used_keys(scope, key, at) VALUES (?, ?, ?)", (scope, key, at))
        return cursor.rowcount == 1

    def ledger_page(self, customer_id: int, limit: int, offset: int) -> tuple[int, list[LedgerEntry]]:
        """How many entries the customer has, and one page of them, newest first."""
        total = int(self.scalar("SELECT COUNT(*) FROM ledger WHERE customer_id = ?", (customer_id,)))
        entries = self.all(
            LedgerEntry,
            "SELECT * FROM ledger WHERE customer_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
            (customer_id, limit, offset),
        )
        return total, entries

    def last_entry_for(self, customer_id: int, ref: str, *, except_cause: str) -> LedgerEntry | None:
        """The customer's newest entry about ``ref`` whose cause is not ``except_cause``."""
        return self.one(
            LedgerEntry,
            "SELECT * FROM ledger WHERE customer_id = ? AND ref = ? AND cause != ? ORDER BY id DESC LIMIT 1",
            (customer_id, ref, except_cause),
        )

    # ------------------------------------------------------------------ BonifiQ: rewards and redeems

    def reward_configs(self) -> list[RewardConfig]:
        return self.all(RewardConfig, "SELECT * FROM reward_configs ORDER BY id")

    def reward_config(self, reward_id: int) -> RewardConfig | None:
        return self.one(RewardConfig, "SELECT * FROM reward_configs WHERE id = ?", (reward_id,))

    def first_reward_of_type(self, reward_type: int) -> RewardConfig | None:
        return self.one(RewardConfig, "SELECT * FROM reward_configs WHERE reward_type = ? ORDER BY id", (reward_type,))

    def change_product_stock(self, reward_id: int, delta: int) -> None:
        """A product reward's ProductAvailableQuantity, moved by ``delta`` (a redeem takes one)."""
        self.execute(
            "UPDATE reward_configs SET product_available_quantity = product_available_quantity + ? WHERE id = ?",
            (delta, reward_id),
        )

    def next_redeem_id(self) -> int:
        """RewardIds start above 1000, so they are never mistaken for reward configuration ids."""
        return int(self.scalar("SELECT COALESCE(MAX(id), 1000) + 1 FROM redeems"))

    def redeem_by_key(self, original_key: str) -> Redeem | None:
        return self.one(Redeem, "SELECT * FROM redeems WHERE original_key = ?", (original_key,))

    def open_redeem(self, redeem_id: int) -> Redeem | None:
        """The redeem while it is active and no order holds it."""
        return self.one(
            Redeem, "SELECT * FROM redeems WHERE id = ? AND state = 'active' AND order_id IS NULL", (redeem_id,)
        )

    def open_redeem_by_code(self, external_code: str, customer_id: int) -> Redeem | None:
        """The customer's active redeem with this ExternalCode that no order holds yet."""
        return self.one(
            Redeem,
            "SELECT * FROM redeems WHERE external_code = ? AND customer_id = ? AND state = 'active' "
            "AND order_id IS NULL",
            (external_code, customer_id),
        )

    def order_by_id(self, order_id: int) -> Order | None:
        return self.one(Order, "SELECT * FROM orders WHERE id = ?", (order_id,))

    # ------------------------------------------------------------------ BonifiQ: challenges (PIN)

    def challenge(self, customer_id: int, transaction_id: str) -> Challenge | None:
        return self.one(
            Challenge,
            "SELECT * FROM challenges WHERE customer_id = ? AND transaction_id = ?",
            (customer_id, transaction_id),
        )

    def latest_challenge(self, customer_id: int, transaction_id: str | None = None) -> Challenge | None:
        """The customer's newest challenge, or the newest with that TransactionId."""
        sql = "SELECT * FROM challenges WHERE customer_id = ?"
        params: tuple[Any, ...] = (customer_id,)
        if transaction_id:
            sql += " AND transaction_id = ?"
            params += (transaction_id,)
        return self.one(Challenge, sql + " ORDER BY created_at DESC LIMIT 1", params)

    def mark_validated(self, challenge: Challenge, at: str) -> None:
        self.execute(
            "UPDATE challenges SET validated_at = ? WHERE customer_id = ? AND transaction_id = ?",
            (at, challenge.customer_id, challenge.transaction_id),
        )

    def validated_since(self, customer_id: int, since: str) -> bool:
        """Whether any of the customer's PINs was validated at ``since`` or later."""
        count = self.scalar(
            "SELECT COUNT(*) FROM challenges WHERE customer_id = ? AND validated_at >= ?", (customer_id, since)
        )
        return int(count) > 0

    # ------------------------------------------------------------------ BonifiQ: coupons and checkouts

    def unused_coupons_page(self, customer_id: int, limit: int, offset: int) -> tuple[int, list[Coupon]]:
        """How many unused coupons the customer has, and one page of them, oldest first."""
        where = "FROM coupons WHERE customer_id = ? AND is_used = 0"
        total = int(self.scalar(f"SELECT COUNT(*) {where}", (customer_id,)))
        coupons = self.all(Coupon, f"SELECT * {where} ORDER BY id LIMIT ? OFFSET ?", (customer_id, limit, offset))
        return total, coupons

    def checkout(self, customer_id: int, checkout_id: str) -> CheckoutCart | None:
        sql = "SELECT * FROM checkouts WHERE customer_id = ? AND checkout_id = ?"
        return self.one(CheckoutCart, sql, (customer_id, checkout_id))

    def checkouts(self, customer_id: int) -> list[CheckoutCart]:
        return self.all(CheckoutCart, "SELECT * FROM checkouts WHERE customer_id = ?", (customer_id,))

    def save_checkout(self, customer_id: int, checkout_id: str, redeem_id: int, total: Decimal | None, at: str) -> None:
        """Create the checkout or make it hold ``redeem_id`` (and ``total``) from now on."""
        self.execute(
            "INSERT INTO checkouts(customer_id, checkout_id, redeem_id, total, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(customer_id, checkout_id) "
            "DO UPDATE SET redeem_id = excluded.redeem_id, total = excluded.total, updated_at = excluded.updated_at",
            (customer_id, checkout_id, redeem_id, None if total is None else str(total), at, at),
        )

    def touch_checkout(self, cart: CheckoutCart, at: str, *, total: Decimal | None = None) -> None:
        """Record a change of the checkout (and its new total, when given)."""
        values: dict[str, Any] = {"updated_at": at}
        if total is not None:
            values["total"] = total
        assignments = ", ".join(f"{column} = ?" for column in values)
        params = (*(_sql_value(v) for v in values.values()), cart.customer_id, cart.checkout_id)
        self.execute(f"UPDATE checkouts SET {assignments} WHERE customer_id = ? AND checkout_id = ?", params)

    # ------------------------------------------------------------------ Gameball and the admin API

    def holds_expired_by(self, at: str) -> list[Hold]:
        """Active holds whose time is up at ``at``."""
        return self.all(Hold, "SELECT * FROM holds WHERE state = ? AND expires_at <= ?", (HoldState.ACTIVE, at))

    def hold(self, reference: str) -> Hold | None:
        return self.one(Hold, "SELECT * FROM holds WHERE reference = ?", (reference,))

    def holds_of(self, customer_id: int) -> list[Hold]:
        return self.all(Hold, "SELECT * FROM holds WHERE customer_id = ? ORDER BY created_at", (customer_id,))

    def release_hold(self, reference: str) -> bool:
        """Active -> Released; False when the hold was not active (so nobody credits it twice)."""
        cursor = self.conn.execute(
            "UPDATE holds SET state = ? WHERE reference = ? AND state = ?",
            (HoldState.RELEASED, reference, HoldState.ACTIVE),
        )
        return cursor.rowcount == 1

    def earned_points(self, customer_id: int, causes: tuple[str, ...]) -> int:
        """The points the customer's ledger entries of these causes added up to."""
        marks = ", ".join("?" for _ in causes)
        total = self.scalar(
            f"SELECT COALESCE(SUM(points), 0) FROM ledger WHERE customer_id = ? AND cause IN ({marks})",
            (customer_id, *causes),
        )
        return int(total)

    def ledger_after(
        self, vendor: str, *, after: int, limit: int, customer_id: int | None = None, direction: int = 0
    ) -> list[LedgerEntry]:
        """The vendor's ledger entries after id ``after``, oldest first; ``direction`` +1 credits, -1 debits."""
        sql = "SELECT l.* FROM ledger l JOIN customers c ON c.id = l.customer_id WHERE c.vendor = ? AND l.id > ?"
        params: tuple[Any, ...] = (vendor, after)
        if customer_id is not None:
            sql += " AND l.customer_id = ?"
            params += (customer_id,)
        if direction:
            sql += " AND l.points > 0" if direction > 0 else " AND l.points < 0"
        return self.all(LedgerEntry, sql + " ORDER BY l.id LIMIT ?", (*params, limit))

    def moves_by_ref(self, customer_id: int, refs: dict[str, str]) -> list[LedgerEntry]:
        """The customer's entries of each cause with that cause's ref (``{cause: ref}``), oldest first."""
        if not refs:
            return []
        where = " OR ".join("(cause = ? AND ref = ?)" for _ in refs)
        params = tuple(value for pair in refs.items() for value in pair)
        return self.all(
            LedgerEntry, f"SELECT * FROM ledger WHERE customer_id = ? AND ({where}) ORDER BY id", (customer_id, *params)
        )

    def refunds_of(self, order_id: int) -> list[Refund]:
        return self.all(Refund, "SELECT * FROM refunds WHERE order_id = ? ORDER BY ledger_id", (order_id,))

    def coupons_of(self, customer_id: int) -> list[Coupon]:
        return self.all(Coupon, "SELECT * FROM coupons WHERE customer_id = ? ORDER BY id", (customer_id,))

    def coupon_of(self, customer_id: int, code: str) -> Coupon | None:
        return self.one(Coupon, "SELECT * FROM coupons WHERE customer_id = ? AND code = ?", (customer_id, code))

    def is_live_lock(self, reference: str, customer_id: int, at: str) -> bool:
        """Whether this customer's coupon lock session is still unexpired at ``at``."""
        found = self.scalar(
            "SELECT COUNT(*) FROM coupon_locks WHERE reference = ? AND customer_id = ? AND expires_at > ?",
            (reference, customer_id, at),
        )
        return bool(found)

    def is_stored_reference(self, reference: str) -> bool:
        """Whether a hold, a coupon lock or a redeem already carries ``reference``."""
        return bool(
            self.scalar(
                "SELECT EXISTS(SELECT 1 FROM holds WHERE reference = ?1) "
                "OR EXISTS(SELECT 1 FROM coupon_locks WHERE reference = ?1) "
                "OR EXISTS(SELECT 1 FROM redeems WHERE external_code = ?1)",
                (reference,),
            )
        )

    def live_locks(self, at: str) -> set[str]:
        rows = self.conn.execute("SELECT reference FROM coupon_locks WHERE expires_at > ?", (at,)).fetchall()
        return {str(row[0]) for row in rows}

    def lock_coupons(self, reference: str, customer_id: int, expires_at: str, coupon_ids: list[int]) -> None:
        """(Re)start a lock session holding exactly these coupons until ``expires_at``."""
        self.conn.execute(
            "INSERT INTO coupon_locks(reference, customer_id, expires_at) VALUES (?, ?, ?) "
            "ON CONFLICT(reference) DO UPDATE SET expires_at = excluded.expires_at",
            (reference, customer_id, expires_at),
        )
        self.conn.execute("UPDATE coupons SET lock_reference = NULL WHERE lock_reference = ?", (reference,))
        for coupon_id in coupon_ids:
            self.update("coupons", "id", coupon_id, {"lock_reference": reference})

    def last_otp(self, customer_id: int) -> Otp | None:
        return self.one(Otp, "SELECT * FROM otps WHERE customer_id = ?", (customer_id,))

    def replace_otp(self, customer_id: int, otp: str, at: str) -> None:
        """The customer's new OTP; the previous one stops working."""
        self.conn.execute(
            "INSERT OR REPLACE INTO otps(customer_id, otp, created_at) VALUES (?, ?, ?)", (customer_id, otp, at)
        )

    def last_challenge(self, customer_id: int) -> Challenge | None:
        return self.one(
            Challenge,
            "SELECT * FROM challenges WHERE customer_id = ? ORDER BY created_at DESC LIMIT 1",
            (customer_id,),
        )

    # ------------------------------------------------------------------ admin views for a reconciliation

    def orders_of(self, customer_id: int) -> list[Order]:
        return self.all(Order, "SELECT * FROM orders WHERE customer_id = ? ORDER BY id", (customer_id,))

    def redeems_of(self, customer_id: int) -> list[Redeem]:
        return self.all(Redeem, "SELECT * FROM redeems WHERE customer_id = ? ORDER BY id", (customer_id,))

    def copy_customer(self, source: Customer, external_id: str, at: str) -> int:
        """A new customer of the same vendor with ``source``'s profile, flags and balances.

        The balances arrive as one ``seed`` movement, so the copy's ledger adds up like any
        other; its history (orders, redeems, holds, coupons) stays with ``source``. The document
        is not copied: a CPF finds one customer.
        """
        copied = self.insert(
            "customers",
            {
                "vendor": source.vendor,
                "external_id": external_id,
                "name": source.name,
                "email": source.email,
                "phone": source.phone,
                "is_enrolled": source.is_enrolled,
                "should_validate": source.should_validate,
                "tier_name": source.tier_name,
                "otp_required": source.otp_required,
                "created_at": at,
            },
        )
        if source.points or source.cashback:
            self.move(
                copied, cause="seed", ref=f"copy of {source.id}", at=at, points=source.points, cashback=source.cashback
            )
        return copied


def _sql_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    return value


class Store:
    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        # Set while webhooks listen: given each transaction's changes just before its COMMIT (so
        # what it writes commits with them, or not at all), it returns what to run once committed.
        self.on_commit: Callable[[Db, list[Change]], Callable[[], None] | None] | None = None
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        if path != ":memory:":
            # WAL: readers do not block the writer and a crash never leaves half a change.
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(_SCHEMA)
        for table, column, definition in _MIGRATIONS:
            columns = {row["name"] for row in self._conn.execute(f"PRAGMA table_info({table})")}
            if column not in columns:
                self._conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")

    def start_generation(self) -> int:
        """Count one more start on this database (1 for a new one, and always for ``:memory:``)."""
        with self.transaction() as db:
            row = db.conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
            generation = 1 if row is None else int(row[0]) + 1
            db.conn.execute(
                "INSERT INTO meta(key, value) VALUES ('generation', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (str(generation),),
            )
        return generation

    @contextmanager
    def read(self) -> Iterator[Db]:
        """Reads only: the lock, without a SQLite transaction (every writer holds the lock too,
        so the reads see one state). Nothing may be written through it."""
        with self._lock:
            yield Db(self._conn)

    @contextmanager
    def transaction(self) -> Iterator[Db]:
        with self._lock:
            listener = self.on_commit
            changes: list[Change] | None = None if listener is None else []
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                db = Db(self._conn, changes)
                yield db
                committed = listener(db, changes) if listener is not None and changes else None
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
            if committed is not None:
                committed()  # under the lock: listeners see commits in their order

    def is_empty(self) -> bool:
        with self.read() as db:
            return int(db.scalar("SELECT COUNT(*) FROM customers")) == 0

    def reset(self) -> None:
        with self.transaction() as db:
            for table in _TABLES:
                db.execute(f"DELETE FROM {table}")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

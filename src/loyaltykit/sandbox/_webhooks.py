"""Webhook endpoints and their deliveries: registered per vendor, sent in the background, retried.

While an endpoint is registered, the store hands ``Webhooks`` each transaction's changes just
before its COMMIT (nothing is collected otherwise): the events they make are stored as
deliveries in that same transaction, so an event exists exactly when its change committed,
and a SIGKILL loses neither. One worker thread posts them with httpx and retries failures on
the vendor's schedule, so a slow or dead receiver never slows a sale (which pays only for
writing its events). Endpoints and deliveries live in SQLite: a restart on the same database
carries on with the pending ones, as a vendor's own queue would.
"""

from __future__ import annotations

import dataclasses
import heapq
import json
import logging
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._admin_input import AdminInputError
from ._clock import Clock, iso, parse_iso
from ._config import SandboxConfig
from ._store import Change, Db, Store
from ._webhook_events import Event, events_of, gameball_headers

log = logging.getLogger("loyaltykit.sandbox")

VENDORS = ("bonifiq", "gameball")

# Seconds between a failed attempt and the next. Gameball: "up to 3 retries: after 5, 20 and
# 60 minutes", then discarded (https://docs.gameball.co/api-reference/webhooks/overview).
# BonifiQ retries "with increasing backoff" and publishes no schedule
# (https://developers.bonifiq.com.br/webhooks/01-introducao): the sandbox's choice is 1, 5,
# 15 and 60 minutes, five attempts in all, as many as its subscriptions may fail in a row.
RETRY_DELAYS: Mapping[str, tuple[float, ...]] = {
    "gameball": (300.0, 1200.0, 3600.0),
    "bonifiq": (60.0, 300.0, 900.0, 3600.0),
}

MAX_RETRY_DELAY_SECONDS = 86_400
MAX_URL_LENGTH = 2048
MAX_HEADERS = 20
MAX_HEADER_LENGTH = 1024
# The log keeps this many deliveries, the oldest dropped first.
MAX_LOG = 10_000
# Headers the sandbox sets itself: a registration may not replace them.
_RESERVED_HEADERS = frozenset({"content-type", "content-length", "host", "x-gb-signature", "x-gb-webhook-version"})
_TOKEN_CHARS = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


@dataclass(frozen=True)
class Endpoint:
    id: int
    vendor: str
    url: str
    headers: tuple[tuple[str, str], ...] = field(repr=False)  # the merchant's tokens
    created_at: str
    # BonifiQ's status (Ativo/Inativo): an inactive subscription is sent nothing.
    active: bool = True

    def view(self) -> dict[str, Any]:
        # Header values are the merchant's tokens: their names only.
        return {
            "id": self.id,
            "vendor": self.vendor,
            "url": self.url,
            "headers": sorted(name for name, _ in self.headers),
            "created_at": self.created_at,
            "active": self.active,
        }


@dataclass
class Attempt:
    at: str
    status: int | None
    error: str | None
    milliseconds: int


@dataclass
class Delivery:
    id: int
    endpoint: Endpoint
    event: Event
    created_at: str
    state: str = "pending"  # then "delivered", "failed" (retries exhausted: discarded) or "cancelled"
    attempts: list[Attempt] = field(default_factory=list)
    next_retry_at: str | None = None

    def view(self) -> dict[str, Any]:
        # No body: it holds the customer's e-mail, phone and name.
        return {
            "id": self.id,
            "endpoint_id": self.endpoint.id,
            "vendor": self.endpoint.vendor,
            "url": self.endpoint.url,
            "event": self.event.name,
            "customer_id": self.event.customer_id,
            "created_at": self.created_at,
            "state": self.state,
            "attempts": [vars(attempt).copy() for attempt in self.attempts],
            "next_retry_at": self.next_retry_at,
        }


def check_vendor(vendor: object) -> str:
    if vendor not in VENDORS:
        raise AdminInputError("vendor", f"must be one of {', '.join(VENDORS)}")
    return str(vendor)


def check_url(url: object) -> str:
    """An http(s) URL with a host. Unlike BonifiQ (HTTPS, public) plain http and loopback are
    fine: the receiver under test runs on the developer's machine."""
    parts = urlsplit(url) if isinstance(url, str) else None
    if (
        parts is None
        or not isinstance(url, str)
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or len(url) > MAX_URL_LENGTH
        or not url.isprintable()
        or " " in url
    ):
        raise AdminInputError(
            "url", f"must be an http:// or https:// URL with a host, at most {MAX_URL_LENGTH} characters"
        )
    return url


def check_headers(vendor: str, headers: object) -> tuple[tuple[str, str], ...]:
    """BonifiQ's custom headers (its only authentication); Gameball signs instead and has none."""
    if headers is None or headers == {}:
        return ()
    if vendor != "bonifiq":
        raise AdminInputError("headers", "only BonifiQ subscriptions carry custom headers (Gameball signs its events)")
    if not isinstance(headers, dict) or len(headers) > MAX_HEADERS:
        raise AdminInputError("headers", f"must be an object of at most {MAX_HEADERS} header names and values")
    checked = []
    for name, value in headers.items():
        if not name or not set(name) <= _TOKEN_CHARS or name.lower() in _RESERVED_HEADERS:
            raise AdminInputError("headers", f"{name!r} is not a header name a subscription may set")
        if (
            not isinstance(value, str)
            or len(value) > MAX_HEADER_LENGTH
            or not value.isascii()
            or not value.isprintable()
        ):
            raise AdminInputError(
                "headers", f"the value of {name} must be printable ASCII, at most {MAX_HEADER_LENGTH}"
            )
        checked.append((name, value))
    return tuple(checked)


def _cancel_pending(db: Db, endpoint_id: int) -> None:
    db.execute(
        "UPDATE webhook_deliveries SET state = 'cancelled', next_retry_at = NULL "
        "WHERE endpoint_id = ? AND state = 'pending'",
        (endpoint_id,),
    )


def parse_cli_webhook(text: str) -> tuple[str, str]:
    """``VENDOR=URL`` (``--webhook``) as (vendor, url); ValueError names what is wrong."""
    vendor, _, url = text.partition("=")
    return check_vendor(vendor.strip().lower()), check_url(url.strip())


class Webhooks:
    """The registry and the delivery worker of one sandbox instance."""

    def __init__(self, store: Store, clock: Clock, config: SandboxConfig) -> None:
        self._store = store
        self._clock = clock
        self._config = config
        self._cond = threading.Condition()
        self._endpoints: dict[int, Endpoint] = {}
        self._due: list[tuple[float, int, Delivery]] = []  # a heap by monotonic due time
        self._log: deque[Delivery] = deque(maxlen=MAX_LOG)
        self._failures: dict[int, int] = {}  # failed attempts in a row, per endpoint
        self._thread: threading.Thread | None = None
        self._closing = False
        with store.read() as db:
            endpoints = db.execute("SELECT * FROM webhook_endpoints ORDER BY id").fetchall()
            deliveries = db.execute(
                "SELECT * FROM webhook_deliveries WHERE state = 'pending' "
                "OR id > (SELECT COALESCE(MAX(id), 0) FROM webhook_deliveries) - ? ORDER BY id",
                (MAX_LOG,),
            ).fetchall()
        for row in endpoints:
            headers = tuple((str(name), str(value)) for name, value in json.loads(row["headers"]))
            self._endpoints[row["id"]] = Endpoint(
                row["id"], row["vendor"], row["url"], headers, row["created_at"], bool(row["active"])
            )
        for row in deliveries:
            self._resume(row)
        known = {(e.vendor, e.url) for e in self._endpoints.values()}
        for vendor, url in config.webhooks:
            if (vendor, url) not in known:  # a restart on the same --db keeps the first one
                self.register(vendor, url)
        self._listen()
        if self._due:
            self._start()

    def _resume(self, row: Any) -> None:
        """A stored delivery back in the log and, while pending, due when its retry was."""
        endpoint = self._endpoints.get(row["endpoint_id"])
        if endpoint is None:
            return
        event = Event(endpoint.vendor, row["event"], row["customer_id"], bytes(row["body"]))
        attempts = [Attempt(**attempt) for attempt in json.loads(row["attempts"])]
        delivery = Delivery(row["id"], endpoint, event, row["created_at"], row["state"], attempts, row["next_retry_at"])
        self._log.append(delivery)
        if delivery.state == "pending":
            wait = 0.0
            if delivery.next_retry_at is not None:
                wait = max(0.0, (parse_iso(delivery.next_retry_at) - self._clock.now()).total_seconds())
            heapq.heappush(self._due, (time.monotonic() + wait, delivery.id, delivery))

    # ------------------------------------------------------------------ registry

    def register(self, vendor: str, url: str, headers: Mapping[str, str] | None = None) -> Endpoint:
        vendor = check_vendor(vendor)
        url = check_url(url)
        pairs = check_headers(vendor, headers)
        at = self._clock.now_iso()
        with self._store.transaction() as db:
            endpoint_id = db.insert(
                "webhook_endpoints", {"vendor": vendor, "url": url, "headers": json.dumps(pairs), "created_at": at}
            )
        endpoint = Endpoint(endpoint_id, vendor, url, pairs, at)
        with self._cond:
            self._endpoints[endpoint_id] = endpoint
        self._listen()
        return endpoint

    def remove(self, endpoint_id: int) -> bool:
        """Forget the endpoint; its pending retries go with it, as a deleted subscription's would."""
        with self._store.transaction() as db:
            db.execute("DELETE FROM webhook_endpoints WHERE id = ?", (endpoint_id,))
            _cancel_pending(db, endpoint_id)
        with self._cond:
            found = self._endpoints.pop(endpoint_id, None) is not None
            self._failures.pop(endpoint_id, None)
            self._cancel_pending(endpoint_id)
        self._listen()
        return found

    def set_active(self, endpoint_id: int, active: bool) -> Endpoint | None:
        """Pause or resume a subscription (BonifiQ's Status); pausing drops its pending retries."""
        with self._store.transaction() as db:
            db.update("webhook_endpoints", "id", endpoint_id, {"active": active})
            if not active:
                _cancel_pending(db, endpoint_id)
        with self._cond:
            found = self._endpoints.get(endpoint_id)
            if found is None:
                return None
            found = self._endpoints[endpoint_id] = dataclasses.replace(found, active=active)
            self._failures.pop(endpoint_id, None)
            if not active:
                self._cancel_pending(endpoint_id)
        self._listen()
        return found

    def _cancel_pending(self, endpoint_id: int) -> None:
        for delivery in self._log:
            if delivery.endpoint.id == endpoint_id and delivery.state == "pending":
                delivery.state, delivery.next_retry_at = "cancelled", None

    def endpoints(self) -> list[Endpoint]:
        with self._cond:
            return list(self._endpoints.values())

    def deliveries(self, vendor: str | None = None, endpoint_id: int | None = None) -> list[dict[str, Any]]:
        with self._cond:
            return [
                d.view()
                for d in self._log
                if (vendor is None or d.endpoint.vendor == vendor)
                and (endpoint_id is None or d.endpoint.id == endpoint_id)
            ]

    def clear_log(self) -> None:
        """Forget the log and every pending retry; endpoints stay. The store's reset has
        emptied the table; ``DELETE /_sandbox/webhooks/deliveries`` empties it here."""
        with self._store.transaction() as db:
            db.execute("DELETE FROM webhook_deliveries")
        with self._cond:
            self._log.clear()
            self._due.clear()

    def _listen(self) -> None:
        # Collecting changes costs the hot path a little: only while someone listens.
        with self._cond:
            listening = any(endpoint.active for endpoint in self._endpoints.values())
            self._store.on_commit = self._stage if listening and not self._closing else None

    # ------------------------------------------------------------------ delivery

    def _stage(self, db: Db, changes: list[Change]) -> Callable[[], None] | None:
        """Store the events of a transaction about to commit (the store's lock is held); once
        it has committed, queue them."""
        with self._cond:
            endpoints = tuple(endpoint for endpoint in self._endpoints.values() if endpoint.active)
        vendors = frozenset(e.vendor for e in endpoints)
        try:
            events = events_of(changes, gameball_client_id=self._config.gameball_client_id, vendors=vendors)
        except Exception:  # a bug here must not undo the sale: it loses the events only
            log.exception("sandbox webhooks: no events for a committed change")
            return None
        if not events:
            return None
        at = self._clock.now_iso()
        staged: list[Delivery] = []
        for event in events:
            for endpoint in endpoints:
                if endpoint.vendor == event.vendor:
                    values = {
                        "endpoint_id": endpoint.id, "event": event.name, "customer_id": event.customer_id,
                        "body": event.body, "created_at": at, "state": "pending", "attempts": "[]",
                    }  # fmt: skip
                    staged.append(Delivery(db.insert("webhook_deliveries", values), endpoint, event, at))

        def committed() -> None:
            now = time.monotonic()
            with self._cond:
                if self._closing:
                    return  # stored: the next start sends them
                for delivery in staged:
                    self._log.append(delivery)
                    heapq.heappush(self._due, (now, delivery.id, delivery))
                self._start()
                self._cond.notify()

        return committed

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="loyaltykit-sandbox-webhooks", daemon=True)
            self._thread.start()

    def _delays(self, vendor: str) -> Sequence[float]:
        configured = self._config.webhook_retry_delays
        return RETRY_DELAYS[vendor] if configured is None else configured

    def _run(self) -> None:
        with httpx.Client(timeout=self._config.webhook_timeout_seconds, trust_env=False) as client:
            while (delivery := self._next()) is not None:
                self._attempt(client, delivery)

    def _next(self) -> Delivery | None:
        """The next delivery due, once it is; None when closing."""
        with self._cond:
            while not self._closing:
                now = time.monotonic()
                if self._due and self._due[0][0] <= now:
                    delivery = heapq.heappop(self._due)[2]
                    if delivery.state == "pending":
                        return delivery
                    continue
                self._cond.wait(self._due[0][0] - now if self._due else None)
            return None

    def _headers(self, delivery: Delivery) -> dict[str, str]:
        body = delivery.event.body
        if delivery.endpoint.vendor == "gameball":
            return gameball_headers(body, self._config.credentials.gameball_secret_key)
        return {"Content-Type": "application/json", **dict(delivery.endpoint.headers)}

    def _attempt(self, client: httpx.Client, delivery: Delivery) -> None:
        at = self._clock.now_iso()
        started = time.monotonic()
        status: int | None = None
        error: str | None = None
        try:
            response = client.post(delivery.endpoint.url, content=delivery.event.body, headers=self._headers(delivery))
            status = response.status_code
        except httpx.HTTPError as failure:
            error = type(failure).__name__  # never the message: it may quote the URL's query
        elapsed = time.monotonic() - started
        delays = self._delays(delivery.endpoint.vendor)
        succeeded = status is not None and 200 <= status < 300
        with self._cond:
            delivery.attempts.append(Attempt(at, status, error, round(elapsed * 1000)))
            if delivery.state != "pending":
                return  # removed meanwhile
            retries = len(delivery.attempts) - 1
            if succeeded:
                delivery.state, delivery.next_retry_at = "delivered", None
            elif retries < len(delays):
                delay = delays[retries]
                delivery.next_retry_at = iso(self._clock.now() + timedelta(seconds=delay))
                heapq.heappush(self._due, (time.monotonic() + delay, delivery.id, delivery))
            else:
                delivery.state, delivery.next_retry_at = "failed", None
            disable = self._count(delivery.endpoint, succeeded)
            if disable and delivery.state == "pending":
                delivery.state, delivery.next_retry_at = "cancelled", None
            saved = {
                "state": delivery.state,
                "attempts": json.dumps([vars(attempt) for attempt in delivery.attempts]),
                "next_retry_at": delivery.next_retry_at,
            }
        if disable:
            self.set_active(delivery.endpoint.id, False)
        # Outside the condition: a sale holding the store's lock may be waiting for it.
        try:
            with self._store.transaction() as db:
                db.update("webhook_deliveries", "id", delivery.id, saved)
                db.execute(
                    "DELETE FROM webhook_deliveries WHERE id <= ? AND state != 'pending'", (delivery.id - MAX_LOG,)
                )
        except sqlite3.ProgrammingError:
            if not self._closing:
                raise  # else the store was closed under an attempt that outlived close()

    def _count(self, endpoint: Endpoint, succeeded: bool) -> bool:
        """Count the endpoint's failures in a row; True when BonifiQ would now disable it
        ("after 5 or more consecutive failures", https://developers.bonifiq.com.br/webhooks/01-introducao)."""
        failures = 0 if succeeded else self._failures.get(endpoint.id, 0) + 1
        self._failures[endpoint.id] = failures
        limit = self._config.bonifiq_webhook_failures_to_disable
        return endpoint.vendor == "bonifiq" and limit > 0 and failures >= limit

    def close(self, timeout: float = 5) -> None:
        """Stop after the attempt in flight; what is pending stays stored for the next start."""
        with self._cond:
            self._closing = True
            self._store.on_commit = None
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

"""Webhook endpoints and their deliveries: registered per vendor, sent in the background, retried.

The store tells ``Webhooks`` of every committed transaction's changes while an endpoint is
registered (nothing is collected otherwise). That call only appends to a queue: one worker
thread turns the changes into events, posts them with httpx and retries failures on the
vendor's schedule, so a slow or dead receiver never slows a sale. Endpoints are stored in
SQLite (a vendor keeps its subscriptions); the queue and the delivery log live in memory.
"""

from __future__ import annotations

import heapq
import itertools
import json
import logging
import threading
import time
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._admin_input import AdminInputError
from ._clock import Clock, iso
from ._config import SandboxConfig
from ._store import Change, Store
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
    headers: tuple[tuple[str, str], ...]
    created_at: str

    def view(self) -> dict[str, Any]:
        # Header values are the merchant's tokens: their names only.
        return {
            "id": self.id,
            "vendor": self.vendor,
            "url": self.url,
            "headers": sorted(name for name, _ in self.headers),
            "created_at": self.created_at,
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
    state: str = "pending"  # then "delivered" or "failed" (retries exhausted, discarded)
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
        # Batches of (changes, the endpoints registered at their commit), oldest first.
        self._incoming: deque[tuple[list[Change], tuple[Endpoint, ...]]] = deque()
        self._due: list[tuple[float, int, Delivery]] = []  # a heap by monotonic due time
        self._log: deque[Delivery] = deque(maxlen=MAX_LOG)
        self._ids = itertools.count(1)
        self._thread: threading.Thread | None = None
        self._closing = False
        with store.read() as db:
            rows = db.execute("SELECT * FROM webhook_endpoints ORDER BY id").fetchall()
        for row in rows:
            headers = tuple((str(name), str(value)) for name, value in json.loads(row["headers"]))
            self._endpoints[row["id"]] = Endpoint(row["id"], row["vendor"], row["url"], headers, row["created_at"])
        known = {(e.vendor, e.url) for e in self._endpoints.values()}
        for vendor, url in config.webhooks:
            if (vendor, url) not in known:  # a restart on the same --db keeps the first one
                self.register(vendor, url)
        self._listen()

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
        with self._store.transaction() as db:
            db.execute("DELETE FROM webhook_endpoints WHERE id = ?", (endpoint_id,))
        with self._cond:
            found = self._endpoints.pop(endpoint_id, None) is not None
            # Its pending retries go with it, as a deleted subscription's would.
            for _, _, delivery in self._due:
                if delivery.endpoint.id == endpoint_id and delivery.state == "pending":
                    delivery.state, delivery.next_retry_at = "cancelled", None
        self._listen()
        return found

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
        """Forget the log and every pending retry (``/_sandbox/reset``); endpoints stay."""
        with self._cond:
            self._log.clear()
            self._due.clear()
            self._incoming.clear()

    def _listen(self) -> None:
        # Collecting changes costs the hot path a little: only while someone listens.
        with self._cond:
            self._store.on_commit = self._committed if self._endpoints and not self._closing else None

    # ------------------------------------------------------------------ delivery

    def _committed(self, changes: list[Change]) -> None:
        """Called by the store after a commit, under its lock: queue, nothing more."""
        with self._cond:
            if self._closing or not self._endpoints:
                return
            self._incoming.append((changes, tuple(self._endpoints.values())))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="loyaltykit-sandbox-webhooks", daemon=True)
                self._thread.start()
            self._cond.notify()

    def _delays(self, vendor: str) -> Sequence[float]:
        configured = self._config.webhook_retry_delays
        return RETRY_DELAYS[vendor] if configured is None else configured

    def _run(self) -> None:
        with httpx.Client(timeout=self._config.webhook_timeout_seconds, trust_env=False) as client:
            while True:
                work = self._next()
                if work is None:
                    return
                if isinstance(work, Delivery):
                    self._attempt(client, work)
                else:
                    self._enqueue(*work)

    def _next(self) -> Delivery | tuple[list[Change], tuple[Endpoint, ...]] | None:
        """The next batch to turn into deliveries or the next delivery due; None when closing."""
        with self._cond:
            while not self._closing:
                if self._incoming:
                    return self._incoming.popleft()
                now = time.monotonic()
                if self._due and self._due[0][0] <= now:
                    delivery = heapq.heappop(self._due)[2]
                    if delivery.state != "pending":
                        continue
                    return delivery
                self._cond.wait(self._due[0][0] - now if self._due else None)
            return None

    def _enqueue(self, changes: list[Change], endpoints: tuple[Endpoint, ...]) -> None:
        vendors = frozenset(e.vendor for e in endpoints)
        events = events_of(changes, gameball_client_id=self._config.gameball_client_id, vendors=vendors)
        now = time.monotonic()
        with self._cond:
            for event in events:
                for endpoint in endpoints:
                    if endpoint.vendor == event.vendor:
                        delivery = Delivery(next(self._ids), endpoint, event, self._clock.now_iso())
                        self._log.append(delivery)
                        heapq.heappush(self._due, (now, delivery.id, delivery))

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
        with self._cond:
            delivery.attempts.append(Attempt(at, status, error, round(elapsed * 1000)))
            if delivery.state != "pending":
                return  # removed meanwhile
            retries = len(delivery.attempts) - 1
            if status is not None and 200 <= status < 300:
                delivery.state, delivery.next_retry_at = "delivered", None
            elif retries < len(delays):
                delay = delays[retries]
                delivery.next_retry_at = iso(self._clock.now() + timedelta(seconds=delay))
                heapq.heappush(self._due, (time.monotonic() + delay, delivery.id, delivery))
            else:
                delivery.state, delivery.next_retry_at = "failed", None

    def close(self, timeout: float = 5) -> None:
        """Stop after the attempt in flight; pending retries are dropped (logged)."""
        with self._cond:
            self._closing = True
            self._store.on_commit = None
            pending = sum(1 for _, _, d in self._due if d.state == "pending") + len(self._incoming)
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
        if pending:
            log.info("sandbox stopping: %d webhook deliveries not sent", pending)

"""(6) Webhook receiver throughput: verify + parse + de-duplicate (SQLite file), against ``json.loads``.

Each vendor's receiver (``WebhookReceiver.gameball`` / ``.bonifiq``) handles deliveries as an
application would: ``receive(body, headers)`` checks the signature (Gameball: SHA-1 of the
raw body and the SecretKey) or the configured header (BonifiQ), parses the body with exact
Decimals into its typed event, claims it in a ``SQLiteDeduplicator`` on a file (WAL,
``synchronous=NORMAL``, in a temporary folder under ``bench/``), calls a handler that does
nothing, and records it as handled. Every delivery is a new event (its ``created_at`` or
``Uuid`` differs), so each one is written; bodies are the vendors' documented samples.

Contenders, alternating in blocks (``_common.interleave``), on the same bodies:
``json.loads`` of the body (the floor: what any receiver does), ``construct_event`` (verify +
parse, no storage) and the receiver. Figures are µs per event, median (min-max) of the rounds;
events/s is the receiver's; the cost per event is the receiver's time over ``json.loads``'s.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from _common import BENCH, Section, Stat, interleave, ratios

from loyaltykit.webhooks import SQLiteDeduplicator, WebhookReceiver, bonifiq, gameball

SECRET = "bench-secret-key"
TOKEN = {"X-Webhook-Token": "bench-token"}

_GAMEBALL = {
    "event": "customer.profile.updated",
    "client_id": "2155",
    "customer_id": "webhook-test",
    "gb_customer_id": 1234,
    "created_at": "2024-11-19T17:34:42.297Z",
    "data": {
        "email": "customer@example.com",
        "mobile_number": "+XX-XXXX-XXXX",
        "tier_name": "basic",
        "tier_order": 1,
        "referral_code": "referral_123",
        "referral_link": "www.example.com",
        "activated_points": 90,
        "pending_points": 10,
        "total_points": 100,
    },
}
_BONIFIQ = {
    "Uuid": "6d98ff46-3255-4e7f-92ec-69db40ed4a42",
    "Timestamp": "2024-06-20T16:50:13.3951893Z",
    "Topic": 3,
    "TopicName": "Communication_EarnPurchasePoints",
    "Payload": {
        "EarnedPoints": 10,
        "ObjectiveType": 0,
        "Customer": {
            "Email": "emailwebhook@teste.com.br",
            "Id": None,
            "Name": "Teste Rath",
            "Phone": "11987198778",
            "BirthdayDate": "2024-08-30T14:34:32",
        },
    },
}


def _compact(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def gameball_deliveries() -> Iterator[tuple[bytes, dict[str, str]]]:
    for n in itertools.count():
        body = _compact(dict(_GAMEBALL, created_at=f"2024-11-19T17:34:42.{n:09d}Z"))
        yield body, {"X-GB-Signature": hashlib.sha1(body + b":" + SECRET.encode()).hexdigest()}


def bonifiq_deliveries() -> Iterator[tuple[bytes, dict[str, str]]]:
    for n in itertools.count():
        yield _compact(dict(_BONIFIQ, Uuid=f"6d98ff46-3255-4e7f-92ec-{n:012d}")), TOKEN


VENDORS: dict[str, tuple[Callable[[], Iterator[tuple[bytes, dict[str, str]]]], Callable[..., WebhookReceiver]]] = {
    "gameball": (gameball_deliveries, lambda store: WebhookReceiver.gameball(SECRET, deduplicator=store)),
    "bonifiq": (bonifiq_deliveries, lambda store: WebhookReceiver.bonifiq(TOKEN, deduplicator=store)),
}


def _construct(vendor: str) -> Callable[[bytes, dict[str, str]], object]:
    if vendor == "gameball":
        return lambda body, headers: gameball.construct_event(body, headers, SECRET)
    return lambda body, headers: bonifiq.construct_event(body, headers, TOKEN)


def measure(vendor: str, folder: Path, rounds: int, calls: int) -> dict[str, list[float]]:
    deliveries, make_receiver = VENDORS[vendor]
    store = SQLiteDeduplicator(folder / f"webhooks-{vendor}.db")
    receiver = make_receiver(store)
    receiver.on()(lambda event: None)
    construct = _construct(vendor)
    # Enough distinct deliveries for every call of every round (and a warm-up), made beforehand.
    pending = iter(list(itertools.islice(deliveries(), rounds * calls + 100)))
    for body, headers in itertools.islice(pending, 100):
        assert receiver.receive(body, headers).body == {"status": "handled"}
    sample = next(deliveries())

    def receive() -> None:
        body, headers = next(pending)
        receiver.receive(body, headers)

    contenders: dict[str, Callable[[], object]] = {
        "json.loads": lambda: json.loads(sample[0]),
        "construct_event": lambda: construct(*sample),
        "receiver": receive,
    }
    try:
        return interleave(contenders, rounds, calls)
    finally:
        receiver.close()


def run(quick: bool = False) -> Section:
    section = Section("webhooks", "6. Webhook receiver throughput (verify + parse + de-duplicate, SQLite)")
    rounds, calls = (3, 50) if quick else (12, 400)
    rows: list[str] = []
    with tempfile.TemporaryDirectory(dir=BENCH, prefix=".webhooks-") as name:
        for vendor in VENDORS:
            samples = measure(vendor, Path(name), rounds, calls)
            plain, construct, receiver = (Stat.of(samples[n]) for n in ("json.loads", "construct_event", "receiver"))
            cost = Stat.of(ratios(samples["receiver"], samples["json.loads"]))
            rate = 1e6 / receiver.median
            rows.append(
                f"| {vendor} | {plain.fmt(1)} | {construct.fmt(1)} | {receiver.fmt(1)} | **{rate:,.0f}** |"
                f" {cost.fmt(1)}x |"
            )
            print(f"  webhooks {vendor}: {rate:,.0f} events/s, {cost.median:.1f}x json.loads", flush=True)
    section.lines += [
        "µs per event, median (min-max) over",
        f"{rounds} rounds x {calls} events per contender, alternating in blocks. *receiver* is",
        "`WebhookReceiver.receive`: verify, parse into the typed event, claim in a `SQLiteDeduplicator`",
        "file (WAL, synchronous=NORMAL), a handler that does nothing, record it handled; every event is",
        "new. *construct_event* is verify + parse alone; *json.loads* the same body, plain.",
        "",
        "| vendor | json.loads µs | construct_event µs | receiver µs | receiver events/s | receiver/json.loads |",
        "|---|---|---|---|---|---|",
        *rows,
    ]
    return section

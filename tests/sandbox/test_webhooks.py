"""The sandbox sends webhooks: events from real ledger changes, signed, retried, logged.

A real HTTP receiver on a free loopback port gets them; Gameball's signature is checked
against the documented formula, lowercase hex SHA-1 of the body, ":" and the SecretKey
(https://docs.gameball.co/api-reference/webhooks/subscribing), computed here with hashlib.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from loyaltykit.sandbox import RunningSandbox, SandboxConfig, start_in_thread
from loyaltykit.sandbox.__main__ import build_parser
from loyaltykit.sandbox._store import Change, Customer
from loyaltykit.sandbox._webhook_events import events_of

from .conftest import CREDENTIALS, SSL_CONTEXT, client, gameball_headers

SAMPLES = Path(__file__).parent.parent / "fixtures" / "sandbox_webhooks" / "samples"
ANA = "ana@example.com"
G = "/api/v4.0/integrations"
WHEN = "2026-01-15T12:00:00Z"
FAST = (0.05, 0.05, 0.05)  # retry delays in seconds, for every vendor


def short_client(**options: Any) -> httpx.Client:
    # A short timeout: a sale that waited for a blocked receiver would fail, not hang.
    return httpx.Client(verify=SSL_CONTEXT, timeout=3, **options)


def sample(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return loaded


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]  # names in lower case
    body: bytes
    status: int

    def json(self) -> Any:
        return json.loads(self.body)


class Receiver:
    """A webhook receiver on a real loopback port: records every POST, answers the statuses
    queued in ``answers`` (200 once they run out), and holds each answer while ``gate`` is clear."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.calls = 0  # requests begun, answered or not
        self.answers: deque[int] = deque()
        self.gate = threading.Event()
        self.gate.set()
        self._arrived = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                receiver.calls += 1
                receiver.gate.wait(10)
                status = receiver.answers.popleft() if receiver.answers else 200
                with receiver._arrived:
                    headers = {name.lower(): value for name, value in self.headers.items()}
                    receiver.received.append(Received(self.path, headers, body, status))
                    receiver._arrived.notify_all()
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks"

    def wait_for(self, count: int, timeout: float = 10) -> list[Received]:
        deadline = time.monotonic() + timeout
        with self._arrived:
            while len(self.received) < count:
                left = deadline - time.monotonic()
                assert left > 0, f"{len(self.received)} of {count} deliveries arrived: {self.received}"
                self._arrived.wait(left)
            return list(self.received)

    def close(self) -> None:
        self.gate.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with start_in_thread(SandboxConfig(credentials=CREDENTIALS, webhook_retry_delays=FAST)) as running:
        yield running


@pytest.fixture
def admin(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    with client(base_url=sandbox.admin_url) as admin_client:
        admin_client.post("/reset", json={"seed": "demo"}).raise_for_status()
        yield admin_client
        for endpoint in admin_client.get("/webhooks").json()["endpoints"]:
            admin_client.delete(f"/webhooks/{endpoint['id']}").raise_for_status()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    found = Receiver()
    yield found
    found.close()


@pytest.fixture
def gameball(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    with short_client(base_url=sandbox.gameball_base_url, headers=gameball_headers()) as gameball_client:
        yield gameball_client


@pytest.fixture
def bonifiq(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    auth = (CREDENTIALS.bonifiq_api_token, CREDENTIALS.bonifiq_api_key)
    with short_client(base_url=sandbox.bonifiq_base_url, auth=auth) as bonifiq_client:
        yield bonifiq_client


def register(admin: httpx.Client, vendor: str, url: str, **extra: Any) -> dict[str, Any]:
    response = admin.post("/webhooks", json={"vendor": vendor, "url": url, **extra})
    assert response.status_code == 201, response.text
    endpoint: dict[str, Any] = response.json()["endpoint"]
    return endpoint


def deliveries(admin: httpx.Client, **query: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = admin.get("/webhooks/deliveries", params=query).json()["deliveries"]
    return found


def settled(admin: httpx.Client, count: int, timeout: float = 10) -> list[dict[str, Any]]:
    """The log once ``count`` deliveries are no longer pending."""
    deadline = time.monotonic() + timeout
    while True:
        log = deliveries(admin)
        if len([d for d in log if d["state"] != "pending"]) >= count:
            return log
        assert time.monotonic() < deadline, log
        time.sleep(0.02)


def documented_signature(body: bytes) -> str:
    return hashlib.sha1(body + b":" + CREDENTIALS.gameball_secret_key.encode()).hexdigest()


def gameball_sale_with_refund(gameball: httpx.Client, order_id: str = "WH-1") -> None:
    held = gameball.post("/transactions/hold", json={"customerId": ANA, "transactionTime": WHEN, "pointsToHold": 100})
    assert held.status_code == 200, held.text
    order = gameball.post(
        "/orders",
        json={
            "customerId": ANA, "orderId": order_id, "orderDate": WHEN, "totalPaid": 90, "totalPrice": 100,
            "channel": "pos", "redemption": {"pointsHoldReference": held.json()["holdReference"]},
        },
    )  # fmt: skip
    assert order.status_code == 200, order.text
    refund = gameball.post(
        "/transactions/refund",
        json={"customerId": ANA, "refundTransactionId": f"R-{order_id}", "reverseTransactionId": order_id,
              "transactionTime": WHEN},
    )  # fmt: skip
    assert refund.status_code == 200, refund.text


def test_a_gameball_sale_with_a_refund_sends_signed_events_in_order(
    admin: httpx.Client, receiver: Receiver, gameball: httpx.Client
) -> None:
    register(admin, "gameball", receiver.url)
    gameball_sale_with_refund(gameball)
    got = receiver.wait_for(4)
    bodies = [r.json() for r in got]
    # hold (1500 - 100), order (+90 earned, and a notification of it), refund (back to 1500).
    assert [(b["event"], b["data"]["total_points"] if b["event"] == "customer.profile.updated" else None)
            for b in bodies] == [
        ("customer.profile.updated", 1400),
        ("customer.profile.updated", 1490),
        ("customer.notification.push", None),
        ("customer.profile.updated", 1500),
    ]  # fmt: skip
    for delivery in got:
        assert delivery.path == "/hooks"
        assert delivery.headers["x-gb-signature"] == documented_signature(delivery.body)
        assert delivery.headers["x-gb-webhook-version"] == "v4"
        assert delivery.headers["content-type"] == "application/json"
    assert {b["customer_id"] for b in bodies} == {ANA}
    assert "90 points" in bodies[2]["data"][0]["body"]
    time.sleep(0.1)
    assert len(receiver.received) == 4  # nothing else: the hold's consumption moves no points


def test_gameball_events_have_the_documented_shapes(
    admin: httpx.Client, receiver: Receiver, gameball: httpx.Client
) -> None:
    register(admin, "gameball", receiver.url)
    gameball_sale_with_refund(gameball)
    bodies = {r.json()["event"]: r.json() for r in receiver.wait_for(4)}
    for name in ("gameball_profile_updated", "gameball_notification_push"):
        documented = sample(name)["body"]
        sent = bodies[documented["event"]]
        assert list(sent) == list(documented)
        assert isinstance(sent["gb_customer_id"], int) and isinstance(sent["created_at"], str)
        assert sent["created_at"].endswith("Z")
    profile = bodies["customer.profile.updated"]["data"]
    assert list(profile) == list(sample("gameball_profile_updated")["body"]["data"])
    assert (
        profile["email"] == ANA and profile["total_points"] == profile["activated_points"] + profile["pending_points"]
    )
    notice = bodies["customer.notification.push"]["data"]
    assert [list(item) for item in notice] == [list(sample("gameball_notification_push")["body"]["data"][0])]


def test_the_signature_covers_the_exact_bytes_sent(
    admin: httpx.Client, receiver: Receiver, gameball: httpx.Client
) -> None:
    # Compact UTF-8 JSON: what JSON.stringify makes of the parsed body, so a receiver that
    # re-serialises (Gameball's sample code) computes the same digest.
    register(admin, "gameball", receiver.url)
    created = gameball.post(
        "/customers",
        json={"customerId": "zoë", "email": "zoë@example.com", "customerAttributes": {"displayName": "Zoë"}},
    )
    assert created.status_code == 200, created.text
    (delivery,) = receiver.wait_for(1)
    parsed = delivery.json()
    assert parsed["event"] == "customer.profile.updated" and parsed["customer_id"] == "zoë"
    assert delivery.body == json.dumps(parsed, separators=(",", ":"), ensure_ascii=False).encode()
    assert delivery.headers["x-gb-signature"] == documented_signature(delivery.body)
    assert delivery.headers["x-gb-signature"] != hashlib.sha1(delivery.body + b":wrong-key").hexdigest()


def test_a_500_is_retried_until_the_receiver_answers_2xx(
    admin: httpx.Client, receiver: Receiver, gameball: httpx.Client
) -> None:
    endpoint = register(admin, "gameball", receiver.url)
    receiver.answers.extend([500, 503])
    assert gameball.post("/customers", json={"customerId": ANA, "email": ANA}).status_code == 200
    got = receiver.wait_for(3)
    assert [r.status for r in got] == [500, 503, 200]
    assert len({r.body for r in got}) == 1  # the same event, byte for byte, signed alike
    assert len({r.headers["x-gb-signature"] for r in got}) == 1
    (logged,) = settled(admin, 1)
    assert logged["state"] == "delivered" and logged["next_retry_at"] is None
    assert logged["event"] == "customer.profile.updated" and logged["customer_id"] == ANA
    assert logged["endpoint_id"] == endpoint["id"] and logged["url"] == receiver.url
    assert [a["status"] for a in logged["attempts"]] == [500, 503, 200]
    assert all(a["error"] is None and a["at"].endswith("Z") for a in logged["attempts"])
    assert "body" not in logged  # it holds the customer's e-mail and phone


def test_retries_stop_after_the_schedule_and_the_event_is_discarded(
    admin: httpx.Client, receiver: Receiver, gameball: httpx.Client
) -> None:
    register(admin, "gameball", receiver.url)
    receiver.answers.extend([500] * 10)
    assert gameball.post("/customers", json={"customerId": ANA}).status_code == 200
    (logged,) = settled(admin, 1)
    # The first attempt and one retry per configured delay (Gameball's three), then no more.
    assert logged["state"] == "failed" and logged["next_retry_at"] is None
    assert [a["status"] for a in logged["attempts"]] == [500, 500, 500, 500]
    time.sleep(0.2)
    assert len(receiver.received) == 4


def test_a_pending_retry_shows_when_it_is_due(receiver: Receiver) -> None:
    config = SandboxConfig(
        credentials=CREDENTIALS, webhook_retry_delays=(3600,), webhooks=(("gameball", receiver.url),)
    )
    receiver.answers.append(500)
    with (
        start_in_thread(config) as running,
        client(base_url=running.gameball_base_url, headers=gameball_headers()) as gb,
    ):
        assert gb.post("/customers", json={"customerId": ANA}).status_code == 200
        receiver.wait_for(1)
        with client(base_url=running.admin_url) as admin:
            deadline = time.monotonic() + 5
            while not (log := deliveries(admin))[0]["attempts"]:
                assert time.monotonic() < deadline
                time.sleep(0.02)
        (logged,) = log
        assert logged["state"] == "pending" and [a["status"] for a in logged["attempts"]] == [500]
        assert logged["next_retry_at"] > logged["attempts"][0]["at"]
        started = time.monotonic()
    # Stopping does not wait for the retry an hour away, nor for close()'s 5 s join to give up.
    assert time.monotonic() - started < 4


def test_a_receiver_that_is_down_is_a_failed_attempt(admin: httpx.Client, gameball: httpx.Client) -> None:
    with socket_closed_port() as url:
        register(admin, "gameball", url)
        assert gameball.post("/customers", json={"customerId": ANA}).status_code == 200
        (logged,) = settled(admin, 1)
    assert logged["state"] == "failed"
    assert [(a["status"], a["error"]) for a in logged["attempts"]] == [(None, "ConnectError")] * 4


def test_a_bonifiq_subscription_that_fails_five_times_in_a_row_is_disabled(
    admin: httpx.Client, bonifiq: httpx.Client, gameball: httpx.Client
) -> None:
    with socket_closed_port() as url:
        endpoint = register(admin, "bonifiq", url)
        gameball_endpoint = register(admin, "gameball", url)

        def change(key: str) -> None:
            change = {"ChangeKey": key, "Points": 10, "Reason": "webhook test"}
            assert bonifiq.post(f"/Customer/{ANA}/points", json=change).status_code == 200

        def listed() -> dict[int, bool]:
            return {e["id"]: e["active"] for e in admin.get("/webhooks").json()["endpoints"]}

        change("WH-D1")  # four failed attempts: the first and three retries
        assert [d["state"] for d in settled(admin, 1)] == ["failed"]
        assert listed()[endpoint["id"]] is True
        change("WH-D2")  # the fifth failure in a row disables the subscription
        _wait(lambda: listed()[endpoint["id"]] is False)
        log = settled(admin, 2)
        assert [(d["state"], len(d["attempts"])) for d in log] == [("failed", 4), ("cancelled", 1)]
        change("WH-D3")
        time.sleep(0.1)
        assert len(deliveries(admin, vendor="bonifiq")) == 2  # nothing for a disabled subscription
        # Gameball documents no such rule: its endpoint keeps its events coming.
        for customer in ("g1", "g2"):
            assert gameball.post("/customers", json={"customerId": customer}).status_code == 200
        _wait(lambda: [d["state"] for d in deliveries(admin, vendor="gameball")] == ["failed", "failed"])
        assert listed()[gameball_endpoint["id"]] is True
        resumed = admin.post(f"/webhooks/{endpoint['id']}", json={"active": True})
        assert resumed.json()["endpoint"]["active"] is True
        change("WH-D4")
        assert len(deliveries(admin, vendor="bonifiq")) == 3
    assert admin.post("/webhooks/999999", json={"active": True}).status_code == 404
    assert admin.post(f"/webhooks/{endpoint['id']}", json={"active": "yes"}).json()["field"] == "active"


class socket_closed_port:
    """A loopback URL nothing listens on."""

    def __enter__(self) -> str:
        import socket

        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
        return f"http://127.0.0.1:{port}/hooks"

    def __exit__(self, *exc: object) -> None:
        pass


def test_sales_never_wait_for_the_receiver(admin: httpx.Client, receiver: Receiver, gameball: httpx.Client) -> None:
    register(admin, "gameball", receiver.url)
    receiver.gate.clear()  # the receiver takes the calls and answers none for 10 s
    gameball_sale_with_refund(gameball)  # a call that waited for it would time out (3 s)
    assert receiver.received == []
    receiver.gate.set()
    assert len(receiver.wait_for(4)) == 4


def test_a_bonifiq_sale_sends_points_and_purchase_topics_with_the_custom_headers(
    admin: httpx.Client, receiver: Receiver, bonifiq: httpx.Client
) -> None:
    register(admin, "bonifiq", receiver.url, headers={"X-Webhook-Token": "s3cret-token"})
    redeemed = bonifiq.post(
        "/POS/rewards/1/redeem", json={"CustomerId": ANA, "OriginalKey": "WH-K1", "RedeemOrigin": 5}
    )
    code = redeemed.json()["Result"]["ExternalCode"]
    order = {
        "OriginalId": "WH-ORDER-1", "OrderTotal": 119.90, "IsCompleted": True, "IsCancelledOrReturned": False,
        "Coupon": code, "Customer": {"OriginalId": ANA, "Name": "Ana", "IsEnrolled": True},
    }  # fmt: skip
    assert bonifiq.post("/POS/orders", json=order).status_code == 200
    assert bonifiq.post("/POS/orders/WH-ORDER-1/cancel", json={}).status_code == 200
    got = receiver.wait_for(3)
    bodies = [r.json() for r in got]
    assert [(b["Topic"], b.get("TopicName")) for b in bodies] == [
        ("Points_Removed", None),
        (3, "Communication_EarnPurchasePoints"),
        ("Points_Added", None),
    ]
    assert [b["Payload"].get("Points") for b in bodies] == [100, None, 100]
    assert bodies[1]["Payload"]["EarnedPoints"] == 119  # the order's EstimatedBonus
    assert [b["Payload"]["Customer"]["PointsBalance"] for b in bodies] == [1400, 1400, 1500]
    for delivery in got:
        assert delivery.headers["x-webhook-token"] == "s3cret-token"
        assert "x-gb-signature" not in delivery.headers
    assert len({b["Uuid"] for b in bodies}) == 3
    documented = sample("bonifiq_earn_purchase_points")
    assert list(bodies[1]) == list(documented["body"])
    assert list(bodies[1]["Payload"]) == list(documented["body"]["Payload"])
    assert list(bodies[1]["Payload"]["Customer"]) == documented["customer_fields"]
    assert bodies[1]["Timestamp"].endswith("Z")


def test_a_bonifiq_retry_keeps_the_events_uuid(admin: httpx.Client, receiver: Receiver, bonifiq: httpx.Client) -> None:
    register(admin, "bonifiq", receiver.url)
    receiver.answers.append(500)
    change = {"ChangeKey": "WH-CK-1", "Points": 10, "Reason": "webhook test"}
    assert bonifiq.post(f"/Customer/{ANA}/points", json=change).status_code == 200, "points change"
    first, second = receiver.wait_for(2)
    assert first.status == 500 and second.status == 200
    assert first.body == second.body and first.json()["Topic"] == "Points_Added"


def test_events_go_to_every_endpoint_of_their_vendor_only(
    admin: httpx.Client, receiver: Receiver, gameball: httpx.Client
) -> None:
    other = Receiver()
    try:
        register(admin, "gameball", receiver.url)
        register(admin, "gameball", other.url)
        register(admin, "bonifiq", receiver.url.replace("/hooks", "/bonifiq"))
        assert gameball.post("/customers", json={"customerId": ANA}).status_code == 200
        assert receiver.wait_for(1)[0].body == other.wait_for(1)[0].body
        time.sleep(0.1)
        assert len(receiver.received) == 1  # no BonifiQ event for a Gameball customer
        assert {d["endpoint_id"] for d in deliveries(admin, vendor="gameball")} == {
            e["id"] for e in admin.get("/webhooks").json()["endpoints"] if e["vendor"] == "gameball"
        }
    finally:
        other.close()


def test_a_bug_in_making_events_never_undoes_the_sale(
    admin: httpx.Client, receiver: Receiver, gameball: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from loyaltykit.sandbox import _webhooks

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise TypeError("a bug")

    monkeypatch.setattr(_webhooks, "events_of", broken)
    register(admin, "gameball", receiver.url)
    created = gameball.post("/customers", json={"customerId": "kept"})
    assert created.status_code == 200
    assert gameball.get("/customers/kept").status_code == 200
    assert deliveries(admin) == []


def test_a_removed_endpoint_gets_nothing_more(admin: httpx.Client, receiver: Receiver, gameball: httpx.Client) -> None:
    endpoint = register(admin, "gameball", receiver.url)
    assert admin.delete(f"/webhooks/{endpoint['id']}").json() == {"removed": endpoint["id"]}
    assert admin.delete(f"/webhooks/{endpoint['id']}").status_code == 404
    assert admin.get("/webhooks").json() == {"endpoints": []}
    assert gameball.post("/customers", json={"customerId": ANA}).status_code == 200
    time.sleep(0.2)
    assert receiver.received == []


def test_nothing_is_collected_while_no_endpoint_listens(admin: httpx.Client, sandbox: RunningSandbox) -> None:
    store = sandbox.runtime.store
    assert store.on_commit is None
    endpoint = register(admin, "gameball", "http://127.0.0.1:9/hooks")
    assert store.on_commit is not None
    admin.delete(f"/webhooks/{endpoint['id']}").raise_for_status()
    assert store.on_commit is None


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"vendor": "gameball", "url": "ftp://example.com/x"}, "url"),
        ({"vendor": "gameball", "url": "http:///nohost"}, "url"),
        ({"vendor": "stripe", "url": "http://127.0.0.1:9/x"}, "vendor"),
        ({"vendor": "gameball"}, "url"),
        ({"vendor": "gameball", "url": "http://127.0.0.1:9/x", "headers": {"X-Token": "t"}}, "headers"),
        ({"vendor": "bonifiq", "url": "http://127.0.0.1:9/x", "headers": {"Content-Type": "text/plain"}}, "headers"),
        ({"vendor": "bonifiq", "url": "http://127.0.0.1:9/x", "headers": {"X-Token": "a\r\nb"}}, "headers"),
        ({"vendor": "bonifiq", "url": "http://127.0.0.1:9/x", "secret": "x"}, "secret"),
    ],
)
def test_a_bad_registration_is_refused_naming_the_field(admin: httpx.Client, body: dict[str, Any], field: str) -> None:
    response = admin.post("/webhooks", json=body)
    assert response.status_code == 400 and response.json()["field"] == field
    assert admin.get("/webhooks").json() == {"endpoints": []}


def test_a_web_page_cannot_register_an_endpoint(admin: httpx.Client) -> None:
    # An endpoint receives customers' e-mails and phones: only the developer's tools may add one.
    registration = {"vendor": "gameball", "url": "http://attacker.example/collect"}
    assert admin.post("/webhooks", json=registration, headers={"Origin": "http://attacker.example"}).status_code == 403
    assert admin.post("/webhooks", json=registration, headers={"Host": "attacker.example"}).status_code == 403
    as_text = admin.post("/webhooks", content=json.dumps(registration), headers={"Content-Type": "text/plain"})
    assert as_text.status_code == 415
    assert admin.get("/webhooks").json() == {"endpoints": []}


def test_the_endpoint_list_shows_header_names_never_their_values(
    admin: httpx.Client, sandbox: RunningSandbox, bonifiq: httpx.Client
) -> None:
    register(admin, "bonifiq", "http://127.0.0.1:9/x", headers={"X-Token": "s3cret-token"})
    listed = admin.get("/webhooks")
    assert "s3cret-token" not in listed.text
    assert listed.json()["endpoints"][0]["headers"] == ["X-Token"]
    change = {"ChangeKey": "WH-R1", "Points": 10, "Reason": "webhook test"}
    assert bonifiq.post(f"/Customer/{ANA}/points", json=change).status_code == 200
    webhooks = sandbox.runtime.webhooks
    _wait(lambda: bool(webhooks._log))
    shown = repr(webhooks.endpoints()) + repr(list(webhooks._log))
    assert "s3cret-token" not in shown and ANA not in shown and "Points_Added" in shown


def test_endpoints_survive_a_restart_on_a_database_file(tmp_path: Path) -> None:
    config = SandboxConfig(
        db=str(tmp_path / "sandbox.db"), credentials=CREDENTIALS, webhooks=(("gameball", "http://127.0.0.1:9/a"),)
    )
    with start_in_thread(config) as first, client(base_url=first.admin_url) as admin:
        register(admin, "bonifiq", "http://127.0.0.1:9/b", headers={"X-Token": "t"})
    with start_in_thread(config) as second, client(base_url=second.admin_url) as admin:
        listed = admin.get("/webhooks").json()["endpoints"]
    # The --webhook one is not registered a second time; the admin one is kept, headers too.
    assert [(e["vendor"], e["url"], e["headers"]) for e in listed] == [
        ("gameball", "http://127.0.0.1:9/a", []),
        ("bonifiq", "http://127.0.0.1:9/b", ["X-Token"]),
    ]


def _start_cli(db: Path, *options: str) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BONIFIQ_", "GAMEBALL_"))}
    command = [sys.executable, "-m", "loyaltykit.sandbox", "--port", str(port), "--db", str(db), "--log-level",
               "warning", *options]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/_sandbox/health").status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise AssertionError("the sandbox did not start")


def _wait(condition: Callable[[], bool], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline
        time.sleep(0.02)


def test_a_delivery_cut_short_by_a_sigkill_is_sent_after_the_restart(tmp_path: Path, receiver: Receiver) -> None:
    db = tmp_path / "sandbox.db"
    options = ("--webhook", f"gameball={receiver.url}", "--webhook-retry-delays", "0.05")
    process, base = _start_cli(db, *options)
    try:
        with short_client(base_url=f"{base}{G}", headers=gameball_headers()) as gameball:
            assert gameball.post("/customers", json={"customerId": "before"}).status_code == 200
            receiver.wait_for(1)
            _wait(lambda: deliveries_at(base)[0]["state"] == "delivered")
            receiver.gate.clear()  # the next delivery reaches the receiver, which never answers
            assert gameball.post("/customers", json={"customerId": "during"}).status_code == 200
            _wait(lambda: receiver.calls == 2)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    receiver.gate.set()
    # Restarted in this process (quicker than a second one), as --webhook would: no new endpoint.
    config = SandboxConfig(
        db=str(db), credentials=CREDENTIALS, webhook_retry_delays=(0.05,), webhooks=(("gameball", receiver.url),)
    )
    with start_in_thread(config) as restarted:
        base = restarted.base_url
        got = receiver.wait_for(3)
        _wait(lambda: [d["state"] for d in deliveries_at(base)] == ["delivered", "delivered"])
        log = deliveries_at(base)
        endpoints = httpx.get(f"{base}/_sandbox/webhooks").json()["endpoints"]
    # The cut delivery comes again, the same bytes; the delivered one does not.
    assert [json.loads(r.body)["customer_id"] for r in got] == ["before", "during", "during"]
    assert got[1].body == got[2].body
    time.sleep(0.1)
    assert len(receiver.received) == 3
    assert [len(d["attempts"]) for d in log] == [1, 1]  # the attempt the kill cut left no trace
    assert len(endpoints) == 1  # --webhook again did not register it twice


def deliveries_at(base: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = httpx.get(f"{base}/_sandbox/webhooks/deliveries").json()["deliveries"]
    return found


def test_one_transaction_makes_one_gameball_profile_update_with_its_final_balance() -> None:
    customer = Customer(7, "gameball", ANA, "Ana", ANA, None, None, True, False, None, 1500, Decimal(0), WHEN, False)
    changes = [
        Change("ledger", dataclasses.replace(customer, points=1400), WHEN, points=-100, cause="hold_expiry"),
        Change("ledger", dataclasses.replace(customer, points=1490), WHEN, points=90, cause="order_earn"),
        Change("ledger", dataclasses.replace(customer, points=1490), WHEN, points=0, cause="hold_consumed"),
    ]
    events = events_of(changes, gameball_client_id="sandbox", vendors=frozenset({"gameball"}))
    assert (events[0].name, json.loads(events[0].body)["data"]) == (
        "customer.profile.updated",
        {"email": ANA, "mobile_number": None, "tier_name": None, "tier_order": None, "referral_code": "SBX7",
         "referral_link": "https://example.com/r/SBX7", "activated_points": 1490, "pending_points": 0,
         "total_points": 1490},
    )  # fmt: skip
    assert [e.name for e in events] == ["customer.profile.updated", "customer.notification.push"]
    assert events_of(changes, gameball_client_id="sandbox", vendors=frozenset({"bonifiq"})) == []


def test_the_webhook_option_takes_vendor_equals_url() -> None:
    assert build_parser().parse_args(["--webhook-retry-delays", "0.05,1,30"]).webhook_retry_delays == (0.05, 1, 30)
    for wrong in ("soon", "-1", "1,,2", "90000"):
        with pytest.raises(SystemExit):
            build_parser().parse_args(["--webhook-retry-delays", wrong])
    args = build_parser().parse_args(
        ["--webhook", "gameball=http://127.0.0.1:9000/hooks", "--webhook", "bonifiq=https://x.test/"]
    )
    assert args.webhook == [("gameball", "http://127.0.0.1:9000/hooks"), ("bonifiq", "https://x.test/")]
    for wrong in ("http://127.0.0.1:9000/hooks", "stripe=http://x.test/", "gameball=not-a-url"):
        with pytest.raises(SystemExit):
            build_parser().parse_args(["--webhook", wrong])

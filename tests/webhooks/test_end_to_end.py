"""End to end: the sandbox sells (with a refund) and sends its webhooks over real HTTP to the
ASGI receiver on a real port, which verifies them and hands each event to its handler exactly
once, also when the sandbox redelivers after the handler failed (a 500)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("starlette")
uvicorn = pytest.importorskip("uvicorn")

from loyaltykit import Gameball  # noqa: E402
from loyaltykit.sandbox import Credentials, RunningSandbox, SandboxConfig, start_in_thread  # noqa: E402
from loyaltykit.webhooks import SQLiteDeduplicator, WebhookEvent, WebhookReceiver  # noqa: E402
from loyaltykit.webhooks.asgi import create_app  # noqa: E402

ANA = "ana@example.com"
FAST = (0.05, 0.05, 0.05)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Recording:
    """ASGI middleware keeping each request's raw body and headers, as they came over the wire."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.requests: list[tuple[bytes, list[tuple[bytes, bytes]]]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        self.requests.append((body, list(scope["headers"])))
        delivered = False

        async def replay() -> dict[str, Any]:
            nonlocal delivered
            if delivered:
                return {"type": "http.disconnect"}
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


class Handled:
    """What the user's handler saw; it fails once, on the first event of ``fail_first``'s type."""

    def __init__(self, fail_first: str) -> None:
        self.events: list[WebhookEvent] = []
        self.failures = 0
        self.fail_first = fail_first
        self.lock = threading.Lock()

    def __call__(self, event: WebhookEvent) -> None:
        with self.lock:
            if event.type == self.fail_first and self.failures == 0:
                self.failures += 1
                raise RuntimeError("the CRM is down")
            self.events.append(event)


@pytest.fixture
def receiver_url(tmp_path: Path) -> Iterator[tuple[str, Handled, Recording]]:
    handled = Handled(fail_first="customer.profile.updated")
    receiver = WebhookReceiver.gameball(
        Credentials().gameball_secret_key, deduplicator=SQLiteDeduplicator(str(tmp_path / "webhooks.db"))
    )
    receiver.on(None)(handled)
    port = free_port()
    app = Recording(create_app(receiver))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the receiver did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}/", handled, app
    finally:
        server.should_exit = True
        thread.join(10)
        receiver.close()


def settled(sandbox: RunningSandbox) -> list[dict[str, Any]]:
    """The delivery log once nothing is pending."""
    deadline = time.monotonic() + 20
    while True:
        log: list[dict[str, Any]] = httpx.get(sandbox.admin_url + "/webhooks/deliveries", timeout=5).json()[
            "deliveries"
        ]
        if log and all(entry["state"] != "pending" for entry in log):
            return log
        assert time.monotonic() < deadline, f"deliveries still pending: {log}"
        time.sleep(0.05)


def test_a_sale_with_a_refund_reaches_the_receiver_verified_and_each_event_is_handled_once(
    receiver_url: tuple[str, Handled, Recording],
) -> None:
    url, handled, _ = receiver_url
    config = SandboxConfig(credentials=Credentials(), webhooks=(("gameball", url),), webhook_retry_delays=FAST)
    with start_in_thread(config) as sandbox:
        credentials = sandbox.credentials
        with Gameball(credentials.gameball_api_key, credentials.gameball_secret_key, base_url=sandbox.base_url) as gb:
            with gb.pos.checkout(ANA, "e2e-1", Decimal("80.00")) as sale:
                offer = sale.rewards()
                assert offer.cashback_reward is not None
                sale.redeem(offer.cashback_reward, cashback=Decimal("5.00"))
                sale.complete(total=Decimal("75.00"))
            gb.pos.refund(ANA, "e2e-1", Decimal("20.00"), refund_id="RET-1")
        log = settled(sandbox)

    assert all(entry["state"] == "delivered" for entry in log), log
    # The handler failed once: that delivery was answered 500 and delivered again, ...
    retried = [entry for entry in log if len(entry["attempts"]) > 1]
    assert len(retried) == 1 and retried[0]["attempts"][0]["status"] == 500
    assert handled.failures == 1
    # ... and every event the sandbox delivered was handled exactly once, in its own type.
    assert len(handled.events) == len(log)
    assert len({event.dedupe_key for event in handled.events}) == len(log)
    assert [event.type for event in handled.events].count("customer.profile.updated") >= 3  # redeem, order, refund
    assert all(event.customer_id == ANA for event in handled.events)


def test_a_redelivery_of_a_handled_event_is_not_handled_again(receiver_url: tuple[str, Handled, Recording]) -> None:
    url, handled, recording = receiver_url
    handled.fail_first = "none"
    config = SandboxConfig(credentials=Credentials(), webhooks=(("gameball", url),), webhook_retry_delays=FAST)
    with start_in_thread(config) as sandbox:
        credentials = sandbox.credentials
        gb = Gameball(credentials.gameball_api_key, credentials.gameball_secret_key, base_url=sandbox.base_url)
        with gb, gb.pos.checkout(ANA, "e2e-2", Decimal("30.00")) as sale:
            sale.complete(total=Decimal("30.00"))
        settled(sandbox)
    first = list(handled.events)
    assert first
    # The same signed bytes again, as a vendor retrying after a lost 200 would send them.
    body, raw_headers = recording.requests[0]
    headers = {name.decode(): value.decode() for name, value in raw_headers if name.lower() != b"content-length"}
    answer = httpx.post(url, content=body, headers=headers, timeout=5)
    assert answer.status_code == 200
    assert handled.events == first
    # A tampered copy (another customer) is refused and handled by nobody.
    assert b"ana@" in body
    tampered = httpx.post(url, content=body.replace(b"ana@", b"eve@"), headers=headers, timeout=5)
    assert tampered.status_code == 401
    assert handled.events == first

"""``WebhookReceiver`` and its ASGI app: verify, de-duplicate, hand each event to its handler once."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():
    # This starlette prefers the httpx2 package for its TestClient; httpx still works.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from loyaltykit.errors import InvalidArgumentError
from loyaltykit.webhooks import SQLiteDeduplicator, WebhookEvent, WebhookReceiver, bonifiq, gameball
from loyaltykit.webhooks.asgi import create_app

from .conftest import SECRET, compact, payload

PROFILE = compact(payload("gameball", "customer.profile.updated"))
NOTIFICATION = compact(payload("gameball", "customer.notification.push"))


def signed(body: bytes, key: str = SECRET) -> dict[str, str]:
    return {"X-GB-Signature": hashlib.sha1(body + b":" + key.encode()).hexdigest(), "X-GB-Webhook-Version": "v4"}


class Flaky:
    """A handler that fails its first ``failures`` calls, and records every event it completes."""

    def __init__(self, failures: int = 0) -> None:
        self.failures = failures
        self.calls = 0
        self.handled: list[WebhookEvent] = []

    def __call__(self, event: WebhookEvent) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise RuntimeError(f"database down while handling {event.customer_id} with {SECRET}")
        self.handled.append(event)


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver.gameball(SECRET)
    yield receiver
    receiver.close()


@pytest.fixture
def client(receiver: WebhookReceiver) -> Iterator[TestClient]:
    with TestClient(create_app(receiver, path="/webhooks/gameball"), raise_server_exceptions=False) as client:
        yield client


def post(client: TestClient, body: bytes, headers: dict[str, str]) -> Any:
    return client.post("/webhooks/gameball", content=body, headers=headers)


# The ASGI app


def test_handled_once_then_acknowledged_as_duplicate(receiver: WebhookReceiver, client: TestClient) -> None:
    handler = Flaky()
    receiver.on(gameball.PROFILE_UPDATED)(handler)
    first = post(client, PROFILE, signed(PROFILE))
    assert (first.status_code, first.json()) == (200, {"status": "handled"})
    again = post(client, PROFILE, signed(PROFILE))
    assert (again.status_code, again.json()) == (200, {"status": "duplicate"})
    assert len(handler.handled) == 1
    assert isinstance(handler.handled[0], gameball.ProfileUpdatedEvent)


def test_bad_signature_is_401_and_bad_body_400(receiver: WebhookReceiver, client: TestClient) -> None:
    handler = Flaky()
    receiver.on()(handler)
    response = post(client, PROFILE, signed(PROFILE, "wrong"))
    assert response.status_code == 401 and SECRET not in response.text
    assert post(client, PROFILE, {}).status_code == 401
    garbage = b"[1]"
    assert post(client, garbage, signed(garbage)).status_code == 400
    assert handler.calls == 0


def test_handler_error_is_500_then_the_redelivery_is_handled_exactly_once(
    receiver: WebhookReceiver, client: TestClient
) -> None:
    handler = Flaky(failures=1)
    receiver.on(gameball.PROFILE_UPDATED)(handler)
    failed = post(client, PROFILE, signed(PROFILE))
    assert failed.status_code == 500
    assert "Traceback" not in failed.text and "RuntimeError" not in failed.text and SECRET not in failed.text
    assert "webhook-test" not in failed.text
    redelivered = post(client, PROFILE, signed(PROFILE))
    assert (redelivered.status_code, redelivered.json()) == (200, {"status": "handled"})
    assert post(client, PROFILE, signed(PROFILE)).json() == {"status": "duplicate"}
    assert handler.calls == 2 and len(handler.handled) == 1


def test_handlers_by_type_fallback_and_ignored(receiver: WebhookReceiver, client: TestClient) -> None:
    profiles, rest = Flaky(), Flaky()
    receiver.on(gameball.PROFILE_UPDATED)(profiles)
    assert post(client, NOTIFICATION, signed(NOTIFICATION)).json() == {"status": "ignored"}
    receiver.on()(rest)
    assert post(client, NOTIFICATION, signed(NOTIFICATION)).json() == {"status": "handled"}
    assert post(client, PROFILE, signed(PROFILE)).json() == {"status": "handled"}
    assert [e.type for e in rest.handled] == [gameball.NOTIFICATION_PUSH]
    assert [e.type for e in profiles.handled] == [gameball.PROFILE_UPDATED]


def test_async_handler_and_only_post(receiver: WebhookReceiver, client: TestClient) -> None:
    seen: list[str] = []

    @receiver.on(gameball.PROFILE_UPDATED)
    async def handler(event: WebhookEvent) -> None:
        seen.append(event.type)

    assert post(client, PROFILE, signed(PROFILE)).status_code == 200
    assert seen == [gameball.PROFILE_UPDATED]
    assert client.get("/webhooks/gameball").status_code == 405


def test_bonifiq_receiver_over_asgi(tmp_path: Path) -> None:
    body = compact(payload("bonifiq", "Communication_EarnBirthdayPoints"))
    receiver = WebhookReceiver.bonifiq({"X-Token": "t0k3n"}, deduplicator=SQLiteDeduplicator(tmp_path / "w.db"))
    handler = Flaky()
    receiver.on(bonifiq.EARN_BIRTHDAY_POINTS)(handler)
    with TestClient(create_app(receiver)) as client:
        assert client.post("/", content=body, headers={"X-Token": "nope"}).status_code == 401
        assert client.post("/", content=body, headers={"X-Token": "t0k3n"}).json() == {"status": "handled"}
        assert client.post("/", content=body, headers={"x-token": "t0k3n"}).json() == {"status": "duplicate"}
    receiver.close()
    assert len(handler.handled) == 1


def test_restart_on_the_same_file_remembers(tmp_path: Path) -> None:
    handler = Flaky()
    for _ in range(2):
        receiver = WebhookReceiver.gameball(SECRET, deduplicator=SQLiteDeduplicator(tmp_path / "w.db"))
        receiver.on()(handler)
        receiver.receive(PROFILE, signed(PROFILE))
        receiver.close()
    assert len(handler.handled) == 1


# The framework-free core


def test_sync_receive_and_response_content(receiver: WebhookReceiver) -> None:
    handler = Flaky(failures=1)
    receiver.on()(handler)
    failed = receiver.receive(PROFILE, signed(PROFILE))
    assert failed.status == 500 and json.loads(failed.content) == {"error": failed.body["error"]}
    assert receiver.receive(PROFILE, signed(PROFILE)).status == 200
    assert receiver.receive(PROFILE, signed(PROFILE)).body == {"status": "duplicate"}


def test_sync_receive_refuses_an_async_handler_without_marking_it_seen(receiver: WebhookReceiver) -> None:
    @receiver.on()
    async def handler(event: WebhookEvent) -> None:
        pass

    assert receiver.receive(PROFILE, signed(PROFILE)).status == 500
    receiver.on()(Flaky())
    assert receiver.receive(PROFILE, signed(PROFILE)).status == 200


def test_bad_configuration_is_refused_at_once() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        WebhookReceiver.gameball([])
    assert caught.value.field == "secret_keys"
    with pytest.raises(InvalidArgumentError) as caught:
        WebhookReceiver.bonifiq({})
    assert caught.value.field == "required_headers"
    with pytest.raises(InvalidArgumentError) as caught:
        WebhookReceiver(lambda body, headers: None, deduplicator=object())  # type: ignore[arg-type,return-value]
    assert caught.value.field == "deduplicator"


def test_core_imports_no_web_framework() -> None:
    code = (
        "import sys, loyaltykit.webhooks, loyaltykit.webhooks.gameball, loyaltykit.webhooks.bonifiq;"
        "from loyaltykit.webhooks import WebhookReceiver;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('starlette', 'fastapi', 'flask', 'django', 'anyio')];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    result = subprocess.run(
        [sys.executable, "-c", "import sys, loyaltykit; print('loyaltykit.webhooks' in sys.modules)"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip() == "False"


def test_headers_with_items_but_no_mapping(receiver: WebhookReceiver) -> None:
    class EnvironHeaders:  # as werkzeug's (Flask): items(), but no collections.abc.Mapping
        def __init__(self, pairs: dict[str, str]) -> None:
            self.pairs = pairs

        def items(self) -> Any:
            return self.pairs.items()

    receiver.on()(Flaky())
    assert receiver.receive(PROFILE, EnvironHeaders(signed(PROFILE))).status == 200  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError) as caught:
        receiver.receive(PROFILE, None)  # type: ignore[arg-type]
    assert caught.value.field == "headers"


def test_the_readmes_receiver_example(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme.split("\n## Webhooks\n", 1)[1].split("\n## ", 1)[0]
    example = section.split("```python\n", 1)[1].split("```", 1)[0]

    monkeypatch.chdir(tmp_path)  # the example's webhooks.db
    monkeypatch.setenv("GAMEBALL_SECRET_KEY", SECRET)
    scope: dict[str, Any] = {}
    exec(compile(example, "README.md", "exec"), scope)
    scope["profiles"]["webhook-test"] = gameball.Profile(tier_order=0)  # what the CRM knew
    with TestClient(scope["app"]) as client:
        assert client.post("/", content=PROFILE, headers=signed(PROFILE)).json() == {"status": "handled"}
        assert client.post("/", content=PROFILE, headers=signed(PROFILE)).json() == {"status": "duplicate"}
    scope["receiver"].close()
    stored = scope["profiles"]["webhook-test"]
    assert (stored.total_points, stored.tier_order) == (100, 1)
    assert "webhook-test moved to" in capsys.readouterr().out  # the tier change, once


async def test_a_cancelled_handler_leaves_the_event_unseen(receiver: WebhookReceiver) -> None:
    import asyncio

    calls: list[str] = []

    @receiver.on()
    async def handler(event: WebhookEvent) -> None:
        calls.append(event.type)
        if len(calls) == 1:
            raise asyncio.CancelledError  # the request was cancelled mid-handler

    with pytest.raises(asyncio.CancelledError):
        await receiver.receive_async(PROFILE, signed(PROFILE))
    assert (await receiver.receive_async(PROFILE, signed(PROFILE))).body == {"status": "handled"}
    assert len(calls) == 2

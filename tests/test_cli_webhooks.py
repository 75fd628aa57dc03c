"""``loyaltykit webhooks listen``: forwarding (the function, then the command on a real sandbox)."""

from __future__ import annotations

import hashlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from sandbox.test_webhooks import Receiver

from loyaltykit.cli._webhooks import BAD_GATEWAY, Forwarded, Listener, forward, redact_event
from loyaltykit.sandbox import Credentials, RunningSandbox, SandboxConfig, start_in_thread

CREDENTIALS = Credentials()
ANA = "ana@example.com"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    found = Receiver()
    yield found
    found.close()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with start_in_thread(SandboxConfig(credentials=CREDENTIALS, webhook_retry_delays=(0.05,))) as running:
        yield running


def test_forward_sends_the_same_bytes_and_headers(receiver: Receiver) -> None:
    body = '{"event":"customer.profile.updated","data":{"email":"zoë@example.com"}}'.encode()
    headers = {
        "Content-Type": "application/json",
        "X-GB-Signature": "3fcb4a3b2d96e6f8363d3b5594290111d02139df",
        "X-GB-Webhook-Version": "v4",
        "X-Webhook-Token": "s3cret",
        "Host": "127.0.0.1:1",  # the sandbox's connection to the listener, not the event
        "Content-Length": "999",
    }
    receiver.answers.append(500)
    with httpx.Client() as client:
        result = forward(client, receiver.url, body, headers)
    assert result == Forwarded(500) and not result.ok
    (got,) = receiver.wait_for(1)
    assert got.body == body
    assert {name: got.headers[name.lower()] for name in list(headers)[:4]} == dict(list(headers.items())[:4])
    assert got.headers["host"] != "127.0.0.1:1" and got.headers["content-length"] == str(len(body))


def test_forward_to_an_app_that_is_down_says_how_it_failed() -> None:
    with httpx.Client() as client:
        result = forward(client, "http://127.0.0.1:9/hooks", b"{}", {})
    assert result == Forwarded(None, "ConnectError") and result.shown() == "failed (ConnectError)"


def test_the_screen_never_shows_names_emails_phones_or_documents() -> None:
    event = {
        "Payload": {
            "EarnedPoints": 10,
            "Customer": {"Email": "ana@example.com", "Name": "Ana Souza", "Phone": "11987198778",
                         "Document": "123.456.789-09", "Id": "ana@example.com", "PointsBalance": 1500},
        },
        "data": {"mobile_number": "+20 100 123 4567", "total_points": 100, "tier_name": "basic"},
    }  # fmt: skip
    shown = json.dumps(redact_event(event))
    for personal in ("ana@example.com", "Ana Souza", "11987198778", "123.456.789-09", "+20 100 123 4567"):
        assert personal not in shown
    assert redact_event(event)["Payload"]["Customer"]["PointsBalance"] == 1500
    assert redact_event(event)["data"]["tier_name"] == "basic"


def test_the_listener_relays_the_apps_status_to_the_sandbox(receiver: Receiver, sandbox: RunningSandbox) -> None:
    lines: list[str] = []
    listener = Listener(sandbox.base_url, receiver.url, ("bonifiq",), lines.append)
    try:
        body = b'{"Topic":"Points_Added","Payload":{"Customer":{"Email":"ana@example.com","Name":"Ana"}}}'
        receiver.answers.append(500)
        assert listener.handle("bonifiq", body, {"X-Token": "t"}) == 500  # so the sandbox retries
        assert listener.handle("bonifiq", body, {"X-Token": "t"}) == 200
        assert [r.body for r in receiver.wait_for(2)] == [body, body]
        assert "Points_Added  -> 500" in lines[0] and "Points_Added  -> 200" in lines[1]
        assert not any("ana@example.com" in line or '"Ana"' in line for line in lines)
        listener.forward_to = "http://127.0.0.1:9/hooks"
        assert listener.handle("bonifiq", body, {}) == BAD_GATEWAY
    finally:
        listener.close()


def test_the_listener_has_the_sandbox_send_bonifiqs_custom_headers(receiver: Receiver, sandbox: RunningSandbox) -> None:
    lines: list[str] = []
    listener = Listener(sandbox.base_url, receiver.url, ("bonifiq",), lines.append, {"X-Token": "s3cret"})
    with listener.registered():
        threading.Thread(target=listener.server.serve_forever, args=(0.05,), daemon=True).start()
        try:
            auth = (CREDENTIALS.bonifiq_api_token, CREDENTIALS.bonifiq_api_key)
            change = {"ChangeKey": "LISTEN-H1", "Points": 10, "Reason": "listen"}
            with httpx.Client(base_url=sandbox.bonifiq_base_url, auth=auth) as bonifiq:
                assert bonifiq.post(f"/Customer/{ANA}/points", json=change).status_code == 200
            (got,) = receiver.wait_for(1)
        finally:
            listener.server.shutdown()
    assert got.headers["x-token"] == "s3cret"
    assert json.loads(got.body)["Topic"] == "Points_Added"
    assert not any("s3cret" in line for line in lines)


def test_a_header_without_a_colon_is_refused_without_echoing_it(receiver: Receiver) -> None:
    from typer.testing import CliRunner

    from loyaltykit.cli._app import app

    result = CliRunner().invoke(app, ["webhooks", "listen", "--forward-to", receiver.url, "--header", "X-Token=s3cret"])
    assert result.exit_code == 2
    assert "Name: value" in result.stderr and "s3cret" not in result.stderr


def test_listen_registers_forwards_and_unregisters_on_ctrl_c(receiver: Receiver, sandbox: RunningSandbox) -> None:
    admin = httpx.Client(base_url=sandbox.admin_url, timeout=10)
    admin.post("/reset", json={"seed": "demo"}).raise_for_status()
    command = [sys.executable, "-m", "loyaltykit.cli", "webhooks", "listen", "--forward-to", receiver.url,
               "--vendor", "gameball", "--sandbox-url", sandbox.base_url]  # fmt: skip
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "COLUMNS": "200"}
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout or ()], daemon=True).start()

    def next_line(timeout: float = 20) -> str:
        try:
            return lines.get(timeout=timeout)
        except queue.Empty:
            process.kill()
            raise AssertionError("listen printed nothing more") from None

    try:
        assert next_line().startswith("Ready: gameball events")
        (endpoint,) = admin.get("/webhooks").json()["endpoints"]
        assert endpoint["vendor"] == "gameball" and endpoint["url"].startswith("http://127.0.0.1:")
        gameball = httpx.Client(
            base_url=sandbox.gameball_base_url,
            headers={"apikey": CREDENTIALS.gameball_api_key, "secretkey": CREDENTIALS.gameball_secret_key},
        )
        with gameball:
            assert gameball.post("/customers", json={"customerId": ANA, "mobile": "+5511987198778"}).status_code == 200
        (got,) = receiver.wait_for(1, timeout=20)
        # Forwarded as the sandbox signed it: the app verifies the documented signature.
        expected = hashlib.sha1(got.body + b":" + CREDENTIALS.gameball_secret_key.encode()).hexdigest()
        assert got.headers["x-gb-signature"] == expected
        assert json.loads(got.body)["data"]["email"] == ANA
        shown = next_line() + next_line()
        assert "customer.profile.updated  -> 200" in shown
        assert ANA not in shown and "5511987198778" not in shown
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        finally:
            process.kill()
    assert process.returncode == 0
    deadline = time.monotonic() + 5
    while admin.get("/webhooks").json()["endpoints"] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert admin.get("/webhooks").json() == {"endpoints": []}
    admin.close()


def test_listen_without_a_sandbox_fails_cleanly(receiver: Receiver) -> None:
    from typer.testing import CliRunner

    from loyaltykit.cli._app import app

    result = CliRunner().invoke(
        app, ["webhooks", "listen", "--forward-to", receiver.url, "--sandbox-url", "http://127.0.0.1:9"]
    )
    assert result.exit_code == 1
    assert "no sandbox at http://127.0.0.1:9/_sandbox/webhooks (ConnectError)" in result.stderr

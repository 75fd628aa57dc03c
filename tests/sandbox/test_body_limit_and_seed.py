"""Request bodies are bounded on every route (413 before reading them); seeding twice is a 409."""

from __future__ import annotations

import base64
import json
import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from loyaltykit.sandbox import RunningSandbox, SandboxConfig, start_in_thread

from .conftest import CREDENTIALS, gameball_headers

ANA = "ana@example.com"


def _raw_call(base_url: str, head: str, body_parts: list[bytes] = ()) -> tuple[int, dict[str, str], bytes]:  # type: ignore[assignment]
    """Send a request head (and maybe some of a body), then read the whole answer."""
    where = urlsplit(base_url)
    with socket.create_connection((where.hostname, where.port), timeout=10) as sock:
        sock.sendall(head.encode("latin-1"))
        for part in body_parts:
            try:
                sock.sendall(part)
            except OSError:  # the server answered and closed: what follows is not wanted
                break
        received = b""
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            received += chunk
            if b"\r\n\r\n" in received:
                head_bytes, _, rest = received.partition(b"\r\n\r\n")
                length = [line for line in head_bytes.split(b"\r\n") if line.lower().startswith(b"content-length:")]
                if length and len(rest) >= int(length[0].split(b":")[1]):
                    break
    head_bytes, _, rest = received.partition(b"\r\n\r\n")
    lines = head_bytes.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, rest


def _head(method: str, path: str, host: str, extra: dict[str, str]) -> str:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", "Content-Type: application/json"]
    lines += [f"{name}: {value}" for name, value in extra.items()]
    return "\r\n".join(lines) + "\r\n\r\n"


def test_a_huge_declared_body_to_the_admin_api_is_a_413_before_it_is_sent(sandbox: RunningSandbox) -> None:
    host = urlsplit(sandbox.base_url).netloc
    head = _head("POST", "/_sandbox/seed", host, {"Content-Length": str(128 * 1024 * 1024)})
    status, headers, body = _raw_call(sandbox.base_url, head)
    assert status == 413
    assert headers.get("connection") == "close"
    assert "1048576" in json.loads(body)["error"]


def test_a_huge_declared_body_to_a_vendor_is_a_413_in_its_shape(sandbox: RunningSandbox) -> None:
    host = urlsplit(sandbox.base_url).netloc
    keys = gameball_headers()
    head = _head(
        "POST",
        "/api/v4.0/integrations/orders",
        host,
        {"Content-Length": str(64 * 1024 * 1024), "apikey": keys["apikey"], "secretkey": keys["secretkey"]},
    )
    status, _, body = _raw_call(sandbox.base_url, head)
    assert status == 413
    error = json.loads(body)
    assert error["type"] == "REQUEST_ERROR" and "bytes" in error["message"]


@pytest.fixture
def small_limit() -> Iterator[RunningSandbox]:
    with start_in_thread(SandboxConfig(credentials=CREDENTIALS, max_body_bytes=1000)) as running:
        yield running


@pytest.mark.parametrize("path", ["/_sandbox/faults", "/v1/pvt/Customer/upsert"])
def test_a_chunked_body_is_cut_off_at_the_limit(small_limit: RunningSandbox, path: str) -> None:
    host = urlsplit(small_limit.base_url).netloc
    token = base64.b64encode(f"{CREDENTIALS.bonifiq_api_token}:{CREDENTIALS.bonifiq_api_key}".encode()).decode()
    head = _head("POST", path, host, {"Transfer-Encoding": "chunked", "Authorization": f"Basic {token}"})
    chunk = b"[" + b" " * 598 + b"]"
    parts = [b"%x\r\n%s\r\n" % (len(chunk), chunk)] * 5 + [b"0\r\n\r\n"]
    status, _, _ = _raw_call(small_limit.base_url, head, parts)
    assert status == 413
    # And the sandbox goes on serving.
    assert httpx.get(f"{small_limit.admin_url}/health").status_code == 200


def test_a_body_within_the_limit_is_served(small_limit: RunningSandbox) -> None:
    answer = httpx.post(f"{small_limit.admin_url}/clock", json={"advance_seconds": 1})
    assert answer.status_code == 200


def test_seeding_a_seeded_database_is_a_409_and_changes_nothing(admin: httpx.Client) -> None:
    refused = admin.post("/seed", json={"seed": "demo"})
    assert refused.status_code == 409
    assert "/_sandbox/reset" in refused.json()["error"]
    assert admin.get(f"/gameball/customers/{ANA}").json()["points"] == 1500


def test_seeding_an_empty_database_fills_it(admin: httpx.Client) -> None:
    assert admin.post("/reset", json={"seed": None}).status_code == 200
    assert admin.post("/seed", json={"seed": "demo"}).status_code == 200
    assert admin.get(f"/gameball/customers/{ANA}").json()["points"] == 1500

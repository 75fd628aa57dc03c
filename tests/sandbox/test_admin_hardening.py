"""The admin API refuses hostile input with a 4xx naming the field, and the sandbox stays up.

It also answers only to its own host names and to no web page (cross-origin or rebinding).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from loyaltykit.sandbox import RunningSandbox, SandboxConfig, start_in_thread

from .conftest import CREDENTIALS, HTTP, gameball_headers

ANA = "ana@example.com"
HOLD = {"customerId": ANA, "transactionTime": "2026-01-05T10:00:00Z", "pointsToHold": 10}

HOSTILE = [
    ("/clock", {"advance_seconds": -1e12}, "advance_seconds"),
    ("/clock", {"advance_seconds": 1e308}, "advance_seconds"),
    ("/clock", {"advance_seconds": "soon"}, "advance_seconds"),
    ("/clock", {"advance_seconds": True}, "advance_seconds"),
    ("/clock", {"now": "0001-01-01T00:00:00Z"}, "now"),
    ("/clock", {"now": "9999-12-31T23:59:59Z"}, "now"),
    ("/clock", {"now": "2030-01-01T00:00:00"}, "now"),
    ("/clock", {"now": 5}, "now"),
    ("/clock", {"reset": "yes"}, "reset"),
    ("/clock", {"advance_secs": 5}, "advance_secs"),
    ("/gameball/settings", {"hold_ttl_seconds": 1e30}, "hold_ttl_seconds"),
    ("/gameball/settings", {"hold_ttl_seconds": 10**30}, "hold_ttl_seconds"),
    ("/gameball/settings", {"hold_ttl_seconds": 0}, "hold_ttl_seconds"),
    ("/gameball/settings", {"hold_ttl_seconds": "600"}, "hold_ttl_seconds"),
    ("/gameball/settings", {"rate_limits": "false"}, "rate_limits"),
    ("/gameball/settings", {"rate_limit_scale": 1e308}, "rate_limit_scale"),
    ("/gameball/settings", {"rate_limit_scale": 0}, "rate_limit_scale"),
    ("/gameball/settings", {"rate_limit_scale": "x"}, "rate_limit_scale"),
    ("/reset", {"seed": 5}, "seed"),
    ("/reset", {"seed": "nope"}, "seed"),
    ("/seed", {"seed": ["demo"]}, "seed"),
    (f"/gameball/customers/{ANA}/flags", {"otp_required": "no"}, "otp_required"),
    ("/faults", {"route": "*", "kind": "delay", "seconds": 1e308}, "seconds"),
    ("/faults", {"route": "*", "kind": "status_429", "retry_after": 1e300}, "retry_after"),
    ("/faults", {"route": "*", "kind": "status_500", "times": True}, "times"),
    ("/faults", {"route": "*", "kind": "status_500", "probability": True}, "probability"),
    ("/faults", {"faults": [], "seed": 1e308}, "seed"),
]


@pytest.mark.parametrize(
    ("path", "body", "field"), HOSTILE, ids=[f"{p}-{f}-{i}" for i, (p, _, f) in enumerate(HOSTILE)]
)
def test_hostile_admin_input_is_a_400_naming_the_field(
    admin: httpx.Client, gameball: httpx.Client, path: str, body: dict[str, Any], field: str
) -> None:
    refused = admin.post(path, json=body)
    assert refused.status_code == 400, refused.text
    assert field in refused.json()["error"]
    assert refused.json()["field"] == field
    # Nothing was changed: the sandbox still answers normally, on its own clock.
    assert gameball.get(f"/customers/{ANA}/balance").status_code == 200
    assert admin.get("/faults").json()["faults"] == []
    settings = admin.get("/gameball/settings").json()
    assert settings["hold_ttl_seconds"] == 600 and settings["rate_limits"] is False
    hold = gameball.post("/transactions/hold", json=HOLD)
    assert hold.status_code == 200


def test_the_clock_stays_usable_after_the_probes(admin: httpx.Client, gameball: httpx.Client) -> None:
    for path, body, _ in HOSTILE:
        assert admin.post(path, json=body).status_code == 400
    assert admin.post("/clock", json={"advance_seconds": 3600}).status_code == 200
    assert admin.post("/clock", json={"advance_seconds": -1800.5}).status_code == 200
    assert gameball.post("/transactions/hold", json=HOLD).status_code == 200


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"])
def test_a_body_that_is_not_declared_json_is_refused(admin: httpx.Client, content_type: str) -> None:
    # What a web page can POST cross-origin without a preflight ("simple requests").
    refused = admin.post("/reset", content=b'{"seed": null}', headers={"content-type": content_type})
    assert refused.status_code == 415
    assert admin.get(f"/gameball/customers/{ANA}").json()["points"] == 1500  # not wiped


@pytest.mark.parametrize(
    "origin", ["https://evil.example", "http://127.0.0.1.evil.example", "null", "http://localhost.evil.example:80"]
)
def test_a_foreign_origin_is_refused(admin: httpx.Client, origin: str) -> None:
    refused = admin.post("/reset", json={"seed": None}, headers={"origin": origin})
    assert refused.status_code == 403
    assert admin.get(f"/gameball/customers/{ANA}").json()["points"] == 1500


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "127.0.0.1.nip.io"])
def test_a_foreign_host_is_refused_against_dns_rebinding(
    sandbox: RunningSandbox, admin: httpx.Client, host: str
) -> None:
    refused = HTTP.get(f"{sandbox.admin_url}/gameball/customers/{ANA}/otp", headers={"host": host})
    assert refused.status_code == 403
    assert HTTP.post(f"{sandbox.admin_url}/reset", json={"seed": None}, headers={"host": host}).status_code == 403
    assert admin.get(f"/gameball/customers/{ANA}").json()["points"] == 1500


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.0.0.2", "[::1]"])
def test_loopback_hosts_and_same_origin_pages_are_served(sandbox: RunningSandbox, host: str) -> None:
    port = sandbox.base_url.rsplit(":", 1)[1]
    answer = HTTP.get(
        f"{sandbox.admin_url}/health", headers={"host": f"{host}:{port}", "origin": f"http://{host}:{port}"}
    )
    assert answer.status_code == 200


def test_the_host_it_was_started_on_is_served_and_others_can_be_allowed() -> None:
    config = SandboxConfig(credentials=CREDENTIALS, admin_hosts=("sandbox.test",))
    with start_in_thread(config, host="127.0.0.1") as running:
        for host in ("sandbox.test", "127.0.0.1"):
            assert HTTP.get(f"{running.admin_url}/health", headers={"host": host}).status_code == 200
        assert HTTP.get(f"{running.admin_url}/health", headers={"host": "other.test"}).status_code == 403


def test_vendor_calls_are_not_affected_by_the_admin_host_check(sandbox: RunningSandbox) -> None:
    # The vendor APIs are authenticated: a proxy or container name in Host is theirs to use.
    answer = HTTP.get(
        f"{sandbox.gameball_base_url}/customers/{ANA}/balance", headers={**gameball_headers(), "host": "proxy.test"}
    )
    assert answer.status_code == 200


def test_the_cli_bounds_the_hold_lifetime_and_takes_admin_hosts() -> None:
    from loyaltykit.sandbox.__main__ import build_parser

    for text in ("0", "1e30", str(10**12)):
        with pytest.raises(SystemExit):
            build_parser().parse_args(["--hold-ttl", text])
    args = build_parser().parse_args(["--admin-host", "box.test", "--admin-host", "other.test"])
    assert args.admin_host == ["box.test", "other.test"]

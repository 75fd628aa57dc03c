"""Client construction, auth, URLs, timeouts, raw responses and the low-level call."""

from __future__ import annotations

import asyncio
import base64
from decimal import Decimal

import httpx
import pytest

import loyaltykit
from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import errors

POINTS = {"CustomerExists": True, "PointsBalance": 120, "CashbackBalance": 10.5}


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BONIFIQ_API_TOKEN", "env-token")
    monkeypatch.setenv("BONIFIQ_API_KEY", "env-key")
    monkeypatch.setenv("BONIFIQ_BASE_URL", "https://bonifiq.env.test")
    server = FakeServer().reply(json_response(200, POINTS))
    with loyaltykit.BonifiQ(http_client=httpx.Client(transport=httpx.MockTransport(server))) as client:
        client.customers.points("c-1")
    request = server.requests[0]
    assert request.headers["Authorization"] == "Basic " + base64.b64encode(b"env-token:env-key").decode()
    assert str(request.url).startswith("https://bonifiq.env.test/v1/pvt/Customer/")


@pytest.mark.parametrize(
    ("cls", "variables"),
    [
        (loyaltykit.BonifiQ, ("BONIFIQ_API_TOKEN", "BONIFIQ_API_KEY")),
        (loyaltykit.AsyncBonifiQ, ("BONIFIQ_API_TOKEN", "BONIFIQ_API_KEY")),
        (loyaltykit.Gameball, ("GAMEBALL_API_KEY", "GAMEBALL_SECRET_KEY")),
        (loyaltykit.AsyncGameball, ("GAMEBALL_API_KEY", "GAMEBALL_SECRET_KEY")),
    ],
)
def test_missing_credentials_name_the_variables(
    monkeypatch: pytest.MonkeyPatch, cls: type, variables: tuple[str, str]
) -> None:
    for variable in variables:
        monkeypatch.delenv(variable, raising=False)
    with pytest.raises(errors.ConfigurationError) as caught:
        cls()
    for variable in variables:
        assert f"${variable}" in str(caught.value)


def test_gameball_sends_its_key_headers_and_selects_the_api_version(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, {"totalPointsBalance": 1}), json_response(200, {}))
    harness.run(harness.gameball(server).customers.balance("c-1"))
    harness.run(harness.gameball(server, api_version="v4.1").customers.balance("c-1"))
    first, second = server.requests
    assert (first.headers["apikey"], first.headers["secretkey"]) == ("gb-apikey", "gb-secretkey")
    assert first.url.path == "/api/v4.0/integrations/customers/c-1/balance"
    assert second.url.path == "/api/v4.1/integrations/customers/c-1/balance"


def test_an_unknown_api_version_is_refused() -> None:
    with pytest.raises(errors.ConfigurationError, match=r"v4\.0"):
        loyaltykit.Gameball("a", "b", api_version="v9")


@pytest.mark.parametrize(
    ("customer_id", "raw_path"),
    [
        ("ana@example.com", b"/v1/pvt/Customer/ana%40example.com/points"),
        ("12.345.678/0001-90", b"/v1/pvt/Customer/12.345.678%2F0001-90/points"),
        ("a b", b"/v1/pvt/Customer/a%20b/points"),
    ],
)
def test_customer_ids_are_url_encoded_exactly_once(harness: Harness, customer_id: str, raw_path: bytes) -> None:
    server = FakeServer().reply(json_response(200, POINTS))
    harness.run(harness.bonifiq(server).customers.points(customer_id))
    assert server.requests[0].url.raw_path == raw_path


def test_user_agent_names_loyaltykit_and_its_version(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, POINTS))
    harness.run(harness.bonifiq(server).customers.points("c-1"))
    assert server.requests[0].headers["User-Agent"].startswith(f"loyaltykit/{loyaltykit.__version__} ")


def test_there_is_always_a_timeout() -> None:
    client = loyaltykit.BonifiQ("t", "k")
    assert client.timeout.read is not None and client.timeout.connect is not None
    client.close()
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        loyaltykit.BonifiQ("t", "k", timeout=None)  # type: ignore[arg-type]


def test_the_timeout_reaches_every_request(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, POINTS))
    harness.run(harness.bonifiq(server, timeout=7.5).customers.points("c-1"))
    assert server.requests[0].extensions["timeout"]["read"] == 7.5


def test_raw_response_access(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, POINTS, headers={"X-Request-Id": "r-9"}))
    response = harness.run(harness.bonifiq(server).with_raw_response.customers.points("c-1"))
    assert response.status_code == 200
    assert response.headers["X-Request-Id"] == "r-9"
    assert response.json()["PointsBalance"] == 120
    assert response.parse().points_balance == 120
    assert (response.raw.method, response.raw.url) == ("GET", "https://bonifiq.test/v1/pvt/Customer/c-1/points")


def test_an_owned_http_client_carries_the_defaults() -> None:
    # The facade creates its own httpx client when given none and puts auth, User-Agent and
    # timeout on it once, instead of on every request.
    from loyaltykit import BonifiQ

    with BonifiQ("token", "key", base_url="https://bonifiq.test", timeout=7.5) as client:
        http = client._http
        assert http.timeout.read == 7.5
        assert http.headers["Authorization"].startswith("Basic ")
        assert http.headers["User-Agent"].startswith("loyaltykit/")
        assert http.headers["Accept"] == "application/json"


def test_low_level_call_reaches_any_generated_operation(harness: Harness) -> None:
    from loyaltykit_bonifiq_api.api.tiers import tiers_available
    from loyaltykit_bonifiq_api.models.tiers_available_request import TiersAvailableRequest

    server = FakeServer().reply(json_response(200, {"CurrentTier": {"Name": "Gold"}}))
    result = harness.run(
        harness.bonifiq(server).call(tiers_available, body=TiersAvailableRequest(customer_id="c-1"), read_only=True)
    )
    assert result.current_tier.name == "Gold"
    assert server.requests[0].url.path == "/v1/pvt/Tiers/available"


def test_low_level_call_raises_envelope_errors(harness: Harness) -> None:
    from loyaltykit_bonifiq_api.api.customer import customer_get

    server = FakeServer().reply(json_response(200, {"ErrorMessage": "nope", "HasError": True}))
    with pytest.raises(errors.BusinessError, match="nope"):
        harness.run(harness.bonifiq(server).call(customer_get, id="c-1"))


def test_clients_reuse_connections_and_close_as_context_managers() -> None:
    opened: list[str] = []

    class CountingTransport(httpx.MockTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            opened.append(request.url.path)
            return super().handle_request(request)

    server = FakeServer().reply(json_response(200, POINTS), json_response(200, POINTS))
    http = httpx.Client(transport=CountingTransport(server))
    with loyaltykit.BonifiQ("t", "k", base_url="https://b.test", http_client=http) as client:
        client.customers.points("a")
        client.customers.points("b")
    assert len(opened) == 2
    assert not http.is_closed  # a client passed in belongs to the caller

    owned = loyaltykit.BonifiQ("t", "k")
    with owned:
        pass
    assert owned._http.is_closed

    async def async_owned() -> bool:
        async with loyaltykit.AsyncGameball("a", "b") as client:
            pass
        return bool(client._http.is_closed)

    assert asyncio.run(async_owned())


def test_decimal_request_body_content_type(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, {"Rewards": []}))
    harness.run(harness.bonifiq(server).pos.available("c-1", Decimal("99.90"), discount_value=Decimal("0")))
    request = server.requests[0]
    assert request.headers["Content-Type"] == "application/json"
    assert b'"PurchaseValue":99.90' in request.content

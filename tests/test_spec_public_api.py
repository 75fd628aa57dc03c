"""BonifiQ's Public APIs (/v1/pub): in the spec with their own key, generated with it as an argument,
and reachable through ``client.call``.

The pages (x-source of each /v1/pub path in specs/bonifiq/openapi.yaml) show three operations, each
authenticated by the API Token in an ``X-BQ-ApiToken`` header instead of the Private APIs' Basic
credentials.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import normalise_spec
import pytest
from conftest import SPECS

import loyaltykit

PUBLIC = {
    ("get", "/v1/pub/Customer/{id}/points"),
    ("post", "/v1/pub/Product/points"),
    ("post", "/v1/pub/Product/pointslist"),
}


@pytest.fixture(scope="module")
def bonifiq() -> dict[str, Any]:
    return normalise_spec.load(SPECS / "bonifiq" / "openapi.yaml")


def test_the_public_operations_the_pages_show_are_in_the_spec_with_their_own_key(bonifiq: dict[str, Any]) -> None:
    found = {(m, p) for p, m, _ in normalise_spec.operations(bonifiq) if p.startswith("/v1/pub/")}
    assert found == PUBLIC
    scheme = bonifiq["components"]["securitySchemes"]["apiToken"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "X-BQ-ApiToken")
    for path, _, op in normalise_spec.operations(bonifiq):
        if path.startswith("/v1/pub/"):
            assert op["security"] == [{"apiToken": []}], path
            assert bonifiq["paths"][path]["x-source"].startswith("https://developers.bonifiq.com.br/"), path


def test_the_normaliser_makes_the_key_an_argument_of_those_operations_only(bonifiq: dict[str, Any]) -> None:
    doc = normalise_spec.normalise(bonifiq, "bonifiq")
    headers = {
        (method, path): [(p["name"], p["required"]) for p in op.get("parameters", []) if p["in"] == "header"]
        for path, method, op in normalise_spec.operations(doc)
    }
    assert {operation for operation, found in headers.items() if found} == PUBLIC
    assert {str(headers[operation]) for operation in PUBLIC} == {str([("X-BQ-ApiToken", True)])}


def test_the_generated_request_carries_the_key() -> None:
    from loyaltykit_bonifiq_api.api.public import public_customer_points, public_product_points_list
    from loyaltykit_bonifiq_api.models import ProductPointsRequest

    request = public_customer_points.request("c-1", x_bq_api_token="pub-token")
    assert (request.method, request.url) == ("GET", "/v1/pub/Customer/c-1/points")
    assert request.headers == {"X-BQ-ApiToken": "pub-token"}
    products = [ProductPointsRequest(id="SKU-1", price=Decimal("10.50"))]
    listed = public_product_points_list.request(body=products, x_bq_api_token="pub-token")
    assert listed.headers["X-BQ-ApiToken"] == "pub-token"
    assert listed.json == [{"Id": "SKU-1", "Price": Decimal("10.50")}]


def test_client_call_reaches_a_public_operation_with_its_key() -> None:
    from loyaltykit_bonifiq_api.api.public import public_product_points_list
    from loyaltykit_bonifiq_api.models import ProductPointsRequest

    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[{"Id": "SKU-1", "Points": 10, "Cashback": 0.53}])

    http = httpx.Client(transport=httpx.MockTransport(server))
    with loyaltykit.BonifiQ("token", "key", base_url="https://bonifiq.test", http_client=http) as bq:
        result = bq.call(
            public_product_points_list,
            body=[ProductPointsRequest(id="SKU-1", price=Decimal("10.50"))],
            x_bq_api_token="pub-token",
            read_only=True,
        )
    assert [(r.method, r.url.path) for r in seen] == [("POST", "/v1/pub/Product/pointslist")]
    assert seen[0].headers["X-BQ-ApiToken"] == "pub-token"
    assert json.loads(seen[0].content) == [{"Id": "SKU-1", "Price": 10.50}]
    assert [(p.id, p.points, p.cashback) for p in result] == [("SKU-1", 10, Decimal("0.53"))]


@pytest.mark.parametrize("own_http_client", [True, False])
def test_a_public_operation_is_sent_with_its_token_alone_never_the_basic_credentials(own_http_client: bool) -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"PointsBalance": 10})

    transport = httpx.MockTransport(server)
    http = None if own_http_client else httpx.Client(transport=transport)
    bq = loyaltykit.BonifiQ("token", "key", base_url="https://bonifiq.test", http_client=http)
    if own_http_client:
        bq._http = httpx.Client(transport=transport, headers=bq._default_headers)  # the client's own, on a mock
    with bq:
        bq.public.customer_points("c-1", x_bq_api_token="pub-token")
        bq.customers.points("c-1")
    public, private = seen
    assert public.headers["X-BQ-ApiToken"] == "pub-token" and "Authorization" not in public.headers
    assert private.headers["Authorization"].startswith("Basic ") and "X-BQ-ApiToken" not in private.headers

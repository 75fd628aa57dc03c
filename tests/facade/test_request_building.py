"""The facade builds its requests itself where httpx's ``build_request`` would only merge nothing.

``request_without_merging`` must give the very request ``build_request`` gives; where there is
something to merge (a query, the client's cookies or default params) httpx builds it.
"""

from __future__ import annotations

import httpx
import pytest

from loyaltykit import BonifiQ
from loyaltykit._base_client import request_without_merging

URL = "https://api.example/v1/pvt/POS/rewards/1/redeem"


def _args(**extra: object) -> dict[str, object]:
    args: dict[str, object] = {
        "method": "POST",
        "url": URL,
        "params": None,
        "headers": {"Content-Type": "application/json", "X-Extra": "1"},
        "content": b'{"CustomerId":"c1"}',
    }
    args.update(extra)
    return args


def _same(a: httpx.Request, b: httpx.Request) -> None:
    assert a.method == b.method
    assert a.url == b.url
    assert a.headers.raw == b.headers.raw
    assert a.read() == b.read()
    assert a.extensions == b.extensions


@pytest.mark.parametrize("timeout", [None, httpx.Timeout(2.0)])
@pytest.mark.parametrize(
    "client",
    [
        lambda: httpx.Client(),
        lambda: httpx.Client(headers={"User-Agent": "pos/1", "Authorization": "Basic x"}, timeout=7),
        lambda: httpx.Client(base_url="https://other.example/root"),
    ],
)
def test_it_builds_the_request_build_request_builds(client: object, timeout: httpx.Timeout | None) -> None:
    http: httpx.Client = client()  # type: ignore[operator]
    args = _args() if timeout is None else _args(timeout=timeout)
    _same(request_without_merging(http, args), http.build_request(**args))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("client_settings", "query", "expect"),
    [
        # Each case has exactly one thing to merge, so each condition of the shortcut is tested alone.
        ({"cookies": {"AWSALB": "sticky"}}, None, lambda r: r.headers["Cookie"] == "AWSALB=sticky"),
        ({"params": {"tenant": "t1"}}, None, lambda r: r.url.params["tenant"] == "t1"),
        ({}, {"page": 2}, lambda r: r.url.params["page"] == "2"),
    ],
    ids=["client cookies", "client params", "call query"],
)
def test_what_has_something_to_merge_is_built_by_httpx(
    client_settings: dict[str, object], query: dict[str, object] | None, expect: object
) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"PointsBalance": 1})

    http = httpx.Client(transport=httpx.MockTransport(answer), **client_settings)  # type: ignore[arg-type]
    with BonifiQ("token", "key", base_url="https://api.example", http_client=http) as bq:
        bq.customers.points("c1", extra_query=query)
    assert expect(sent[0])  # type: ignore[operator]

"""``base_url`` and ``$BONIFIQ_BASE_URL`` / ``$GAMEBALL_BASE_URL``: the host or the API's root, checked.

BonifiQ's POS guide writes its base URL with ``/v1/pvt`` and the sandbox prints
``bonifiq_base_url`` / ``gameball_base_url`` with the API's root: every form reaches the same
paths. A URL that cannot be the API's (no scheme or host, a query, a fragment, credentials, a
Gameball version other than the client's) is refused when the client is built, before any request.
"""

from __future__ import annotations

from typing import Any

import pytest

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import errors
from loyaltykit.sandbox._routing import GAMEBALL_V40, GAMEBALL_V41

POINTS_PATH = "/v1/pvt/Customer/c-1/points"
BALANCE_PATH = "/api/v4.0/integrations/customers/c-1/balance"


def _points_url(harness: Harness, **kwargs: Any) -> str:
    server = FakeServer().reply(json_response(200, {"PointsBalance": 1}))
    harness.run(harness.bonifiq(server, **kwargs).customers.points("c-1"))
    return str(server.requests[0].url)


def _balance_url(harness: Harness, **kwargs: Any) -> str:
    server = FakeServer().reply(json_response(200, {"totalPointsBalance": 1}))
    harness.run(harness.gameball(server, **kwargs).customers.balance("c-1"))
    return str(server.requests[0].url)


@pytest.mark.parametrize(
    "base_url",
    [
        "https://bonifiq.test",
        "https://bonifiq.test/",
        "https://bonifiq.test/v1/pvt",
        "https://bonifiq.test/v1/pvt/",
        "https://bonifiq.test/v1/pvt//",
        "https://bonifiq.test/V1/Pvt",
    ],
)
def test_bonifiq_takes_the_host_or_the_guides_base_url(harness: Harness, base_url: str) -> None:
    assert _points_url(harness, base_url=base_url) == "https://bonifiq.test" + POINTS_PATH


def test_bonifiq_keeps_a_path_in_front_of_the_api(harness: Harness) -> None:
    # A proxy that serves the API under its own path, with or without the API's root.
    assert _points_url(harness, base_url="http://proxy.test:8080/bq") == "http://proxy.test:8080/bq" + POINTS_PATH
    assert (
        _points_url(harness, base_url="http://proxy.test:8080/bq/v1/pvt/") == "http://proxy.test:8080/bq" + POINTS_PATH
    )


def test_bonifiq_base_url_from_the_environment_as_the_guide_writes_it(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BONIFIQ_BASE_URL", "https://bonifiq.env.test/v1/pvt/")
    assert _points_url(harness, base_url=None) == "https://bonifiq.env.test" + POINTS_PATH


def test_the_sandboxs_printed_base_urls_work(harness: Harness) -> None:
    sandbox = "http://127.0.0.1:8080"
    assert _points_url(harness, base_url=sandbox + "/v1/pvt") == sandbox + POINTS_PATH
    assert _balance_url(harness, base_url=sandbox + GAMEBALL_V40) == sandbox + BALANCE_PATH
    v41 = _balance_url(harness, base_url=sandbox + GAMEBALL_V41, api_version="v4.1")
    assert v41 == sandbox + "/api/v4.1/integrations/customers/c-1/balance"


@pytest.mark.parametrize(
    "base_url",
    [
        "https://gameball.test",
        "https://gameball.test/",
        "https://gameball.test/api/v4.0",
        "https://gameball.test/api/v4.0/",
        "https://gameball.test/api/v4.0/integrations",
        "https://gameball.test/api/v4.0/integrations/",
    ],
)
def test_gameball_takes_the_host_or_the_apis_root(harness: Harness, base_url: str) -> None:
    assert _balance_url(harness, base_url=base_url) == "https://gameball.test" + BALANCE_PATH


def test_gameball_secure_mode_with_its_own_root(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAMEBALL_BASE_URL", "https://gameball.env.test/api/v4.1/integrations/")
    url = _balance_url(harness, base_url=None, api_version="v4.1")
    assert url == "https://gameball.env.test/api/v4.1/integrations/customers/c-1/balance"


@pytest.mark.parametrize(
    ("base_url", "api_version", "rule"),
    [
        ("https://gameball.test/api/v4.1/integrations", "v4.0", "api_version"),
        ("https://gameball.test/api/v4.0/integrations", "v4.1", "api_version"),
        ("https://gameball.test/api/v3.0/integrations", "v4.0", "v3.0"),
        ("https://gameball.test/api/v4.2", "v4.0", "v4.2"),
    ],
)
def test_gameball_refuses_a_root_of_another_version(
    harness: Harness, base_url: str, api_version: str, rule: str
) -> None:
    server = FakeServer()
    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.gameball(server, base_url=base_url, api_version=api_version)
    assert caught.value.field == "base_url"
    assert rule in caught.value.rule
    assert server.requests == []


BAD = [
    ("not a url", "not a url", "http"),
    ("no scheme", "bonifiq.test", "http"),
    ("host:port without a scheme", "localhost:8080", "http"),
    ("other scheme", "ftp://bonifiq.test", "http"),
    ("no host", "https://", "host"),
    ("no host, a path", "https:///v1/pvt", "host"),
    ("query", "https://bonifiq.test/v1/pvt?tenant=1", "query"),
    ("empty query", "https://bonifiq.test/?", "query"),
    ("fragment", "https://bonifiq.test/#top", "fragment"),
    ("credentials", "https://user:s3cr3t-pass@bonifiq.test", "credentials"),
    ("bad port", "https://bonifiq.test:99999", "port"),
    ("space", "https://bonifiq .test", "whitespace"),
    ("newline", "https://bonifiq.test/\n", "whitespace"),
    ("lone surrogate", "https://bonifiq.test/\ud800", "text"),
    ("the public API", "https://bonifiq.test/v1/pub", "/v1/pvt"),
    ("bad IPv6 host", "https://[zz]/v1/pvt", "valid URL"),
    ("bad IDNA host", "https://xn--zz.test", "valid URL"),
    ("empty", "", "empty"),
    ("not a string", b"https://bonifiq.test", "string"),
]


@pytest.mark.parametrize(("name", "base_url", "rule"), BAD, ids=[b[0] for b in BAD])
def test_a_base_url_that_cannot_be_the_apis_is_refused(harness: Harness, name: str, base_url: Any, rule: str) -> None:
    server = FakeServer()
    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.bonifiq(server, base_url=base_url)
    assert caught.value.field == "base_url"
    assert rule in caught.value.rule
    # A client setting: also a ConfigurationError, as a bad setting always was.
    assert isinstance(caught.value, errors.ConfigurationError)
    assert "s3cr3t-pass" not in str(caught.value)
    assert server.requests == []


def test_a_bad_base_url_from_the_environment_names_the_variable(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GAMEBALL_BASE_URL", "gameball.test/api/v4.0")
    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.gameball(FakeServer(), base_url=None)
    assert caught.value.field == "$GAMEBALL_BASE_URL"


def test_the_repr_shows_the_normalised_base_url(harness: Harness) -> None:
    client = harness.bonifiq(FakeServer(), base_url="https://bonifiq.test/v1/pvt/")
    assert client.base_url == "https://bonifiq.test"
    assert "https://bonifiq.test'" in repr(client)

"""The generated resource layer: every operation a named sync and async method (resources/_generated)."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
import subprocess
import sys
from decimal import Decimal
from types import ModuleType
from typing import Any

import normalise_spec
import pytest
from conftest import ROOT, SPECS
from loyaltykit_bonifiq_api.models.couponless_reward_generate_request import CouponlessRewardGenerateRequest
from loyaltykit_bonifiq_api.models.customer_challenge_validate_request import CustomerChallengeValidateRequest
from loyaltykit_gameball_api.models.post_coupons_validate_body import PostCouponsValidateBody

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import AsyncBonifiQ, AsyncGameball, BonifiQ, Gameball
from loyaltykit._api_response import APIResponse
from loyaltykit._resource import AsyncResource, LazyResource, SyncResource
from loyaltykit.bonifiq.resources._generated.pos import AsyncPosResource, PosResource
from loyaltykit.errors import InternalServerError
from loyaltykit.gameball.resources._generated.customers import AsyncCustomersResource, CustomersResource

VENDORS = {
    "bonifiq": ("loyaltykit_bonifiq_api", "openapi.yaml"),
    "gameball": ("loyaltykit_gameball_api", "openapi.json"),
}
_IMPORT = re.compile(r"from (\w+)\.api\.(\w+) import (\w+)")


def _resource_modules(vendor: str) -> list[ModuleType]:
    package = importlib.import_module(f"loyaltykit.{vendor}.resources._generated")
    return [importlib.import_module(f"{package.__name__}.{i.name}") for i in pkgutil.iter_modules(package.__path__)]


def _classes(vendor: str, base: type) -> list[type]:
    return [
        cls
        for module in _resource_modules(vendor)
        for cls in vars(module).values()
        if isinstance(cls, type) and issubclass(cls, base) and cls.__module__ == module.__name__
    ]


def _methods(cls: type) -> dict[str, Any]:
    return {name: f for name, f in vars(cls).items() if inspect.isfunction(f) and not name.startswith("_")}


def _operation_ids(cls: type) -> set[str]:
    """The operationId each method sends (from the generated module it imports)."""
    ids = set()
    for method in _methods(cls).values():
        package, tag, module = _IMPORT.search(inspect.getsource(method)).groups()  # type: ignore[union-attr]
        ids.add(importlib.import_module(f"{package}.api.{tag}.{module}").OPERATION_ID)
    return ids


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_every_operation_has_a_named_sync_and_async_method(vendor: str) -> None:
    doc = normalise_spec.normalise(normalise_spec.load(SPECS / vendor / VENDORS[vendor][1]), vendor)
    # The published Gameball file's sample /plants operations are not Gameball endpoints.
    expected = {op["operationId"] for path, _, op in normalise_spec.operations(doc) if not path.startswith("/plants")}

    for base in (SyncResource, AsyncResource):
        covered = [i for cls in _classes(vendor, base) for i in _operation_ids(cls)]
        assert sorted(covered) == sorted(expected), base.__name__


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_twins_have_identical_signatures_and_docstrings(vendor: str) -> None:
    sync_classes = _classes(vendor, SyncResource)
    assert sync_classes
    for cls in sync_classes:
        twin = getattr(sys.modules[cls.__module__], f"Async{cls.__name__}")
        sync_methods, async_methods = _methods(cls), _methods(twin)
        assert sync_methods.keys() == async_methods.keys()
        for name, method in sync_methods.items():
            assert inspect.signature(method) == inspect.signature(async_methods[name]), name
            assert method.__doc__ == async_methods[name].__doc__, name
            assert method.__doc__ and "**options" in method.__doc__
            assert inspect.iscoroutinefunction(async_methods[name]) and not inspect.iscoroutinefunction(method)


def test_bonifiq_docstrings_cite_the_vendor_page() -> None:
    assert "https://developers.bonifiq.com.br/" in (PosResource.redeem_request.__doc__ or "")


def _pos(harness: Harness, server: FakeServer, **kwargs: Any) -> Any:
    client = harness.bonifiq(server, **kwargs)
    return (AsyncPosResource if harness.is_async else PosResource)(client)


def _customers(harness: Harness, server: FakeServer) -> Any:
    client = harness.gameball(server)
    return (AsyncCustomersResource if harness.is_async else CustomersResource)(client)


def test_a_generated_method_sends_its_request_with_options(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, {"currentTier": None}))
    customers = _customers(harness, server)

    harness.run(
        customers.get_customer_tier_progress(
            "c 1", lang="ar", extra_headers={"X-Trace": "t1"}, extra_query={"debug": "1"}, timeout=3.0
        )
    )

    (request,) = server.requests
    assert request.method == "GET"
    assert request.url.raw_path.split(b"?")[0] == b"/api/v4.0/integrations/customers/c%201/tier-progress"
    assert request.url.params["debug"] == "1"
    assert (request.headers["lang"], request.headers["X-Trace"]) == ("ar", "t1")
    assert request.extensions["timeout"]["read"] == 3.0


REDEEMED = {"HasError": False, "Result": {"ExternalCode": "EXT1", "RewardId": 7}}


def test_a_keyed_write_is_retried_within_its_max_retries(harness: Harness) -> None:
    server = FakeServer().reply(json_response(500, {}), json_response(200, REDEEMED))
    pos = _pos(harness, server, max_retries=0)
    body = CouponlessRewardGenerateRequest(customer_id="c1", original_key="k1")

    envelope = harness.run(pos.redeem_request(7, body=body, max_retries=1))

    assert envelope.result.external_code == "EXT1"
    assert [r.url.path for r in server.requests] == ["/v1/pvt/POS/rewards/7/redeem"] * 2
    assert json.loads(server.requests[0].content) == {"CustomerId": "c1", "OriginalKey": "k1"}


def test_an_unkeyed_write_is_never_resent(harness: Harness) -> None:
    server = FakeServer().reply(json_response(500, {}))
    pos = _pos(harness, server)
    body = CustomerChallengeValidateRequest(transaction_id="t1", code="123456")

    with pytest.raises(InternalServerError, match=r"^POS_ChallengeValidate failed"):
        harness.run(pos.challenge_validate("c1", body=body, max_retries=3))
    assert len(server.requests) == 1


def test_with_raw_response_returns_the_api_response(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, REDEEMED, headers={"X-Request-Id": "r1"}))
    pos = _pos(harness, server)
    body = CouponlessRewardGenerateRequest(customer_id="c1", original_key="k1")

    response = harness.run(pos.with_raw_response.redeem_request(7, body=body))

    assert isinstance(response, APIResponse)
    assert response.headers["X-Request-Id"] == "r1"
    assert response.parse().result.external_code == "EXT1"


def test_the_raw_twin_has_the_method_signature() -> None:
    raw = PosResource.__new__(PosResource)
    raw._client = None  # type: ignore[assignment]
    assert inspect.signature(raw.with_raw_response.redeem_request) == inspect.signature(raw.redeem_request)


def test_a_resource_module_imports_no_operation_module() -> None:
    # The vendor packages (their hand-written resources) are loaded first: what is measured is
    # what the generated modules add.
    code = (
        "import sys, loyaltykit.bonifiq, loyaltykit.gameball\n"
        "before = set(sys.modules)\n"
        "import loyaltykit.bonifiq.resources._generated.pos\n"
        "import loyaltykit.gameball.resources._generated.customers\n"
        "print(sorted(m for m in set(sys.modules) - before if '.api.' in m))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"


def test_a_hand_written_resource_extends_the_generated_one(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, {}), json_response(200, {"coupons": []}))
    gb = harness.gameball(server)

    harness.run(gb.coupons.validate("c1", ["CODE1"]))  # hand-written, wrapping post_coupons_validate
    body = PostCouponsValidateBody(customer_id="c1", coupons=["CODE2"])
    harness.run(gb.coupons.post_coupons_validate(body=body))  # generated, inherited

    assert [r.url.path for r in server.requests] == ["/api/v4.0/integrations/coupons/validate"] * 2
    assert json.loads(server.requests[0].content)["coupons"] == ["CODE1"]


CLIENTS = {"bonifiq": (BonifiQ, AsyncBonifiQ), "gameball": (Gameball, AsyncGameball)}
_API_ROW = re.compile(r"^\| `(\w+)\.(\w+)` \| `[A-Z]+ ")


def _api_md_methods() -> dict[str, list[tuple[str, str]]]:
    """api.md's method table per vendor: (attribute, method) as the clients spell them."""
    methods: dict[str, list[tuple[str, str]]] = {}
    vendor = ""
    for line in (ROOT / "api.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            vendor = line[3:].split()[0].lower()
        elif (row := _API_ROW.match(line)) and vendor in CLIENTS:
            methods.setdefault(vendor, []).append((row[1], row[2]))
    return methods


def _client_resources(client_class: type) -> dict[str, type]:
    return {
        name: value.resource_class() for name, value in vars(client_class).items() if isinstance(value, LazyResource)
    }


@pytest.mark.parametrize("vendor", sorted(CLIENTS))
def test_every_api_md_method_is_reachable_on_the_four_clients(vendor: str) -> None:
    methods = _api_md_methods()[vendor]
    assert len(methods) > 40

    for client_class in CLIENTS[vendor]:
        resources = _client_resources(client_class)
        for attribute, name in methods:
            resource = resources.get(attribute)
            assert resource is not None, f"{client_class.__name__}.{attribute}"
            method = getattr(resource, name, None)
            assert callable(method), f"{client_class.__name__}.{attribute}.{name}"
            is_async = client_class.__name__.startswith("Async")
            assert inspect.iscoroutinefunction(method) is is_async, f"{client_class.__name__}.{attribute}.{name}"


@pytest.mark.parametrize("vendor", sorted(CLIENTS))
def test_each_generated_resource_is_behind_exactly_one_attribute(vendor: str) -> None:
    for client_class, base in zip(CLIENTS[vendor], (SyncResource, AsyncResource), strict=True):
        resources = _client_resources(client_class)
        for generated in _classes(vendor, base):
            holders = [name for name, cls in resources.items() if issubclass(cls, generated)]
            assert len(holders) == 1, f"{client_class.__name__}: {generated.__name__} behind {holders}"
            # The module is named after the attribute, as api.md spells it.
            assert generated.__module__.rpartition(".")[2] == holders[0]


def test_the_client_attribute_reaches_the_operation(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, {"HasError": False, "Result": True}))
    bq = harness.bonifiq(server)

    harness.run(bq.affiliates.disable("aff-1"))  # generated only, reached from the client

    assert [(r.method, r.url.path) for r in server.requests] == [("DELETE", "/v1/pvt/Affiliate/disable/aff-1")]


def _hand_written_twins() -> list[tuple[type, type]]:
    pairs = []
    for vendor in sorted(VENDORS):
        package = importlib.import_module(f"loyaltykit.{vendor}.resources")
        for info in pkgutil.iter_modules(package.__path__):
            if info.name.startswith("_"):
                continue
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, cls in vars(module).items():
                twin = vars(module).get(f"Async{name}")
                if inspect.isclass(cls) and cls.__module__ == module.__name__ and inspect.isclass(twin):
                    pairs.append((cls, twin))
    return pairs


def test_hand_written_twins_have_identical_signatures_and_docstrings() -> None:
    pairs = _hand_written_twins()
    assert len(pairs) >= 8
    for cls, twin in pairs:
        for name, method in vars(cls).items():
            if name.startswith("_") or not callable(method):
                continue
            other = vars(twin).get(name)
            assert other is not None, f"{twin.__name__}.{name}"
            assert inspect.signature(method).parameters == inspect.signature(other).parameters, name
            assert method.__doc__ == other.__doc__, f"{cls.__name__}.{name}"


def _read_only_posts() -> list[tuple[str, str, Any, str]]:
    from loyaltykit_bonifiq_api.models.product_points_request import ProductPointsRequest
    from loyaltykit_bonifiq_api.models.tiers_available_request import TiersAvailableRequest
    from loyaltykit_gameball_api.models.calculate_order_cashback_body import CalculateOrderCashbackBody

    return [
        ("bonifiq", "tiers.available", TiersAvailableRequest(customer_id="c1"), "/v1/pvt/Tiers/available"),
        ("bonifiq", "products.points", [ProductPointsRequest("p1", Decimal("10.00"))], "/v1/pvt/Product/points"),
        (
            "gameball",
            "orders.calculate_order_cashback",
            CalculateOrderCashbackBody(total_paid=Decimal(10), total_discount=Decimal(0), total_shipping=Decimal(0)),
            "/api/v4.0/integrations/orders/cashback",
        ),
    ]


@pytest.mark.parametrize(("vendor", "method", "body", "path"), _read_only_posts())
def test_a_post_that_only_reads_is_retried_like_a_get(
    harness: Harness, vendor: str, method: str, body: Any, path: str
) -> None:
    server = FakeServer().reply(json_response(503, {}), json_response(200, {}))
    client = harness.bonifiq(server) if vendor == "bonifiq" else harness.gameball(server)
    resource_name, method_name = method.split(".")

    harness.run(getattr(getattr(client, resource_name), method_name)(body=body, max_retries=1))

    assert [request.url.path for request in server.requests] == [path, path]


def test_only_reads_are_marked_safe_to_repeat_by_the_spec() -> None:
    from loyaltykit_bonifiq_api.api.customer import customer_history
    from loyaltykit_bonifiq_api.api.pos import pos_available_rewards, pos_challenge_validate
    from loyaltykit_bonifiq_api.models.available_rewards_request import AvailableRewardsRequest
    from loyaltykit_bonifiq_api.models.customer_challenge_validate_request import CustomerChallengeValidateRequest
    from loyaltykit_gameball_api.api.transactions import post_transactions_otp
    from loyaltykit_gameball_api.models.post_transactions_otp_body import PostTransactionsOtpBody

    assert pos_available_rewards.request(body=AvailableRewardsRequest()).retry_safe
    assert customer_history.request("c1").retry_safe
    validate = CustomerChallengeValidateRequest(transaction_id="t1", code="123456")
    assert not pos_challenge_validate.request("c1", body=validate).retry_safe
    assert not post_transactions_otp.request(body=PostTransactionsOtpBody(customer_id="c1")).retry_safe

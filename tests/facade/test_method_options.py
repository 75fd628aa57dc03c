"""Per-call options on the named methods: ``bq.customers.points("c-1", timeout=2)`` and the like.

Every public method of every resource takes ``**options: Unpack[RequestOptions]`` (the flows,
``pos.checkout()``, ``pos.reconcile()`` and ``outbox.flush()``, take their settings from the
client: start them from ``client.with_options(...)``).
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from facade.fakes import FakeServer, Harness, json_response
from facade.test_pagination import coupon_pages
from loyaltykit import AsyncBonifiQ, AsyncGameball, BonifiQ, Gameball, RequestOptions, errors
from loyaltykit._resource import LazyResource

POINTS = {"CustomerExists": True, "PointsBalance": 120, "CashbackBalance": 10.5}
CHANGED = {"Result": {"PointsBalance": 1, "CashbackBalance": 2}, "HasError": False}
BALANCE = {"totalPointsBalance": 5}

# Multi-request flows and the workers that loop over them: they run on the client's settings (a
# ``with_options`` copy's, for other ones).
FLOWS = frozenset({"checkout", "reconcile", "flush", "status", "run_worker", "reconcile_worker"})


def resource_classes(client_class: type) -> Iterator[tuple[str, type]]:
    for name, value in vars(client_class).items():
        if isinstance(value, LazyResource):
            yield name, value.resource_class()


def named_methods(resource: type) -> Iterator[tuple[str, Any]]:
    for name, method in inspect.getmembers(resource, inspect.isfunction):
        if not name.startswith("_") and name not in FLOWS:
            yield name, method


@pytest.mark.parametrize(("sync", "asynchronous"), [(BonifiQ, AsyncBonifiQ), (Gameball, AsyncGameball)])
def test_every_named_method_takes_the_request_options_and_twins_agree(sync: type, asynchronous: type) -> None:
    async_resources = dict(resource_classes(asynchronous))
    checked = 0
    for resource_name, resource in resource_classes(sync):
        twin = async_resources[resource_name]
        for name, method in named_methods(resource):
            signature = inspect.signature(method)
            options = signature.parameters.get("options")
            assert options is not None and options.kind is inspect.Parameter.VAR_KEYWORD, f"{resource_name}.{name}"
            assert options.annotation == "Unpack[RequestOptions]", f"{resource_name}.{name}"
            twin_signature = inspect.signature(getattr(twin, name))
            assert twin_signature.parameters == signature.parameters, f"{resource_name}.{name}: twins differ"
            # The same result, but for the twin's own kind of pager (SyncPager / AsyncPager).
            returns = re.sub(r"\b(Sync|Async)", "", str(signature.return_annotation))
            assert re.sub(r"\b(Sync|Async)", "", str(twin_signature.return_annotation)) == returns, name
            checked += 1
        assert {n for n, _ in named_methods(twin)} == {n for n, _ in named_methods(resource)}, resource_name
    assert checked >= 7


def _generated_base(resource: type) -> type | None:
    return next((base for base in resource.__mro__[1:] if "._generated." in base.__module__), None)


@pytest.mark.parametrize("client_class", [BonifiQ, AsyncBonifiQ, Gameball, AsyncGameball])
def test_a_hand_written_method_overrides_the_generated_one_compatibly(client_class: type) -> None:
    """A method of a generated name takes what the generated one takes (names and kinds); more only
    as keyword-only parameters with defaults. mypy --strict checks the same at type-check time."""
    overrides, subclasses = 0, set()
    for resource_name, resource in resource_classes(client_class):
        generated = _generated_base(resource)
        if generated is None or "._generated." in resource.__module__:
            continue
        subclasses.add(resource_name)
        for name in set(vars(resource)) & set(vars(generated)):
            if name.startswith("_") or name == "with_raw_response":
                continue
            where = f"{resource_name}.{name}"
            mine = inspect.signature(vars(resource)[name]).parameters
            theirs = inspect.signature(vars(generated)[name]).parameters
            for parameter in theirs.values():
                assert parameter.name in mine, where
                kind = mine[parameter.name].kind
                # A positional-or-keyword parameter also accepts what a keyword-only one does.
                accepted = {parameter.kind, inspect.Parameter.POSITIONAL_OR_KEYWORD}
                assert kind in accepted, where
            for extra in mine.keys() - theirs.keys():
                assert mine[extra].kind is inspect.Parameter.KEYWORD_ONLY, where
                assert mine[extra].default is not inspect.Parameter.empty, where
            overrides += 1
    if client_class.__name__.endswith("Gameball"):
        assert subclasses == {"coupons", "customers", "orders", "transactions"}
    else:
        assert subclasses == {"customers", "ecommerce_cashback", "orders", "pos", "rewards"}
        assert overrides == 10  # customers get/points, orders get/cancel/complete, rewards.get, ...


def test_bonifiq_read_sends_extra_query_headers_and_timeout(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, POINTS))

    harness.run(
        harness.bonifiq(server).customers.points(
            "c-1", extra_query={"lang": "pt"}, extra_headers={"X-Trace": "t-1"}, timeout=2.5
        )
    )

    (request,) = server.requests
    assert dict(request.url.params) == {"lang": "pt"}
    assert request.headers["X-Trace"] == "t-1"
    assert request.extensions["timeout"]["read"] == 2.5


def test_bonifiq_keyed_write_merges_extra_body(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, CHANGED))

    harness.run(
        harness.bonifiq(server).customers.add_points(
            "c-1", 10, change_key="k-1", reason="r", extra_body={"Reason": "overridden", "NewField": 1}
        )
    )

    (sent,) = server.bodies()
    assert sent["ChangeKey"] == "k-1" and sent["Points"] == 10
    assert sent["Reason"] == "overridden" and sent["NewField"] == 1


def test_bonifiq_pos_method_takes_max_retries(harness: Harness) -> None:
    server = FakeServer().reply(*[json_response(503, {})] * 4, json_response(200, POINTS))
    bq = harness.bonifiq(server)  # two retries by default

    harness.run(bq.customers.points("c-1", max_retries=4))
    assert len(server.requests) == 5

    server.reply(json_response(503, {}))
    with pytest.raises(errors.InternalServerError):
        harness.run(bq.pos.available("c-1", Decimal("50.00"), max_retries=0))
    assert len(server.requests) == 6


def test_gameball_method_sends_the_options(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, BALANCE))

    harness.run(
        harness.gameball(server).customers.balance(
            "c-1", extra_headers={"X-Trace": "t-2"}, extra_query={"lang": "ar"}, timeout=4
        )
    )

    (request,) = server.requests
    assert request.headers["X-Trace"] == "t-2" and request.url.params["lang"] == "ar"
    assert request.extensions["timeout"]["read"] == 4


def test_gameball_write_merges_extra_body_and_is_not_retried_when_told(harness: Harness) -> None:
    server = FakeServer().reply(json_response(503, {}))

    with pytest.raises(errors.InternalServerError):
        harness.run(
            harness.gameball(server).coupons.validate("c-1", ["SAVE10"], extra_body={"channel": "pos"}, max_retries=0)
        )

    (sent,) = server.bodies()
    assert sent["channel"] == "pos" and sent["customerId"] == "c-1"


def test_options_reach_every_page_of_a_cursor_list(harness: Harness) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        after = int(request.url.params.get("startAfter", "0"))
        ids = [i for i in range(after + 1, min(after + 3, 5) + 1)]
        items = [{"gameballTransactionId": str(i), "points": 1} for i in ids]
        return json_response(200, {"transactions": items, "count": 5, "hasMore": ids[-1] < 5})

    server = FakeServer(handler)
    pager = harness.gameball(server).transactions.list(limit=3, extra_headers={"X-Trace": "t-3"}, timeout=7)

    assert len(harness.collect(pager)) == 5
    assert len(server.requests) == 2
    assert all(r.headers["X-Trace"] == "t-3" and r.extensions["timeout"]["read"] == 7 for r in server.requests)


@pytest.mark.parametrize("concurrent", [None, 2], ids=["one by one", "concurrent"])
def test_options_reach_every_page_of_a_numbered_list(harness: Harness, concurrent: int | None) -> None:
    server = coupon_pages(25)
    pager = harness.bonifiq(server).customers.coupons("c-1", page_size=10, extra_query={"tag": "x"}, timeout=6)

    assert len(harness.collect(pager, concurrent=concurrent)) == 25
    assert len(server.requests) == 3
    assert all(r.url.params["tag"] == "x" and r.extensions["timeout"]["read"] == 6 for r in server.requests)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.customers.points("c-1", retries=1), "retries"),
        (lambda c: c.customers.points("c-1", max_retries=-1), "max_retries"),
        (lambda c: c.pos.redeem(7, "c-1", original_key="k", extra_query=["x"]), "extra_query"),
        (lambda c: c.customers.coupons("c-1", extra_body={1: "x"}).to_list(), "extra_body"),
        (lambda c: c.orders.get("o-1", extra_headers={"Authorization": "Basic eA=="}), "extra_headers.Authorization"),
    ],
    ids=["unknown name", "negative retries", "query not a mapping", "body key not text", "auth replaced"],
)
def test_a_wrong_option_on_a_bonifiq_method_is_refused_before_sending(harness: Harness, call: Any, field: str) -> None:
    server = FakeServer()

    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.run(call(harness.bonifiq(server)))

    assert caught.value.field == field
    assert server.requests == []
    assert "eA==" not in str(caught.value)


def test_a_wrong_option_on_a_gameball_method_is_refused_before_sending(harness: Harness) -> None:
    server = FakeServer()
    gb = harness.gameball(server)

    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.run(gb.pos.refund("c-1", "o-1", "5.00", timeout=1, extra_headers={"APIKey": "other"}))
    assert caught.value.field == "extra_headers.APIKey"
    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.run(gb.customers.coupons("c-1", idempotency_key="k"))
    assert caught.value.field == "idempotency_key"
    assert server.requests == []


def test_options_are_typed_as_request_options() -> None:
    module = importlib.import_module("loyaltykit.bonifiq.resources.customers")
    hints = inspect.get_annotations(module.Customers.points, eval_str=True)
    assert hints["options"].__args__ == (RequestOptions,)  # Unpack[RequestOptions]
    assert json.dumps(sorted(RequestOptions.__annotations__)) == json.dumps(
        ["extra_body", "extra_headers", "extra_query", "max_retries", "timeout"]
    )

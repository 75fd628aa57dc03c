"""Per-call options (``RequestOptions``): what they change on the wire, and what they refuse before it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from loyaltykit_bonifiq_api.api.customer import customer_change_cashback, customer_points
from loyaltykit_bonifiq_api.models.change_cashback_request import ChangeCashbackRequest

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import RequestOptions, errors

POINTS = {"CustomerExists": True, "PointsBalance": 120, "CashbackBalance": 10.5}
CHANGED = {"Result": {"PointsBalance": 1, "CashbackBalance": 2}, "HasError": False}


def test_extra_query_and_headers_are_sent(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, POINTS))
    options = RequestOptions(extra_query={"lang": "pt", "full": True}, extra_headers={"X-Trace": "t-1"})

    harness.run(harness.bonifiq(server).call(customer_points, id="c-1", options=options))

    (request,) = server.requests
    assert dict(request.url.params) == {"lang": "pt", "full": "true"}
    assert request.headers["X-Trace"] == "t-1"


def test_extra_body_is_merged_into_the_json_body(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, CHANGED))
    body = ChangeCashbackRequest(change_key="k-1", reason="r")
    options = RequestOptions(extra_body={"Reason": "overridden", "NewField": 1})

    harness.run(harness.bonifiq(server).call(customer_change_cashback, id="c-1", body=body, options=options))

    (sent,) = [json.loads(r.content) for r in server.requests]
    assert sent["ChangeKey"] == "k-1" and sent["Reason"] == "overridden" and sent["NewField"] == 1


def test_a_timeout_per_call_reaches_the_request(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, POINTS))

    harness.run(harness.bonifiq(server).call(customer_points, id="c-1", options=RequestOptions(timeout=2.5)))

    (request,) = server.requests
    assert request.extensions["timeout"]["read"] == 2.5


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"retries": 1}, "retries"),
        ({"max_retries": -1}, "max_retries"),
        ({"extra_query": ["lang"]}, "extra_query"),
        ({"extra_body": {1: "x"}}, "extra_body"),
        ({"extra_headers": {"Authorization": "Basic eA=="}}, "extra_headers.Authorization"),
    ],
    ids=["unknown name", "negative retries", "query not a mapping", "body key not text", "auth replaced"],
)
def test_wrong_options_are_refused_before_sending(harness: Harness, options: Any, field: str) -> None:
    server = FakeServer()
    client = harness.bonifiq(server)

    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.run(client.call(customer_points, id="c-1", options=options))

    assert caught.value.field == field
    assert server.requests == []
    assert "eA==" not in str(caught.value)


def test_extra_body_on_a_call_without_a_json_object_body_is_refused(harness: Harness) -> None:
    server = FakeServer()
    from loyaltykit._call import Call

    call: Call[Any] = Call("X", "POST", "/x", parse=lambda raw: None, json=[1, 2])
    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.run(harness.bonifiq(server).execute(call, RequestOptions(extra_body={"a": 1})))
    assert caught.value.field == "extra_body"
    assert server.requests == []

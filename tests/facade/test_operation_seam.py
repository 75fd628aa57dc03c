"""The one seam to the generated code: a generated ``request(...)`` copied whole into a ``Call``."""

from __future__ import annotations

import pytest
from loyaltykit_bonifiq_api.api.customer import customer_get
from loyaltykit_gameball_api.api.customers import get_customer_tier_progress

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit.errors import BusinessError, InternalServerError


def test_a_header_parameter_is_sent(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, {}))
    gb = harness.gameball(server)

    harness.run(gb.call(get_customer_tier_progress, customer_id="c1", lang="ar"))

    (request,) = server.requests
    assert request.headers["lang"] == "ar"
    assert request.url.path.endswith("/customers/c1/tier-progress")
    assert request.headers["apikey"] == "gb-apikey"  # the client's own headers are still there


def test_an_unset_header_parameter_is_not_sent(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, {}))
    harness.run(harness.gameball(server).call(get_customer_tier_progress, customer_id="c1"))
    assert "lang" not in server.requests[0].headers


def test_extra_headers_still_win_over_a_header_parameter(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, {}))
    gb = harness.gameball(server)
    options = {"extra_headers": {"lang": "en"}}
    harness.run(gb.call(get_customer_tier_progress, customer_id="c1", lang="ar", options=options))
    assert server.requests[0].headers["lang"] == "en"


ENVELOPE_ERROR = {"HasError": True, "ErrorMessage": "Customer not found", "Code": "05", "CodeName": "NotFound"}


def test_call_and_the_named_method_name_an_envelope_error_alike(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, ENVELOPE_ERROR), json_response(200, ENVELOPE_ERROR))
    bq = harness.bonifiq(server)

    with pytest.raises(BusinessError) as named:
        harness.run(bq.customers.get("c1"))
    with pytest.raises(BusinessError) as low_level:
        harness.run(bq.call(customer_get, id="c1"))

    assert str(named.value).startswith("Customer_Get failed")
    assert str(low_level.value).startswith("Customer_Get failed")


def test_call_and_the_named_method_name_a_status_error_alike(harness: Harness) -> None:
    server = FakeServer().reply(json_response(500, {}), json_response(500, {}))
    bq = harness.bonifiq(server, max_retries=0)

    with pytest.raises(InternalServerError) as named:
        harness.run(bq.customers.get("c1"))
    with pytest.raises(InternalServerError) as low_level:
        harness.run(bq.call(customer_get, id="c1"))

    assert str(named.value).startswith("Customer_Get failed with HTTP 500")
    assert str(low_level.value).startswith("Customer_Get failed with HTTP 500")


def test_an_undocumented_success_status_is_refused_by_name(harness: Harness) -> None:
    from loyaltykit.errors import ResponseValidationError

    server = FakeServer().reply(json_response(201, {}))
    with pytest.raises(ResponseValidationError, match="HTTP 201 is not a documented response of Customer_Get"):
        harness.run(harness.bonifiq(server, max_retries=0).call(customer_get, id="c1"))

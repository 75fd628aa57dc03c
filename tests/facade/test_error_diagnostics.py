"""What an error tells the integrator: the operation it was, and the whole status line in the debug log."""

from __future__ import annotations

import logging

import httpx
import pytest

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import errors


def test_debug_log_shows_the_status_line_of_an_error_response(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="loyaltykit")
    server = FakeServer().reply(json_response(404, {"ErrorMessage": "not here"}), *[httpx.Response(503)] * 3)
    with pytest.raises(errors.NotFoundError):
        harness.run(harness.bonifiq(server).customers.points("c-1"))
    with pytest.raises(errors.InternalServerError):
        harness.run(harness.bonifiq(server).customers.points("c-1"))
    assert "Customer_Points -> HTTP 404 Not Found" in caplog.text
    assert caplog.text.count("Customer_Points -> HTTP 503 Service Unavailable") == 3  # every attempt


def test_debug_log_shows_the_status_line_of_a_success(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="loyaltykit")
    server = FakeServer().reply(json_response(200, {"totalPointsBalance": 1}))
    harness.run(harness.gameball(server).customers.balance("c-1"))
    assert "-> HTTP 200 OK" in caplog.text


def test_a_malformed_body_names_the_operation(harness: Harness) -> None:
    server = FakeServer().reply(*[httpx.Response(200, text="<html>maintenance</html>")] * 3)
    with pytest.raises(errors.ResponseValidationError) as caught:
        harness.run(harness.bonifiq(server).customers.points("c-1"))
    assert str(caught.value).startswith("Customer_Points: the response (HTTP 200) could not be parsed")


def test_a_malformed_body_parsed_from_a_raw_response_names_the_operation(harness: Harness) -> None:
    server = FakeServer().reply(httpx.Response(200, text="not json"))
    raw = harness.run(harness.bonifiq(server).with_raw_response.customers.points("c-1"))
    with pytest.raises(errors.ResponseValidationError, match=r"^Customer_Points: "):
        raw.parse()

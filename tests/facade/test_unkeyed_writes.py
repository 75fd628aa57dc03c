"""Writes that carry no idempotency key are never resent after a dropped answer (issue 13).

A Gameball OTP sent twice texts the customer twice and kills the first OTP; a BonifiQ PIN
validation sent twice may count one wrong PIN as several attempts.
"""

from __future__ import annotations

import httpx
import pytest

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import errors


def dropped() -> httpx.ReadError:
    return httpx.ReadError("connection dropped after the request was sent")


def test_a_gameball_otp_is_not_resent_after_a_dropped_answer(harness: Harness) -> None:
    server = FakeServer().reply(dropped(), json_response(200, {}))
    gb = harness.gameball(server)
    sale = gb.pos.checkout("cust-42", "order-otp", "50.00")
    with pytest.raises(errors.APIConnectionError):
        harness.run(sale.send_challenge())
    assert [r.url.path for r in server.requests] == ["/api/v4.0/integrations/transactions/otp"]
    assert harness.sleeps == []


def test_a_bonifiq_pin_validation_is_not_resent_after_a_dropped_answer(harness: Harness) -> None:
    server = FakeServer().reply(dropped(), json_response(200, {"Success": True}))
    bq = harness.bonifiq(server)
    with pytest.raises(errors.APIConnectionError):
        harness.run(bq.pos.validate_challenge("ana@example.com", "txn-1", "123456"))
    assert len(server.requests) == 1
    assert server.requests[0].url.path.lower().endswith("/challengevalidate")
    assert harness.sleeps == []

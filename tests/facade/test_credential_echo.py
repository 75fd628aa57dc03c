"""An error body that echoes credentials never puts them in a message, a repr or a log.

A misconfigured proxy or a verbose server may quote the Authorization header, or the apikey and
secretkey it was sent, in a 500. ``exc.response`` keeps that body for the caller (the documented
escape hatch); everything loyaltykit renders from it is masked: Basic and Bearer tokens by their
pattern, and the client's own credential values whatever their shape.
"""

from __future__ import annotations

import logging

import httpx
import pytest

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import errors
from loyaltykit._redaction import redact_text, secret_values

# What the harness' clients send: BonifiQ Basic base64("bq-token:bq-key"), Gameball's headers.
BASIC = "Basic YnEtdG9rZW46YnEta2V5"
BQ_SECRETS = ("YnEtdG9rZW46YnEta2V5", "bq-token:bq-key", "bq-token", "bq-key")
GB_SECRETS = ("gb-apikey", "gb-secretkey")
BEARER = "Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.sig"


def _echo(status: int, text: str) -> httpx.Response:
    return json_response(status, {"ErrorMessage": text, "message": text, "code": "500"})


def _shown(error: errors.APIError) -> str:
    return str(error) + repr(error) + repr(error.vendor) + repr(error.response) + error.message


@pytest.mark.parametrize("echoed", [BASIC, "bq-token:bq-key", "key bq-key for token bq-token", BEARER])
def test_bonifiq_error_echoing_credentials_is_masked(
    harness: Harness, caplog: pytest.LogCaptureFixture, echoed: str
) -> None:
    caplog.set_level(logging.DEBUG, logger="loyaltykit")
    server = FakeServer().reply(*[_echo(500, f"upstream refused Authorization: {echoed}")] * 3)
    with pytest.raises(errors.InternalServerError) as caught:
        harness.run(harness.bonifiq(server).customers.points("c-1"))
    shown = _shown(caught.value) + caplog.text
    for secret in (*BQ_SECRETS, "eyJhbGciOiJIUzI1NiJ9"):
        assert secret not in shown
    assert "upstream refused Authorization" in str(caught.value)  # the message still says what happened
    assert echoed in caught.value.response.text  # the raw body stays the caller's


@pytest.mark.parametrize("status", [500, 400])
def test_gameball_error_echoing_its_keys_is_masked(
    harness: Harness, caplog: pytest.LogCaptureFixture, status: int
) -> None:
    caplog.set_level(logging.DEBUG, logger="loyaltykit")
    text = "bad headers: apikey=gb-apikey secretkey=gb-secretkey"
    server = FakeServer().reply(*[_echo(status, text)] * 3)
    with pytest.raises(errors.APIStatusError) as caught:
        harness.run(harness.gameball(server).customers.balance("c-1"))
    shown = _shown(caught.value) + caplog.text
    for secret in GB_SECRETS:
        assert secret not in shown
    assert "bad headers" in str(caught.value)
    assert text in caught.value.response.text


def test_an_unreadable_body_echoing_credentials_is_masked(harness: Harness) -> None:
    # Not the vendor's error shape: the body itself is quoted in the message.
    server = FakeServer().reply(httpx.Response(401, text=f"denied: {BASIC} (bq-token)"))
    with pytest.raises(errors.AuthenticationError) as caught:
        harness.run(harness.bonifiq(server).customers.points("c-1"))
    for secret in BQ_SECRETS:
        assert secret not in _shown(caught.value)
    assert "denied: Basic [redacted]" in str(caught.value)


def test_a_malformed_success_echoing_credentials_is_masked(harness: Harness) -> None:
    server = FakeServer().reply(*[httpx.Response(200, text=f"<html>{BASIC} gb-secretkey</html>")] * 3)
    with pytest.raises(errors.ResponseValidationError) as caught:
        harness.run(harness.gameball(server).customers.balance("c-1"))
    for secret in (*GB_SECRETS, "YnEtdG9rZW46YnEta2V5"):
        assert secret not in _shown(caught.value)


def test_redact_text_masks_tokens_by_pattern_and_known_values() -> None:
    assert redact_text(f"got {BASIC}, then") == "got Basic [redacted], then"
    assert redact_text(f"got {BEARER}") == "got Bearer [redacted]"
    assert redact_text("key=s3cr3t-value", secrets={"s3cr3t-value"}) == "key=[redacted]"
    assert redact_text("a basic idea, a bearer bond") == "a basic idea, a bearer bond"  # words, no token


def test_secret_values_decode_basic_auth() -> None:
    found = secret_values({"Authorization": BASIC, "Accept": "application/json"})
    assert set(BQ_SECRETS) <= found
    assert "application/json" not in found
    assert secret_values({"apikey": "gb-apikey", "secretkey": "ab"}) == {"gb-apikey"}  # too short to search for

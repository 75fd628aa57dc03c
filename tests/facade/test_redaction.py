"""Secrets and customer personal data never reach logs, reprs or exception messages."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import errors
from loyaltykit._redaction import redact_text

SECRETS = ("bq-token", "bq-key", "gb-apikey", "gb-secretkey", "YnEtdG9rZW46YnEta2V5")  # last: base64 of token:key
EMAIL, CPF, PHONE = "ana.souza@example.com", "123.456.789-09", "+55 11 98765-4321"


def test_debug_logs_carry_no_secret_and_no_personal_data(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="loyaltykit")
    server = FakeServer().reply(
        json_response(503, {"ErrorMessage": f"customer {EMAIL} busy"}),
        json_response(200, {"PointsBalance": 1}),
        json_response(200, {"totalPointsBalance": 1}),
    )
    harness.run(harness.bonifiq(server).customers.points(EMAIL))
    harness.run(harness.gameball(server).customers.balance(CPF))
    text = caplog.text
    assert "Customer_Points" in text  # the logs say what happened...
    assert "attempt=2" in text
    for secret in SECRETS:
        assert secret not in text  # ...without the credentials
    for personal in (EMAIL, "ana.souza%40example.com", CPF):
        assert personal not in text


def test_client_reprs_hide_credentials(harness: Harness) -> None:
    server = FakeServer()
    for client in (harness.bonifiq(server), harness.gameball(server)):
        shown = repr(client) + repr(client._vendor)
        assert "[redacted]" in shown
        for secret in SECRETS:
            assert secret not in shown


def test_exception_messages_hide_personal_data(harness: Harness) -> None:
    message = f"Customer {EMAIL} with CPF {CPF} and phone {PHONE} not found"
    server = FakeServer().reply(json_response(404, {"ErrorMessage": message}))
    with pytest.raises(errors.NotFoundError) as caught:
        harness.run(harness.bonifiq(server).customers.points(EMAIL))
    shown = str(caught.value) + repr(caught.value) + repr(caught.value.vendor) + repr(caught.value.response)
    for personal in (EMAIL, CPF, PHONE):
        assert personal not in shown
    assert "not found" in shown
    assert message in caught.value.response.text  # the raw body stays available to the caller


@pytest.mark.parametrize("cut", range(1, len(CPF) + 1))
def test_a_long_error_body_is_redacted_before_it_is_shortened(harness: Harness, cut: int) -> None:
    # A body that is not the vendor's error shape is quoted in the message, shortened. Wherever
    # the cut falls, no part of a CPF or e-mail may survive as plain text.
    import httpx

    text = "x" * (199 - cut) + f" {CPF} {EMAIL}"
    server = FakeServer().reply(httpx.Response(404, text=text))
    with pytest.raises(errors.NotFoundError) as caught:
        harness.run(harness.bonifiq(server).customers.points("c-1"))
    shown = str(caught.value)
    assert CPF[:cut] not in shown and "ana.souza" not in shown
    assert "xxxx" in shown  # the body is still quoted


@pytest.mark.parametrize(
    "text",
    [
        EMAIL,
        "ana%40example.com",
        CPF,
        "12345678909",
        "12.345.678/0001-90",
        "12.345.678%2F0001-90",
        PHONE,
        "+5511987654321",
        # Gameball's markets write international numbers in groups.
        "+20 100 123 4567",
        "+971 50 123 4567",
        "+966-55-123-4567",
    ],
)
def test_redact_text_masks_each_kind(text: str) -> None:
    assert text not in redact_text(f"id={text};")


def test_redact_text_leaves_ordinary_text() -> None:
    assert redact_text("order 1234 redeemed 50 points, HTTP 200") == "order 1234 redeemed 50 points, HTTP 200"
    assert redact_text("total +1 20 points, 2026-11-30 12:00") == "total +1 20 points, 2026-11-30 12:00"


def test_loyaltykit_log_env_var_switches_logging_on() -> None:
    code = (
        "import httpx, loyaltykit\n"
        "def handler(request): return httpx.Response(200, json={'PointsBalance': 1})\n"
        "http = httpx.Client(transport=httpx.MockTransport(handler))\n"
        "loyaltykit.BonifiQ('bq-token', 'bq-key', http_client=http).customers.points('c-1')\n"
    )
    env = {"LOYALTYKIT_LOG": "debug", "PATH": ""}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Customer_Points" in result.stderr and "HTTP 200" in result.stderr
    assert "bq-token" not in result.stderr and "YnEtdG9rZW46YnEta2V5" not in result.stderr


def test_sale_flow_reprs_hide_the_customer_and_the_otp() -> None:
    # Tracebacks and crash reporters record the flows the step generators hold.
    from loyaltykit.bonifiq._checkout import SaleFlow as BonifiQFlow
    from loyaltykit.gameball._checkout import SaleFlow as GameballFlow

    gameball = GameballFlow.start(EMAIL, "o-1", "10", None, None, otp_required=True)
    gameball.otp = "482913"
    bonifiq = BonifiQFlow.start(CPF, "o-2", "10", discount_value=None, products=None, branch=None, sales_person=None)
    shown = repr(gameball) + repr(bonifiq)
    for secret in (EMAIL, CPF, "482913"):
        assert secret not in shown
    assert "o-1" in shown and "o-2" in shown

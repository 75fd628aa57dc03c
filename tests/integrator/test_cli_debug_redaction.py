"""``--debug`` shows the HTTP exchange without the PIN, the OTP, credentials or personal data (issue 15)."""

from __future__ import annotations

import json

import httpx
import pytest
from rich.console import Console
from typer.testing import CliRunner

from loyaltykit.cli import _context
from loyaltykit.cli._app import app
from loyaltykit.cli._trace import Tracer
from loyaltykit.sandbox import Credentials

runner = CliRunner()


@pytest.fixture
def codes_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every PIN or OTP the command read from the sandbox: what must not be shown."""
    read: list[str] = []
    real = _context.sandbox_code

    def recording(*args: object) -> str:
        code = real(*args)  # type: ignore[arg-type]
        read.append(code)
        return code

    monkeypatch.setattr(_context, "sandbox_code", recording)
    return read


def _checkout(*args: str) -> str:
    result = runner.invoke(app, [*args, "--pin-from-sandbox", "--sandbox", "--debug"])
    assert result.exit_code == 0, result.stderr
    return result.stdout + result.stderr


def _no_secrets(shown: str) -> None:
    credentials = Credentials()
    for secret in (
        credentials.bonifiq_api_token,
        credentials.bonifiq_api_key,
        credentials.gameball_api_key,
        credentials.gameball_secret_key,
    ):
        assert secret not in shown


def test_bonifiq_debug_hides_the_pin(codes_read: list[str]) -> None:
    shown = _checkout(
        "bonifiq", "checkout", "--customer", "bruno@example.com", "--order", "dbg-1", "--value", "80", "--reward", "1"
    )
    assert len(codes_read) == 1
    assert codes_read[0] not in shown
    assert '"Code":"[redacted]"' in shown  # challengevalidate's request, shown without the PIN
    assert "bruno@example.com" not in shown and "90000-0002" not in shown and "00000000272" not in shown
    _no_secrets(shown)


def test_gameball_debug_hides_the_otp(codes_read: list[str]) -> None:
    shown = _checkout(
        "gameball", "checkout", "--customer", "ana@example.com", "--order", "dbg-2", "--value", "80",
        "--cashback", "10", "--otp",
    )  # fmt: skip
    assert len(codes_read) == 1
    assert codes_read[0] not in shown
    assert '"otp":"[redacted]"' in shown
    assert "ana@example.com" not in shown
    _no_secrets(shown)


def _traced(request: httpx.Request, response: httpx.Response) -> str:
    console = Console(record=True, width=400)
    tracer = Tracer(console, headers=True)
    response.request = request
    tracer.on_request(request)
    tracer.on_response(response)
    return console.export_text()


def test_a_preview_pin_in_the_challenge_reply_is_hidden_and_an_error_code_kept() -> None:
    challenge = httpx.Request("POST", "https://bq.test/v1/pvt/POS/customers/c-1/challenge", json={})
    shown = _traced(challenge, httpx.Response(200, json={"Success": True, "Code": "482913"}))
    assert "482913" not in shown and '"Code":"[redacted]"' in shown
    points = httpx.Request("GET", "https://bq.test/v1/pvt/Customer/c-1/points")
    shown = _traced(points, httpx.Response(200, json={"HasError": True, "Code": "01"}))
    assert '"Code":"01"' in shown  # an error code is no secret


def test_a_body_echoing_the_credentials_is_hidden() -> None:
    headers = {"apikey": "gb-apikey-1234", "secretkey": "gb-secret-5678", "Authorization": "Basic dXNlcjpwYXNz"}
    request = httpx.Request("GET", "https://gb.test/api/v4.0/integrations/customers/c-1/balance", headers=headers)
    echo = json.dumps({"message": "bad gb-apikey-1234 / gb-secret-5678; saw Basic dXNlcjpwYXNz (user:pass)"})
    shown = _traced(request, httpx.Response(500, text=echo))
    for secret in ("gb-apikey-1234", "gb-secret-5678", "dXNlcjpwYXNz", "user:pass"):
        assert secret not in shown
    assert "500 Internal Server Error" in shown


def test_an_error_echoing_the_credentials_prints_none_of_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # The real API behind a proxy that quotes what it was sent: the one error line and the
    # --debug exchange show neither the credentials nor the customer.
    def echo(request: httpx.Request) -> httpx.Response:
        quoted = "; ".join(f"{name}={value}" for name, value in request.headers.items())
        return httpx.Response(502, json={"ErrorMessage": f"bad gateway for {request.url}: {quoted}"})

    def http(self: _context.Target) -> httpx.Client:
        hooks = self.tracer.hooks() if self.tracer is not None else {}
        return self._clients.enter_context(httpx.Client(transport=httpx.MockTransport(echo), event_hooks=hooks))

    monkeypatch.setattr(_context.Target, "http", http)
    env = {
        "BONIFIQ_API_TOKEN": "integrator-token",
        "BONIFIQ_API_KEY": "integrator-key",
        "GAMEBALL_API_KEY": "integrator-gb-apikey",
        "GAMEBALL_SECRET_KEY": "integrator-gb-secret",
    }
    for args in (("bonifiq", "points", "ana@example.com"), ("gameball", "balance", "ana@example.com")):
        for debug in ((), ("--debug",)):
            result = runner.invoke(app, [*args, "--json", *debug], env=env)
            shown = result.stdout + result.stderr
            assert result.exit_code == 1, shown
            assert "InternalServerError" in shown and "bad gateway" in shown and "Traceback" not in shown
            for secret in (*env.values(), "aW50ZWdyYXRvci10b2tlbjppbnRlZ3JhdG9yLWtleQ==", "ana@example.com"):
                assert secret not in shown, (args, debug, shown)

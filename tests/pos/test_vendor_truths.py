"""What each vendor answers where they differ, as the docstrings and the README say it (issue 15)."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from loyaltykit.errors import NotFoundError
from loyaltykit.sandbox import Credentials, RunningSandbox, SandboxConfig, start_in_thread
from pos.harness import PosHarness


def test_an_unknown_customer_bonifiq_points_is_no_error(pos: PosHarness) -> None:
    # BonifiQ's Customer Points model says so: CustomerExists "if True the customer was found".
    bq = pos.bonifiq()
    points = pos.run(bq.customers.points("nobody@example.com"))
    assert points.customer_exists is False
    assert pos.run(bq.customers.points("ana@example.com")).customer_exists is True
    pos.run(bq.close())


def test_an_unknown_customer_gameball_balance_is_not_found(pos: PosHarness) -> None:
    gb = pos.gameball()
    with pytest.raises(NotFoundError):
        pos.run(gb.customers.balance("nobody@example.com"))
    pos.run(gb.close())


def _challenge_code(base_url: str, credentials: Credentials) -> str | None:
    from loyaltykit import BonifiQ

    with (
        BonifiQ(credentials.bonifiq_api_token, credentials.bonifiq_api_key, base_url=base_url) as bq,
        bq.pos.checkout("bruno@example.com", "preview-1", Decimal("80.00")) as sale,
    ):
        sale.rewards()
        challenge = sale.send_challenge()
        sale.abandon()
    return challenge.preview_code


def test_preview_code_is_none_unless_the_environment_returns_the_pin(pos_sandbox: RunningSandbox) -> None:
    httpx.post(pos_sandbox.admin_url + "/reset", json={"seed": "demo"}, timeout=10).raise_for_status()
    assert _challenge_code(pos_sandbox.base_url, pos_sandbox.credentials) is None  # the default, as in production
    with start_in_thread(SandboxConfig(credentials=Credentials(), return_pin_in_challenge=True)) as preview:
        code = _challenge_code(preview.base_url, preview.credentials)
        pin = httpx.get(preview.admin_url + "/bonifiq/customers/bruno@example.com/pin", timeout=10).json()["Pin"]
    assert code == pin

"""The command line as a cashier or a script meets it (issue 15): exact JSON, clear refusals, no traceback."""

from __future__ import annotations

import json
from decimal import Decimal

from typer.testing import CliRunner

from loyaltykit.cli._app import app

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_checkout_json_is_the_sales_summary_with_exact_amounts() -> None:
    code, out, err = invoke(
        "bonifiq", "checkout", "--customer", "bruno@example.com", "--order", "cli-json-1", "--value", "80.00",
        "--reward", "1", "--pin-from-sandbox", "--sandbox", "--json",
    )  # fmt: skip
    assert code == 0, err
    assert "1. Rewards" in err  # the steps go to stderr; stdout is the JSON alone
    summary = json.loads(out, parse_float=Decimal)
    assert summary["total"] == Decimal("70.00") and '"total":70.00' in out
    assert summary["order"]["order_id"] == "cli-json-1"
    assert summary["redemption"]["external_code"] == summary["order"]["external_code"]


def test_gameball_checkout_json_too() -> None:
    code, out, err = invoke(
        "gameball", "checkout", "--customer", "ana@example.com", "--order", "cli-json-2", "--value", "120",
        "--cashback", "10", "--sandbox", "--json",
    )  # fmt: skip
    assert code == 0, err
    summary = json.loads(out, parse_float=Decimal)
    assert summary["total"] == Decimal("110.00") and summary["discount"] == Decimal("10.00")


def test_cashback_for_a_customer_without_cashback_is_refused_before_any_redeem() -> None:
    # bruno has no cashback: the sale completed at full price without a word, exit 0.
    code, out, err = invoke(
        "bonifiq", "checkout", "--customer", "bruno@example.com", "--order", "cli-nocb", "--value", "80",
        "--cashback", "10", "--pin-from-sandbox", "--sandbox",
    )  # fmt: skip
    assert code == 1
    assert "--cashback" in err and "no cashback" in err and "Traceback" not in err
    assert "2. Validation" not in out and "4. Order" not in out


def test_a_value_in_fractions_of_a_cent_is_refused_naming_the_option() -> None:
    code, out, err = invoke(
        "bonifiq", "checkout", "--customer", "ana@example.com", "--order", "cli-cents", "--value", "12.345", "--sandbox"
    )
    assert code == 2
    assert "--value" in err and "whole cents" in err
    assert "1. Rewards" not in out


def test_a_percent_reward_shows_a_rate_not_money() -> None:
    code, out, _ = invoke(
        "bonifiq", "checkout", "--customer", "ana@example.com", "--order", "cli-pct", "--value", "80", "--sandbox"
    )
    assert code == 0
    (row,) = [line for line in out.splitlines() if "15% de desconto" in line]
    assert "15%" in row.replace("15% de desconto", "") and "15.00" not in row


def test_percent_coupons_show_a_rate_on_both_vendors() -> None:
    for vendor in ("bonifiq", "gameball"):
        code, out, _ = invoke(vendor, "coupons", "ana@example.com", "--sandbox")
        assert code == 0
        assert "10%" in out and "10.00" not in out  # coupon 2: a 10 percent coupon


def test_gameball_coupons_say_yes_or_no_like_the_other_tables() -> None:
    code, out, _ = invoke("gameball", "coupons", "ana@example.com", "--sandbox")
    assert code == 0
    assert "yes" in out and "True" not in out


def test_a_sandbox_admin_refusal_is_one_line_without_the_customers_document() -> None:
    # Diego (a CPF id) has no contact, so no PIN was sent: the admin API answers 400.
    code, out, err = invoke(
        "bonifiq", "checkout", "--customer", "00000000434", "--order", "cli-cpf", "--value", "80",
        "--pin-from-sandbox", "--sandbox",
    )  # fmt: skip
    assert code == 1
    assert "Traceback" not in err and "HTTPStatusError" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert "00000000434" not in err + out and "no challenge was sent" in err


def test_debug_shows_the_status_line_of_an_error_response() -> None:
    code, _, err = invoke("gameball", "balance", "nobody-at-all", "--sandbox", "--debug")
    assert code == 1
    assert "← 404 Not Found" in err

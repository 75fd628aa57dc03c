"""The ``loyaltykit`` command line, on an embedded sandbox (``--sandbox``)."""

from __future__ import annotations

import base64
import json
import re
import socket
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from outbox.orders import enqueue
from typer.testing import CliRunner

from loyaltykit import BonifiQ
from loyaltykit.cli._app import app
from loyaltykit.errors import APIConnectionError
from loyaltykit.journal import SaleStatus, SQLiteJournal
from loyaltykit.sandbox import Credentials

runner = CliRunner()


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def test_bonifiq_points_as_json() -> None:
    code, out, _ = invoke("bonifiq", "points", "ana@example.com", "--sandbox", "--json")
    assert code == 0
    assert json.loads(out)["PointsBalance"] == 1500


def test_json_keeps_the_digits_of_money_never_a_float() -> None:
    code, out, _ = invoke("bonifiq", "points", "ana@example.com", "--sandbox", "--json")
    assert code == 0
    assert str(json.loads(out, parse_float=Decimal)["CashbackBalance"]) == "25.00"  # not 25.0


def test_bonifiq_coupons_page_through_everything() -> None:
    code, out, _ = invoke("bonifiq", "coupons", "ana@example.com", "--sandbox", "--json")
    assert code == 0
    assert len(json.loads(out)) == 123


def test_gameball_balance_as_a_table() -> None:
    code, out, _ = invoke("gameball", "balance", "ana@example.com", "--sandbox")
    assert code == 0
    assert "1500" in out and "150.00" in out


def test_a_checkout_step_by_step_with_the_pin_from_the_sandbox() -> None:
    code, out, _ = invoke(
        "bonifiq", "checkout", "--customer", "bruno@example.com", "--order", "cli-1", "--value", "80",
        "--reward", "1", "--pin-from-sandbox", "--sandbox",
    )  # fmt: skip
    assert code == 0, out
    for step in ("1. Rewards", "2. Validation", "3. Redeem", "4. Order"):
        assert step in out
    assert "paid 70.00" in out


@pytest.mark.parametrize("reward", ["99", "\u0661"], ids=["unknown", "Arabic-Indic one"])
def test_a_reward_not_offered_is_one_clear_line(reward: str) -> None:
    # "\u0661".isdigit() is true and int() reads it as 1: it named reward 1.
    code, out, err = invoke(
        "bonifiq", "checkout", "--customer", "bruno@example.com", "--order", f"cli-bad-{reward}", "--value", "80",
        "--reward", reward, "--pin-from-sandbox", "--sandbox",
    )  # fmt: skip
    assert code == 1, out
    assert "3. Redeem" not in out
    assert "InvalidArgumentError: reward" in err and "not among" in err and "Traceback" not in err


def test_bonifiq_coupons_as_a_table() -> None:
    code, out, _ = invoke("bonifiq", "coupons", "ana@example.com", "--sandbox")
    assert code == 0, out
    assert "123 coupons" in out
    assert "SBX-191-0001" in out and "SBX-191-0123" in out and "FIXED_VALUE" in out


def test_gameball_coupons_as_a_table_and_as_json() -> None:
    code, out, _ = invoke("gameball", "coupons", "ana@example.com", "--sandbox")
    assert code == 0, out
    assert "3 coupons" in out and "SBX-191-0001" in out and "Cupom 3" in out and "15.00" in out
    code, out, _ = invoke("gameball", "coupons", "ana@example.com", "--sandbox", "--json")
    assert code == 0, out
    assert [(c["code"], c["value"]) for c in json.loads(out)] == [
        ("SBX-191-0001", 5),
        ("SBX-191-0002", 10),
        ("SBX-191-0003", 15),
    ]


def test_a_gameball_checkout_with_the_otp_from_the_sandbox() -> None:
    code, out, _ = invoke(
        "gameball", "checkout", "--customer", "ana@example.com", "--order", "cli-gb-1", "--value", "80",
        "--cashback", "8", "--otp", "--pin-from-sandbox", "--sandbox",
    )  # fmt: skip
    assert code == 0, out
    for step in ("1. Rewards", "2. Validation", "3. Redeem", "4. Order"):
        assert step in out
    assert "OTP read from the sandbox" in out and "PIN accepted" in out
    assert "discount 8.00" in out and "order cli-gb-1 paid 72.00, linked to HOLD-" in out


def test_a_gameball_checkout_without_otp_skips_the_validation() -> None:
    code, out, _ = invoke(
        "gameball", "checkout", "--customer", "ana@example.com", "--order", "cli-gb-2", "--value", "80",
        "--cashback", "8", "--pin-from-sandbox", "--sandbox",
    )  # fmt: skip
    assert code == 0, out
    assert "OTP read from the sandbox" not in out and "order cli-gb-2 paid 72.00" in out


def test_the_sandbox_command_passes_its_arguments_to_the_sandbox() -> None:
    code, out, _ = invoke("sandbox", "--help")
    assert code == 0
    assert "usage: python -m loyaltykit.sandbox" in out and "--hold-ttl" in out
    code, _, err = invoke("sandbox", "--no-such-option")
    assert code == 2 and "unrecognized arguments: --no-such-option" in err


def test_errors_are_one_clear_line_and_a_non_zero_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("BONIFIQ_API_TOKEN", "BONIFIQ_API_KEY"):
        monkeypatch.delenv(variable, raising=False)
    code, _, err = invoke("bonifiq", "points", "ana@example.com")
    assert code == 1
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "ConfigurationError" in lines[0] and "$BONIFIQ_API_TOKEN" in lines[0]


def test_an_api_error_is_one_line_too() -> None:
    code, _, err = invoke("bonifiq", "checkout", "--customer", "ana@example.com", "--order", "cli-2",
                          "--value", "10", "--cashback", "999", "--sandbox")  # fmt: skip
    assert code == 1
    assert "InvalidArgumentError" in err and "cashback" in err and "Traceback" not in err


def test_debug_shows_the_exchange_with_secrets_and_personal_data_redacted() -> None:
    code, _, err = invoke("bonifiq", "points", "ana@example.com", "--sandbox", "--debug")
    assert code == 0
    assert "→ GET /v1/pvt/Customer/[redacted]/points" in err and "← 200" in err
    assert "sandbox-bonifiq" not in err and "ana@example.com" not in err and "ana%40example.com" not in err
    assert "'authorization': '[redacted]'" in err.lower()


@pytest.mark.parametrize(
    "args",
    [("bonifiq", "points", "ana@example.com", "--sandbox", "--debug"), ("demo",)],
    ids=["debug", "demo"],
)
def test_the_http_clients_made_for_tracing_are_closed(monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]) -> None:
    made: list[httpx.Client] = []

    class Recorded(httpx.Client):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(httpx, "Client", Recorded)
    code, out, _ = invoke(*args)
    assert code == 0, out[-2000:]
    assert made and [client.is_closed for client in made] == [True] * len(made)


def test_an_amount_that_is_not_a_number_is_refused() -> None:
    code, _, err = invoke("bonifiq", "checkout", "--customer", "c", "--order", "o", "--value", "ten")
    assert code != 0 and "not an amount" in err


@pytest.mark.parametrize("value", ["1_000", "1e30", "0.001", "10.005", "-5"])
def test_an_amount_is_read_as_the_sdk_reads_it(value: str) -> None:
    # Decimal() alone reads "1_000" as 1000 and "1e30" as a number; the SDK refuses both.
    code, _, err = invoke("gameball", "checkout", "--customer", "c", "--order", "o", "--value", value)
    assert code != 0 and "not an amount" in err


def test_the_demo_runs_a_sale_on_both_vendors() -> None:
    code, out, _ = invoke("demo")
    assert code == 0, out[-2000:]
    assert out.count("4. Order") == 2 and out.count("5. Partial refund") == 2
    assert "PIN accepted" in out and "demo finished" in out
    # Amounts shown as the JSON numbers sent: the cashback redeemed is Decimal("10.00").
    assert re.search(r'"Value":10\.00[,}]', out)
    assert "ana@example.com" not in out and "sandbox-bonifiq-token" not in out
    # BonifiQ's credentials travel as Basic auth (base64 of token:key), Gameball's as plain headers.
    credentials = Credentials()
    basic = base64.b64encode(f"{credentials.bonifiq_api_token}:{credentials.bonifiq_api_key}".encode()).decode()
    for secret in (basic, credentials.bonifiq_api_key, credentials.gameball_api_key, credentials.gameball_secret_key):
        assert secret not in out


def _journal_with_orders(path: Path) -> str:
    with SQLiteJournal(path) as journal:
        enqueue(journal, "bonifiq", "cli-off-1", "cli-off-2", total="50.10")
        enqueue(journal, "gameball", "cli-off-3", total="20.00")
    return str(path)


def test_outbox_status_reads_the_journal_with_exact_amounts(tmp_path: Path) -> None:
    journal = _journal_with_orders(tmp_path / "pos.db")

    code, out, err = invoke("outbox", "status", "--journal", journal, "--json")
    assert code == 0, err
    report = json.loads(out, parse_float=Decimal)
    queued = report["bonifiq"]["queued"]
    assert [(i["order_id"], i["state"], i["attempts"]) for i in queued] == [
        ("cli-off-1", "queued", 0),
        ("cli-off-2", "queued", 0),
    ]
    assert str(queued[0]["total"]) == "50.10" and '"total":50.10' in out  # Decimal text, never a float
    assert [i["order_id"] for i in report["gameball"]["queued"]] == ["cli-off-3"]

    code, out, _ = invoke("outbox", "status", "--journal", journal, "--vendor", "gameball")
    assert code == 0 and "cli-off-3" in out and "cli-off-1" not in out and "1 queued" in out


def test_outbox_flush_delivers_on_the_sandbox_then_status_shows_them_delivered(tmp_path: Path) -> None:
    journal = _journal_with_orders(tmp_path / "pos.db")

    code, out, err = invoke("outbox", "flush", "--journal", journal, "--sandbox", "--json")
    assert code == 0, err
    report = json.loads(out, parse_float=Decimal)
    assert [i["order_id"] for i in report["bonifiq"]["delivered"]] == ["cli-off-1", "cli-off-2"]
    assert [i["order_id"] for i in report["gameball"]["delivered"]] == ["cli-off-3"]
    assert report["bonifiq"]["queued"] == report["gameball"]["failed"] == []

    code, out, _ = invoke("outbox", "status", "--journal", journal)
    assert code == 0 and "2 delivered, 0 queued, 0 failed" in out


def test_outbox_flush_of_one_vendor_needs_only_its_credentials(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with SQLiteJournal(tmp_path / "pos.db") as opened:
        enqueue(opened, "gameball", "cli-off-4")
    for variable in ("BONIFIQ_API_TOKEN", "BONIFIQ_API_KEY", "GAMEBALL_API_KEY", "GAMEBALL_SECRET_KEY"):
        monkeypatch.delenv(variable, raising=False)

    code, _, err = invoke("outbox", "flush", "--journal", str(tmp_path / "pos.db"))

    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 1 and len(lines) == 1 and "ConfigurationError" in lines[0] and "GAMEBALL" in lines[0]


def test_outbox_with_no_journal_there_is_one_line_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    code, _, err = invoke("outbox", "status", "--journal", str(missing))
    assert code == 1 and "JournalError: no journal at" in err and not missing.exists()


def test_outbox_help_says_a_redeem_is_never_made_offline() -> None:
    code, out, _ = invoke("outbox", "--help")
    assert code == 0 and "never made offline" in " ".join(out.split())


def test_reconcile_resends_an_order_a_terminal_lost(tmp_path: Path) -> None:
    """A terminal whose order never got through (loyalty down) left it in doubt in its journal."""
    journal = tmp_path / "terminal-7.db"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        down = f"http://127.0.0.1:{s.getsockname()[1]}"
    credentials = Credentials()
    with BonifiQ(
        credentials.bonifiq_api_token, credentials.bonifiq_api_key, base_url=down, max_retries=0, journal=journal
    ) as bq:
        sale = bq.pos.checkout("ana@example.com", "cli-lost-1", "50.00")
        with pytest.raises(APIConnectionError):
            sale.complete(total="50.00")

    code, out, _ = invoke("reconcile", "--journal", str(journal), "--sandbox")
    assert code == 0 and "nothing in doubt for more than 300 s" in out  # still within the grace period
    code, out, _ = invoke("reconcile", "--journal", str(journal), "--older-than", "0", "--sandbox", "--json")
    assert code == 0, out
    assert json.loads(out) == [
        {"vendor": "bonifiq", "order_id": "cli-lost-1", "step": "complete", "action": "resent_order",
         "detail": "registered now"}
    ]  # fmt: skip
    code, out, _ = invoke("reconcile", "--journal", str(journal), "--older-than", "0", "--vendor", "gameball")
    assert code == 0 and "nothing in doubt" in out  # no Gameball sale: no Gameball credentials needed


def test_reconcile_refuses_a_journal_that_is_not_there(tmp_path: Path) -> None:
    code, _, err = invoke("reconcile", "--journal", str(tmp_path / "none.db"))
    assert code == 2 and "--journal" in err


def test_journal_purge_removes_finished_sales_and_keeps_open_ones(tmp_path: Path) -> None:
    path = tmp_path / "pos.db"
    with SQLiteJournal(path) as journal:
        for order_id in ("DONE-1", "OPEN-1"):
            journal.open_sale("bonifiq", order_id, "ana@example.com", Decimal("10.00"))
        done = journal.sale("bonifiq", "DONE-1")
        assert done is not None
        journal.update_sale(done, status=SaleStatus.COMPLETED)

    code, out, err = invoke("journal", "purge", "--journal", str(path), "--older-than-days", "0", "--json")
    assert code == 0, err
    assert json.loads(out) == {"removed": 1, "older_than_days": 0}
    code, out, _ = invoke("journal", "purge", "--journal", str(path), "--older-than-days", "30")
    assert code == 0 and "removed 0 finished sale(s) older than 30 day(s)" in out
    with SQLiteJournal(path) as journal:
        assert [s.order_id for s in journal.sales()] == ["OPEN-1"]

    code, _, _ = invoke("journal", "purge", "--journal", str(path), "--older-than-days", "-1")
    assert code != 0
    code, _, err = invoke("journal", "purge", "--journal", str(tmp_path / "missing.db"), "--older-than-days", "1")
    assert code != 0 and not (tmp_path / "missing.db").exists()

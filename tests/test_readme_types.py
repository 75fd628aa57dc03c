"""What users copy type-checks: README.md's Python blocks and examples/typed_tour.py pass
``mypy --strict``, and the check fails on a wrong type. The tour also runs on the sandbox."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from readme_blocks import python_blocks

from loyaltykit import BonifiQ, Gameball

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "examples"))
import typed_tour  # noqa: E402

# Wrong types the check must catch: points_balance is `int | None`, not `str`; a redemption's
# detail is one of the vendors' models, not `Any`.
WRONG = """
from loyaltykit import BonifiQ
from loyaltykit.checkout import Redemption


def balance_text(bq: BonifiQ) -> str:
    return bq.customers.points("ana@example.com").points_balance


def detail_text(redemption: Redemption) -> str:
    return redemption.detail
"""


@pytest.mark.slow
def test_readme_blocks_and_the_typed_tour_pass_mypy_strict_and_a_wrong_type_fails(tmp_path: Path) -> None:
    blocks = [block for block in python_blocks() if block.kind != "fragment"]
    assert len(blocks) >= 5
    files = []
    for block in blocks:
        path = tmp_path / f"readme_line_{block.line}.py"
        path.write_text(block.code, encoding="utf-8")
        files.append(path)
    wrong = tmp_path / "wrong_type.py"
    wrong.write_text(WRONG, encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--strict"]
    result = subprocess.run(
        [*command, *map(str, files), str(ROOT / "examples" / "typed_tour.py"), str(wrong)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert errors, result.stdout + result.stderr
    # Only the deliberately wrong file fails, and for the reason it was written.
    assert [line for line in errors if "wrong_type.py" not in line] == [], result.stdout
    assert any('got "int | None", expected "str"' in line for line in errors), result.stdout
    assert any(
        'got "CouponlessRewardRedeemResponse | PostTransactionsHoldResponse200 | None"' in line for line in errors
    ), result.stdout


def test_the_typed_tour_runs_on_the_sandbox(bonifiq_client: BonifiQ, gameball_client: Gameball) -> None:
    bonifiq_order = typed_tour.bonifiq_tour(bonifiq_client, "tour-bq-1")
    gameball_order = typed_tour.gameball_tour(gameball_client, "tour-gb-1")
    assert bonifiq_order.order_id == "tour-bq-1" and not bonifiq_order.already_existed
    assert gameball_order.order_id == "tour-gb-1" and not gameball_order.already_existed

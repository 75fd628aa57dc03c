"""A sandbox restarted on its --db never reissues a reference it has stored.

Its generator is seeded (replays are reproducible), so a restart used to start the sequence
over: the first hold after it took the reference of the first hold before it and failed on
the table's UNIQUE constraint, as did coupon locks, until the old count was passed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from loyaltykit.sandbox import SandboxConfig, start_in_thread

from .conftest import CREDENTIALS, client, gameball_headers

ANA = "ana@example.com"
ANA_COUPONS = ["SBX-191-0001", "SBX-191-0002", "SBX-191-0003"]  # the demo seed's
WHEN = "2026-01-15T12:00:00Z"


def _references(gameball: httpx.Client, coupon: str) -> tuple[str, str]:
    held = gameball.post("/transactions/hold", json={"customerId": ANA, "transactionTime": WHEN, "pointsToHold": 10})
    assert held.status_code == 200, held.text
    locked = gameball.post(
        "/coupons/validate", json={"customerId": ANA, "coupons": [coupon], "lock": True, "lockDuration": 5}
    )
    assert locked.status_code == 200, locked.text
    body: dict[str, Any] = locked.json()
    return held.json()["holdReference"], body["lockReference"]


def _run(db: str, coupon: str) -> tuple[str, str]:
    with (
        start_in_thread(SandboxConfig(db=db, credentials=CREDENTIALS)) as sandbox,
        client(base_url=sandbox.gameball_base_url, headers=gameball_headers()) as gameball,
    ):
        return _references(gameball, coupon)


def test_a_restart_on_the_same_db_issues_new_references(tmp_path: Path) -> None:
    db = str(tmp_path / "sandbox.db")
    first = _run(db, ANA_COUPONS[0])
    second = _run(db, ANA_COUPONS[1])
    third = _run(db, ANA_COUPONS[2])
    assert len({first[0], second[0], third[0]}) == 3
    assert len({first[1], second[1], third[1]}) == 3


def test_an_in_memory_sandbox_still_replays_its_references() -> None:
    """Without a file nothing is stored between runs: the same seed gives the same references."""
    assert _run(":memory:", ANA_COUPONS[0]) == _run(":memory:", ANA_COUPONS[0])

"""Fault rules scoped to the requests that carry one ``X-Sandbox-Fault-Scope`` value.

Many clients share one sandbox at once (the soak's terminals): a rule meant for one of them must
neither fire on, nor be used up by, another's requests.
"""

from __future__ import annotations

import httpx
import pytest

from loyaltykit.sandbox._faults import SCOPE_HEADER, parse_cli_fault

from .test_gameball import ANA

BALANCE = f"/customers/{ANA}/balance"
ROUTE = "GET /api/v4.0/integrations/customers/{customerId}/balance"


def scoped(name: str) -> dict[str, str]:
    return {SCOPE_HEADER: name}


def test_a_scoped_rule_fires_only_on_its_scope_and_is_used_up_only_by_it(
    gameball: httpx.Client, admin: httpx.Client
) -> None:
    rule = {"route": ROUTE, "kind": "status_503", "times": 2, "scope": "sale-1"}
    admin.post("/faults", json=rule).raise_for_status()
    assert gameball.get(BALANCE).status_code == 200  # no scope
    assert gameball.get(BALANCE, headers=scoped("sale-2")).status_code == 200
    assert gameball.get(BALANCE, headers=scoped("sale-1")).status_code == 503
    assert admin.get("/faults").json()["faults"][0]["times"] == 1  # the others did not use it up
    assert gameball.get(BALANCE, headers=scoped("sale-1")).status_code == 503
    assert gameball.get(BALANCE, headers=scoped("sale-1")).status_code == 200
    log = admin.get("/faults/log").json()["log"]
    assert [(e["kind"], e["scope"]) for e in log] == [("status_503", "sale-1")] * 2


def test_unscoped_rules_still_fire_for_everyone_beside_scoped_ones(gameball: httpx.Client, admin: httpx.Client) -> None:
    admin.post(
        "/faults",
        json=[
            {"route": ROUTE, "kind": "status_503", "times": 1, "scope": "sale-1"},
            {"route": ROUTE, "kind": "status_500", "times": 1},
        ],
    ).raise_for_status()
    assert gameball.get(BALANCE, headers=scoped("sale-2")).status_code == 500  # the unscoped rule
    assert gameball.get(BALANCE, headers=scoped("sale-1")).status_code == 503
    assert gameball.get(BALANCE, headers=scoped("sale-1")).status_code == 200


def test_rules_and_log_are_listed_and_cleared_per_scope(gameball: httpx.Client, admin: httpx.Client) -> None:
    for name in ("sale-1", "sale-2"):
        admin.post("/faults", json={"route": ROUTE, "kind": "status_503", "times": 3, "scope": name})
        gameball.get(BALANCE, headers=scoped(name))
    admin.post("/faults", json={"route": "POS_Redeem", "kind": "status_500"}).raise_for_status()

    assert [r["scope"] for r in admin.get("/faults", params={"scope": "sale-1"}).json()["faults"]] == ["sale-1"]
    assert [e["scope"] for e in admin.get("/faults/log", params={"scope": "sale-2"}).json()["log"]] == ["sale-2"]

    assert admin.delete("/faults", params={"scope": "sale-1"}).json()["faults"] == []  # what is left of it
    assert [r["scope"] for r in admin.get("/faults").json()["faults"]] == ["sale-2", None]
    assert admin.delete("/faults/log", params={"scope": "sale-1"}).json()["log"] == []
    assert [e["scope"] for e in admin.get("/faults/log").json()["log"]] == ["sale-2"]
    gameball.get(BALANCE, headers=scoped("sale-2"))
    assert [e["seq"] for e in admin.get("/faults/log").json()["log"]] == [2, 3]  # numbered in firing order
    assert gameball.get(BALANCE, headers=scoped("sale-1")).status_code == 200  # its rule is gone
    assert gameball.get(BALANCE, headers=scoped("sale-2")).status_code == 503  # the other's is not


@pytest.mark.parametrize("scope", ["", 5, "x" * 256, "tab\there", None])
def test_a_bad_scope_in_a_rule_is_a_400_naming_it(admin: httpx.Client, scope: object) -> None:
    refused = admin.post("/faults", json={"route": ROUTE, "kind": "status_503", "scope": scope})
    assert refused.status_code == 400 and refused.json()["field"] == "scope"
    assert admin.get("/faults").json()["faults"] == []


@pytest.mark.parametrize("params", [{"scope": ""}, {"scope": "x" * 256}, {"other": "1"}])
def test_a_bad_scope_in_a_query_is_a_400_and_clears_nothing(admin: httpx.Client, params: dict[str, str]) -> None:
    admin.post("/faults", json={"route": ROUTE, "kind": "status_503", "scope": "kept"}).raise_for_status()
    for path in ("/faults", "/faults/log"):
        refused = admin.delete(path, params=params)
        assert refused.status_code == 400 and refused.json()["field"] in params
    assert len(admin.get("/faults").json()["faults"]) == 1


def test_the_cli_form_takes_a_scope() -> None:
    assert parse_cli_fault("status_503@POS_Redeem,scope=sale-7,times=1") == {
        "kind": "status_503",
        "route": "POS_Redeem",
        "scope": "sale-7",
        "times": 1,
    }

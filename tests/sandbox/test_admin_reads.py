"""The admin API's read views of orders, BonifiQ redeems and Gameball holds, and customer copies.

A reconciliation (the soak's) compares what its clients believe with these views over HTTP, so
that it works against a sandbox in another process, never by reading the SQLite file.
"""

from __future__ import annotations

from decimal import Decimal

import httpx

from .test_bonifiq_pos import ANA, BRUNO, body, order, redeem
from .test_gameball import WHEN, hold


def test_a_bonifiq_order_and_its_redeem_are_read_through_the_admin_api(
    bonifiq: httpx.Client, admin: httpx.Client
) -> None:
    code = body(redeem(bonifiq, 1, ANA, "PDV-REWARD-1-admin"))["Result"]["ExternalCode"]
    redeem(bonifiq, 3, ANA, "PDV-REWARD-3-admin", "5.00")  # cashback, left unused
    assert order(bonifiq, "PDV-ADMIN-1", ANA, "119.90", coupon=code).status_code == 200

    found = admin.get("/bonifiq/orders/PDV-ADMIN-1")
    assert found.status_code == 200
    placed = body(found)
    assert (placed["order_id"], placed["customer_id"], placed["coupon"]) == ("PDV-ADMIN-1", ANA, code)
    assert Decimal(placed["total"]) == Decimal("119.90") and placed["redeem_id"] is not None
    assert "payload" not in placed  # the request as sent may hold personal data

    redeems = body(admin.get(f"/bonifiq/customers/{ANA}/redeems"))["redeems"]
    assert [(r["original_key"], r["state"]) for r in redeems] == [
        ("PDV-REWARD-1-admin", "active"),
        ("PDV-REWARD-3-admin", "active"),
    ]
    linked = redeems[0]
    assert (linked["external_code"], linked["order_id"], linked["points"]) == (code, placed["id"], 100)
    assert Decimal(redeems[1]["cashback"]) == Decimal("5.00") and redeems[1]["order_id"] is None
    assert "response" not in linked

    orders = body(admin.get(f"/bonifiq/customers/{ANA}/orders"))["orders"]
    assert [o["order_id"] for o in orders] == ["PDV-ADMIN-1"]
    assert body(admin.get(f"/bonifiq/customers/{BRUNO}/orders"))["orders"] == []


def test_a_missing_order_is_a_404_and_an_unknown_vendor_or_customer_a_400(admin: httpx.Client) -> None:
    missing = admin.get("/bonifiq/orders/PDV-NOWHERE")
    assert missing.status_code == 404 and "PDV-NOWHERE" in missing.json()["error"]
    assert admin.get("/other/orders/PDV-NOWHERE").status_code == 400
    assert admin.get("/bonifiq/customers/nobody@example.com/redeems").status_code == 400
    assert admin.get("/gameball/customers/nobody@example.com/holds").status_code == 400


def test_gameball_holds_show_the_order_that_used_them(gameball: httpx.Client, admin: httpx.Client) -> None:
    used = body(hold(gameball, 100))["holdReference"]
    kept = body(hold(gameball, 50))["holdReference"]
    placed = gameball.post(
        "/orders",
        json={
            "customerId": ANA,
            "orderId": "ORD-ADMIN-1",
            "orderDate": WHEN,
            "totalPaid": 90,
            "redemption": {"pointsHoldReference": used},
        },
    )
    assert placed.status_code == 200

    holds = {h["reference"]: h for h in body(admin.get(f"/gameball/customers/{ANA}/holds"))["holds"]}
    assert (holds[used]["state"], holds[used]["order_id"], holds[used]["points"]) == ("Used", "ORD-ADMIN-1", 100)
    assert (holds[kept]["state"], holds[kept]["order_id"]) == ("Active", None)
    found = body(admin.get("/gameball/orders/ORD-ADMIN-1"))
    assert (found["hold_reference"], Decimal(found["total"]), found["customer_id"]) == (used, Decimal(90), ANA)
    assert admin.get("/bonifiq/orders/ORD-ADMIN-1").status_code == 404  # per vendor


def test_a_customer_copy_has_the_profile_flags_and_balances_but_none_of_the_history(
    bonifiq: httpx.Client, admin: httpx.Client
) -> None:
    admin.post(f"/bonifiq/customers/{ANA}/flags", json={"should_validate": True}).raise_for_status()
    redeem(bonifiq, 1, ANA, "PDV-REWARD-1-before-copy")
    source = admin.get(f"/bonifiq/customers/{ANA}").json()

    copied = admin.post(f"/bonifiq/customers/{ANA}/copy", json={"to": "ana.copy@example.com"})
    assert copied.status_code == 200
    state = copied.json()
    assert state["customer_id"] == "ana.copy@example.com"
    assert (state["points"], state["cashback"]) == (source["points"], source["cashback"])
    assert state["should_validate"] is True
    assert [(e["cause"], e["points"]) for e in state["ledger"]] == [("seed", source["points"])]
    assert body(admin.get("/bonifiq/customers/ana.copy@example.com/redeems"))["redeems"] == []
    # The vendor API serves the copy like any customer.
    balance = body(bonifiq.get("/Customer/ana.copy@example.com/points"))
    assert balance["PointsBalance"] == source["points"]

    again = admin.post(f"/bonifiq/customers/{ANA}/copy", json={"to": "ana.copy@example.com"})
    assert again.status_code == 409
    assert admin.get(f"/bonifiq/customers/{ANA}").json()["points"] == source["points"]  # untouched


def test_a_copy_request_is_checked_field_by_field(admin: httpx.Client) -> None:
    cases = [
        ({}, "to"),
        ({"to": ""}, "to"),
        ({"to": 5}, "to"),
        ({"to": "x" * 256}, "to"),
        ({"to": "ok@example.com", "points": 5}, "points"),
    ]
    for payload, field in cases:
        refused = admin.post(f"/gameball/customers/{ANA}/copy", json=payload)
        assert refused.status_code == 400 and refused.json()["field"] == field, payload
    assert admin.post("/gameball/customers/nobody@example.com/copy", json={"to": "n@example.com"}).status_code == 400


def test_a_gameball_copy_is_a_customer_of_gameball_only(gameball: httpx.Client, admin: httpx.Client) -> None:
    assert admin.post(f"/gameball/customers/{ANA}/copy", json={"to": "ana.g@example.com"}).status_code == 200
    assert int(body(gameball.get("/customers/ana.g@example.com/balance"))["availablePointsBalance"]) == 1500
    assert admin.get("/bonifiq/customers/ana.g@example.com").status_code == 400

"""Parallel redeems against one balance: the lock lets exactly as many through as it allows."""

from __future__ import annotations

import asyncio

import httpx

from .conftest import CREDENTIALS, HTTP, async_client

CUSTOMER = "concorrente@example.com"


async def test_twenty_parallel_redeems_on_a_balance_for_five(sandbox: object, bonifiq: httpx.Client) -> None:
    bonifiq.post("/Customer/upsert", json={"OriginalId": CUSTOMER, "Name": "Concorrente", "IsEnrolled": True})
    added = bonifiq.post(
        f"/Customer/{CUSTOMER}/points", json={"Points": 500, "OperationType": 0, "Reason": "t", "ChangeKey": "C-500"}
    )
    assert added.status_code == 200
    auth = (CREDENTIALS.bonifiq_api_token, CREDENTIALS.bonifiq_api_key)
    base = str(bonifiq.base_url)
    limits = httpx.Limits(max_connections=20)
    async with async_client(base_url=base, auth=auth, limits=limits) as client:
        responses = await asyncio.gather(
            *(
                client.post(
                    "/POS/rewards/1/redeem",  # 100 points each
                    json={"CustomerId": CUSTOMER, "OriginalKey": f"PAR-{n}", "RedeemOrigin": 5},
                )
                for n in range(20)
            )
        )
    succeeded = [r for r in responses if r.status_code == 200 and r.json()["Result"]]
    refused = [r for r in responses if r.status_code == 400]
    assert len(succeeded) == 5 and len(refused) == 15
    assert {r.json()["CodeName"] for r in refused} == {"NotEnoughPoints"}
    state = HTTP.get(f"{sandbox.admin_url}/bonifiq/customers/{CUSTOMER}").json()  # type: ignore[attr-defined]
    assert state["points"] == 0
    assert state["ledger_sums"]["points"] == 0
    assert [e["cause"] for e in state["ledger"]].count("redeem") == 5

"""A POS terminal in a process of its own, for the restart tests (tests/pos/test_sale_journal.py).

    python terminal.py VENDOR MODE JOURNAL BASE_URL ORDER_ID redeem|complete   (credentials in the environment)

``redeem``: checkout, rewards, redeem 5.00 of cashback (points), print the external code, then wait
to be killed. ``complete``: checkout the same order again (no ``resume=``) and complete it; print
what the sale restored and what the order carried, as JSON.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import sys
import time
from decimal import Decimal
from typing import Any

import loyaltykit

CASHBACK = {"bonifiq": 3, "gameball": "points"}


async def settle(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def main(vendor: str, mode: str, journal: str, base_url: str, order_id: str, action: str) -> None:
    if vendor == "bonifiq":
        cls: Any = loyaltykit.AsyncBonifiQ if mode == "async" else loyaltykit.BonifiQ
        client = cls(os.environ["BQ_TOKEN"], os.environ["BQ_KEY"], base_url=base_url, journal=journal)
    else:
        cls = loyaltykit.AsyncGameball if mode == "async" else loyaltykit.Gameball
        client = cls(os.environ["GB_KEY"], os.environ["GB_SECRET"], base_url=base_url, journal=journal)
    sale = client.pos.checkout("ana@example.com", order_id, Decimal("50.00"))
    if action == "redeem":
        await settle(sale.rewards())
        redemption = await settle(sale.redeem(CASHBACK[vendor], cashback="5.00"))
        print(redemption.external_code, flush=True)
        time.sleep(60)  # killed here, mid-sale
        return
    restored = sale.redemption.external_code if sale.redemption is not None else None
    order = await settle(sale.complete(total="45.00"))
    print(json.dumps({"restored": restored, "external_code": order.external_code}), flush=True)


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:7]))

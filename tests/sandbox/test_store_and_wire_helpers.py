"""The shared helpers the vendor modules rely on: lookups in the store, proportional refunds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from loyaltykit.sandbox._store import Store
from loyaltykit.sandbox._wire import proportional


def test_proportional_rounds_half_up_and_never_exceeds_what_remains() -> None:
    assert proportional(101, 0, Decimal("0.5")) == 51  # whole points, half up
    assert proportional(Decimal("10.05"), Decimal(0), Decimal("0.5")) == Decimal("5.03")  # cents, half up
    assert proportional(100, 90, Decimal("0.5")) == 10  # capped by what remains
    assert proportional(Decimal("7.00"), Decimal("2.50"), None) == Decimal("4.50")  # the rest
    # Three thirds add up to the whole when the last one takes the rest.
    first = proportional(100, 0, Decimal(1) / 3)
    second = proportional(100, first, Decimal(1) / 3)
    assert first + second + proportional(100, first + second, None) == 100


def test_db_lookups_and_require_customer() -> None:
    store = Store()
    with store.transaction() as db:
        customer_id = db.insert(
            "customers", {"vendor": "gameball", "external_id": "c1", "created_at": "2026-01-01T00:00:00.000Z"}
        )
        db.insert(
            "orders",
            {
                "vendor": "gameball",
                "original_id": "o1",
                "customer_id": customer_id,
                "total": Decimal("9.90"),
                "state": 2,
                "created_at": "2026-01-01T00:00:00.000Z",
                "payload": "{}",
            },
        )
    with store.read() as db:
        assert db.require_customer("gameball", "c1", KeyError).id == customer_id
        with pytest.raises(KeyError, match="c2"):
            db.require_customer("gameball", "c2", KeyError)
        found = db.order("gameball", "o1")
        assert found is not None and found.total == Decimal("9.90")
        assert db.order("bonifiq", "o1") is None and db.redeem(1) is None

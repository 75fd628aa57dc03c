"""Money arithmetic in cents: rounding and exact proportional allocation."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

# The largest amount loyaltykit sends: just under a trillion. No loyalty purchase, balance or
# refund comes near it, and every cent up to it is exact as an IEEE double (up to about 9e13),
# which is how many JSON readers take numbers; above it an amount could arrive as another one.
MAX_AMOUNT = Decimal("999999999999.99")


def to_cents(amount: Decimal) -> int:
    return int((amount / CENT).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) * CENT).quantize(CENT)


def money(amount: Decimal) -> Decimal:
    """``amount`` rounded to cents, halves up (how the vendors round)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def allocate(total: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """Split ``total`` over ``weights`` in cents so that the parts add up to it exactly.

    Largest remainder: each part gets the floor of its exact share, and the cents left over go
    to the largest fractional parts (earlier first on ties). BonifiQ's POS guide spreads order
    totals and refunds this way (https://github.com/bonifiq/pdv-bonifiqintegration-example,
    docs/cookbook.md).
    """
    cents = to_cents(total)
    clean = [max(w, Decimal(0)) for w in weights]
    whole = sum(clean, Decimal(0))
    if not clean:
        return []
    if whole == 0:
        return [Decimal("0.00") for _ in clean]
    exact = [Decimal(cents) * w / whole for w in clean]
    floors = [int(e) for e in exact]
    leftover = cents - sum(floors)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:leftover]:
        floors[i] += 1
    return [from_cents(c) for c in floors]

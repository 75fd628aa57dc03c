"""The idempotency keys loyaltykit derives, and how.

A point-of-sale terminal may lose its connection after the server applied a change, then retry
from another process or after a restart. If the retry carries the same key, the vendor applies
the change once. So keys are *derived* from what identifies the operation, never random:

- ``original_key(reward_id, customer_id, order_id, value)``: BonifiQ's ``OriginalKey`` for a POS
  redeem. The same sale redeeming the same reward for the same value always gets the same key,
  and BonifiQ answers a repeated key with the first redeem's result (same ExternalCode).
- ``cancel_key(order_id, value, products)``: BonifiQ's ``CancelKey`` for a partial cancel, and
  ``refund_key(...)`` the same for a Gameball refund's ``refundTransactionId``. Two *different*
  partial refunds of one order with the same value and products get the same key, so the second
  is reported as a repeat (``already_applied``) and not applied.
- ``refund_id_key(order_id, refund_id)``: the key of a refund the POS names itself (the return's
  id): ``refund_id=`` on ``bq.pos.partial_cancel`` and ``gb.pos.refund``. One refund per id and
  order, whatever its value: an identical second refund with another id is applied, the same id
  again is a repeat. The order is part of the key, so returns numbered per order do not collide
  on Gameball, whose ``refundTransactionId`` is unique across the account.

A key is ``lk1-<kind>-<hex>``: ``lk1`` is the derivation's version, ``<hex>`` the first 24 hex
digits of SHA-256 over the parts joined by a unit separator. Customer ids (an e-mail or a CPF)
therefore never appear in a key. Amounts are written with two decimals, so ``10``, ``10.0`` and
``10.00`` give the same key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal

from ._money import money

VERSION = "lk1"
_SEPARATOR = "\x1f"

__all__ = ["cancel_key", "derive", "key_in", "original_key", "refund_id_key", "refund_key"]


def key_in(body: object, fields: Iterable[str]) -> str | None:
    """The first non-empty idempotency key among ``fields`` of a JSON request body."""
    if isinstance(body, dict):
        for field in fields:
            value = body.get(field)
            if isinstance(value, str) and value:
                return value
    return None


def _amount(value: Decimal | None) -> str:
    return "-" if value is None else str(money(value))


def derive(kind: str, *parts: object) -> str:
    """``lk1-<kind>-<24 hex digits>`` over ``parts`` (Decimals are written to the cent)."""
    text = _SEPARATOR.join(_amount(p) if isinstance(p, Decimal) else str(p) for p in (kind, *parts))
    return f"{VERSION}-{kind}-{hashlib.sha256(text.encode()).hexdigest()[:24]}"


def original_key(reward_id: int | str, customer_id: str, order_id: str, value: Decimal | None) -> str:
    """BonifiQ ``OriginalKey`` of the redeem of ``reward_id`` in sale ``order_id``."""
    return derive("redeem", reward_id, customer_id, order_id, _amount(value))


def _lines(products: Iterable[tuple[str, Decimal]] | None) -> str:
    return ",".join(f"{sku}={_amount(value)}" for sku, value in sorted(products or ()))


def cancel_key(order_id: str, value: Decimal, products: Iterable[tuple[str, Decimal]] | None = None) -> str:
    """BonifiQ ``CancelKey`` of a partial cancel of ``value`` (by product) on ``order_id``."""
    return derive("cancel", order_id, _amount(value), _lines(products))


def refund_key(order_id: str, value: Decimal | None) -> str:
    """Gameball ``refundTransactionId`` of a refund of ``value`` (None: the rest) on ``order_id``."""
    return derive("refund", order_id, _amount(value))


def refund_id_key(order_id: str, refund_id: str) -> str:
    """The CancelKey / refundTransactionId of the refund the POS calls ``refund_id`` on ``order_id``."""
    return derive("return", order_id, refund_id)

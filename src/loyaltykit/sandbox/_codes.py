"""BonifiQ's enums as the sandbox stores and sends them (integers on the wire).

Named once here so that both vendors' emulations (a Gameball order is stored as a BonifiQ-style
order) read the same values. The numbers are BonifiQ's: RewardType, CannotUseReason, OrderState
and OrderOrigin as its POS pages and its own POS demo use them, e.g.
https://developers.bonifiq.com.br/api-reference/pos/returns-a-list-of-available-rewards-for-a-given-customer-and-purchase
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class RewardType(IntEnum):
    PERCENT_DISCOUNT = 0
    FIXED_VALUE_DISCOUNT = 1
    CASHBACK = 3
    CUSTOM = 4
    PRODUCT_DISCOUNT = 5


class CannotUseReason(IntEnum):
    CAN_USE = 0
    NOT_ENOUGH_POINTS = 1
    MINIMUM_VALUE_NOT_REACHED = 2
    CASHBACK_NOT_AVAILABLE = 3
    NO_CUSTOMER = 4
    REWARD_VALUE_EXCEEDS_PURCHASE = 5
    MINIMUM_PURCHASE_PERCENT_NOT_REACHED = 6
    CUSTOMER_NOT_ENROLLED = 7
    CANNOT_USE_CUMULATIVE_DISCOUNT = 8
    PRODUCT_REWARD_NO_APPLICABLE_PRODUCT = 9
    PRODUCT_REWARD_USAGE_LIMIT_REACHED = 10
    PRODUCT_REWARD_REQUIRES_CHECKOUT = 11
    PRODUCT_REWARD_INVALID_CONFIGURATION = 12


class OrderState(IntEnum):
    """An order's ``State`` (and the ``Status`` of a cancel or partial cancel reply)."""

    INITIAL = 0
    PENDING = 1
    COMPLETE = 2
    CANCELED = 3
    IGNORED = 4


class OrderOrigin(IntEnum):
    INTEGRATION = 0
    API = 1
    IMPORT = 2
    PDV = 3
    OFFLINE_INTEGRATION = 4


class HoldState(StrEnum):
    """A Gameball hold's ``state`` (GET /transactions/hold/{holdReferenceId}), stored as text."""

    ACTIVE = "Active"
    USED = "Used"
    RELEASED = "Released"
    EXPIRED = "Expired"

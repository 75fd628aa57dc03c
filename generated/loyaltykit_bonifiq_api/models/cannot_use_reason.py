from enum import IntEnum


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

    @classmethod
    def _missing_(cls, value: object) -> "CannotUseReason | None":
        # loyaltykit: a value the server added after this client was generated is kept as
        # a pseudo-member named UNKNOWN_<value>, so parsing never fails on it.
        if not (isinstance(value, int) and not isinstance(value, bool)):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)

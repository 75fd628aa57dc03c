from enum import StrEnum


class CustomerCouponsResponseCouponsType0ItemTypeType0(StrEnum):
    CUSTOM = "Custom"
    FIXED_RATE_DISCOUNT = "Fixed Rate Discount"
    FREE_PRODUCT = "Free Product"
    FREE_SHIPPING = "Free Shipping"
    PERCENTAGE = "Percentage"
    PERCENTAGE_BASED_CASHBACK = "Percentage-based Cashback"
    PERCENTAGE_BASED_FEES_DISCOUNT = "Percentage-based Fees Discount"

    @classmethod
    def _missing_(cls, value: object) -> "CustomerCouponsResponseCouponsType0ItemTypeType0 | None":
        # loyaltykit: a value the server added after this client was generated is kept as
        # a pseudo-member named UNKNOWN_<value>, so parsing never fails on it.
        if not (isinstance(value, str)):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)

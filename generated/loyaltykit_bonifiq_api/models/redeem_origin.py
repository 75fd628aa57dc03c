from enum import IntEnum


class RedeemOrigin(IntEnum):
    LANDING_PAGE = 0
    WIDGET = 1
    COPILOT = 2
    CHECKOUT = 3
    API = 4
    PDV = 5

    @classmethod
    def _missing_(cls, value: object) -> "RedeemOrigin | None":
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

from enum import IntEnum


class ApiResponseErrorDescriptionCode(IntEnum):
    CAMPAIGN_INVALID_DATE_RANGE = 0
    CAMPAIGN_CONFLICT = 1
    REWARD_POINTS_SHOULD_BE_POSITIVE = 2
    REWARD_VALUE_SHOULD_BE_POSITIVE = 3
    REWARD_VALUE_SHOULD_BE_100_PERCENT_MAX = 4
    REWARD_VALUE_SHOULD_BE_999_VALUE_MAX = 5
    REWARD_POINTS_SHOULD_BE_9999_VALUE_MAX = 6
    GENERAL_FIELD_CANNOT_BE_NULL_OR_BLANK = 7
    GENERAL_FIELD_CANNOT_BE_DEFAULT = 8
    GENERAL_BIGGER_THAN_ZERO = 9
    GENARAL_LENGTH_LIMIT_EXCEEDED = 10
    ORDER_ORDER_COMPLETED_NEDD_COMPLETED_DATE = 11
    ORDER_ORDER_COMPLETED_DATE_MUST_BE_AFTER_PLACEMENT_DATE = 12
    ORDER_COMPLETED_ORDER_CANNOT_BE_CANCELLED = 13
    ORDER_CANCELLED_ORDER_REQUIRES_CANCELLATION_DATE = 14
    ORDER_ORDER_CANCELLATION_DATE_BEFORE_PLACEMENT_DATE = 15
    POINTS_POINTS_CANNOT_BE_ZERO = 16
    FILE_UPLOAD_NO_FILE_RECEIVED = 17
    FILE_UPLOAD_MORE_THAN_ONE_FILE_RECEIVED = 18
    OBJECTIVE_AMOUNT_OF_POINTS_CANNOT_BE_LESS_THAN_ONE = 19
    OBJECTIVE_DISCOUNT_VALUE_CANNOT_BE_LESS_THAN_ONE = 20
    OBJECTIVE_ORDER_MINIMUM_VALUE_CANNOT_BE_LESS_THAN_ZERO = 21
    OBJECTIVE_DAYS_TO_WAIT_TO_GRANT_POINTS_CANNOT_BE_LESS_THAN_ZERO = 22

    @classmethod
    def _missing_(cls, value: object) -> "ApiResponseErrorDescriptionCode | None":
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

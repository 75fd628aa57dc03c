from enum import StrEnum


class GetBatchesBatchIdStatusResponse200StatusType0(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"

    @classmethod
    def _missing_(cls, value: object) -> "GetBatchesBatchIdStatusResponse200StatusType0 | None":
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

from enum import StrEnum


class GetCustomerActivitiesActivityType(StrEnum):
    AUTOMATION = "Automation"
    CAMPAIGNREWARDED = "CampaignRewarded"
    CANCEL = "Cancel"
    EXPIRY = "Expiry"
    LIFETIME = "Lifetime"
    MIGRATION = "Migration"
    PAYMENTREWARD = "PaymentReward"
    REDEMPTION = "Redemption"
    REFERRAL = "Referral"
    REFERRALBONUSREWARD = "ReferralBonusReward"
    REFERRED = "Referred"
    REFUND = "Refund"
    SUCCESSFULACTION = "SuccessfulAction"
    TIERDOWNGRADED = "TierDowngraded"
    TIERMIGRATION = "TierMigration"
    TIERUPGRADED = "TierUpgraded"

    @classmethod
    def _missing_(cls, value: object) -> "GetCustomerActivitiesActivityType | None":
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

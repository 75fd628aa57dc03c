"""Configuration of a sandbox instance: credentials, business rules, faults, storage."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

# Accepted when the matching environment variable is unset. They are printed at start and
# documented in the sandbox README: they protect nothing and must never be real keys.
DEFAULT_BONIFIQ_API_TOKEN = "sandbox-bonifiq-token"
DEFAULT_BONIFIQ_API_KEY = "sandbox-bonifiq-key"
DEFAULT_GAMEBALL_API_KEY = "sandbox-gameball-apikey"
DEFAULT_GAMEBALL_SECRET_KEY = "sandbox-gameball-secretkey"


@dataclass(frozen=True, repr=False)
class Credentials:
    """The four values the sandbox accepts (BonifiQ Basic auth, Gameball headers).

    Its repr shows the sandbox's own defaults and hides any other value: one adopted from
    ``BONIFIQ_*`` / ``GAMEBALL_*`` may be a real key, and reprs end up in logs.
    """

    bonifiq_api_token: str = DEFAULT_BONIFIQ_API_TOKEN
    bonifiq_api_key: str = DEFAULT_BONIFIQ_API_KEY
    gameball_api_key: str = DEFAULT_GAMEBALL_API_KEY
    gameball_secret_key: str = DEFAULT_GAMEBALL_SECRET_KEY

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Credentials:
        env = os.environ if environ is None else environ
        return cls(
            bonifiq_api_token=env.get("BONIFIQ_API_TOKEN") or DEFAULT_BONIFIQ_API_TOKEN,
            bonifiq_api_key=env.get("BONIFIQ_API_KEY") or DEFAULT_BONIFIQ_API_KEY,
            gameball_api_key=env.get("GAMEBALL_API_KEY") or DEFAULT_GAMEBALL_API_KEY,
            gameball_secret_key=env.get("GAMEBALL_SECRET_KEY") or DEFAULT_GAMEBALL_SECRET_KEY,
        )

    def as_dict(self) -> dict[str, str]:
        return {
            "BONIFIQ_API_TOKEN": self.bonifiq_api_token,
            "BONIFIQ_API_KEY": self.bonifiq_api_key,
            "GAMEBALL_API_KEY": self.gameball_api_key,
            "GAMEBALL_SECRET_KEY": self.gameball_secret_key,
        }

    def shown(self) -> dict[str, str | None]:
        """``as_dict`` with every value that is not the sandbox's default replaced by None."""
        return {name: value if value == _DEFAULTS[name] else None for name, value in self.as_dict().items()}

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name.lower()}={'<hidden>' if value is None else repr(value)}" for name, value in self.shown().items()
        )
        return f"Credentials({fields})"


_DEFAULTS = Credentials().as_dict()


@dataclass(frozen=True)
class CashbackRule:
    """How the server caps the cashback usable on one purchase (MaxCashbackForCurrentPurchase).

    BonifiQ computes the cap from the balance and usage rules such as a minimum purchase; its
    POS demo's mock models it as min(balance, purchase x max percent).
    Both knobs are here; ``None`` switches a knob off.
    """

    max_percent_of_purchase: Decimal | None = Decimal("50")
    # E.g. Decimal("10"): every R$ 10.00 of eligible purchase unlocks R$ 1.00 of cashback.
    min_purchase_per_cashback_unit: Decimal | None = None
    # The demo's slider starts at 1 (whole currency units): below this the reward is unusable.
    minimum_usable: Decimal = Decimal("1")


@dataclass(frozen=True)
class SandboxConfig:
    """Everything a sandbox instance needs; every field has a usable default."""

    db: str = ":memory:"
    seed: str | None = "demo"
    credentials: Credentials = field(default_factory=Credentials.from_env)
    cashback_rule: CashbackRule = field(default_factory=CashbackRule)
    # SKUs whose value is not eligible for rewards (reduces EligibleValue: HasRestrictedItems /
    # RestrictedValue / EligibleValue of POS rewards/available).
    restricted_product_ids: frozenset[str] = frozenset({"SKU-TOBACCO", "SKU-GIFTCARD"})
    cashback_enabled: bool = True
    # Points per currency unit estimated for an order (BonifiQ EstimatedBonus) and credited
    # at once for a Gameball order (rewardedPoints).
    earn_points_per_unit: Decimal = Decimal("1")
    earn_cashback_percent: Decimal = Decimal("5")
    # A redeem for a customer flagged ShouldValidateCustomer needs a PIN validated within
    # this many seconds (sandbox choice: the real enforcement is not documented). 0 = off.
    validation_window_seconds: int = 1800
    # BonifiQ preview environments return the PIN in the challenge response (as its POS guide says).
    return_pin_in_challenge: bool = False
    # Partial cancels give back the redeemed points/cashback in proportion unless the request
    # says otherwise (ShouldRefundRedeem overrides "the tenant's configuration").
    refund_redeem_on_partial_cancel: bool = True
    # Gameball: holds expire after this many seconds ("typically 10 minutes",
    # https://docs.gameball.co/installation-guides/v3/pos/integrate-redemption).
    hold_ttl_seconds: int = 600
    # Gameball: an OTP (POST /transactions/otp) is accepted by a hold or redeem for this long
    # after it was made (sandbox choice: Gameball does not document the lifetime).
    otp_ttl_seconds: int = 600
    gameball_currency: str = "EGP"
    gameball_point_value: Decimal = Decimal("0.1")
    # Off by default so that load tests are not throttled; see _ratelimit.
    gameball_rate_limits: bool = False
    # Multiplies every documented limit (e.g. 0.1 makes 30 req/s become 3 req/s in tests).
    gameball_rate_limit_scale: Decimal = Decimal("1")
    # Reject request fields the spec does not define (the real servers probably ignore them).
    strict_unknown_fields: bool = True
    faults: Sequence[Mapping[str, Any]] = ()
    fault_seed: int = 0
    # Seeds ids, PINs and codes so that a run can be replayed.
    random_seed: int = 0

    # --- requests (admin API access, body size) ---
    # Host names the admin API answers to besides loopback ones; run() and start_in_thread()
    # add the host they bind. Anything else in ``Host`` (DNS rebinding) is a 403.
    admin_hosts: tuple[str, ...] = ()
    # A larger request body, vendor or admin, is a 413 before it is read.
    max_body_bytes: int = 1024 * 1024
    # Gameball request bodies to the letter of its spec: an explicit null in an optional
    # field is a 400. Off by default: Gameball's own SDKs send such nulls (sandbox README).
    strict: bool = False

    # --- webhooks (README, "Webhooks") ---
    # (vendor, url) endpoints registered at start (``--webhook gameball=URL``), unless stored already.
    webhooks: tuple[tuple[str, str], ...] = ()
    # Seconds between a failed attempt and the next, for both vendors (tests use milliseconds);
    # None: each vendor's schedule (Gameball +5, +20, +60 min).
    webhook_retry_delays: tuple[float, ...] | None = None
    # BonifiQ counts a call unanswered after 30 s as failed; Gameball documents no timeout.
    webhook_timeout_seconds: float = 30
    # BonifiQ may disable a subscription after this many failed calls in a row (0: never).
    bonifiq_webhook_failures_to_disable: int = 5
    # Gameball's ``client_id`` in every event (the merchant's account id at Gameball).
    gameball_client_id: str = "sandbox"

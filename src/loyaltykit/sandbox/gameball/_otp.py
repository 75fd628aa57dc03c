"""The OTP a hold or a direct redeem may carry (POST /transactions/otp makes one)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from .._clock import iso
from .._runtime import Runtime
from .._store import Customer, Db, Otp
from ._errors import invalid_value


def last_otp(db: Db, customer: Customer) -> Otp | None:
    return db.last_otp(customer.id)


def check_otp(rt: Runtime, db: Db, customer: Customer, body: Mapping[str, Any]) -> None:
    """The ``otp`` of a hold or a direct redeem, as the spec describes it.

    ``ignoreOTP: true`` skips the check. An ``otp`` must be the customer's last one, made
    less than ``otp_ttl_seconds`` ago; it may serve several holds within that time (whether
    Gameball spends it at first use is undocumented). Without ``otp``, a customer flagged
    ``otp_required`` is refused. An ``otp`` for a customer who neither has the flag nor ever
    asked for an OTP is ignored, as for accounts without OTP enabled ("used only if your
    account has OTP configuration enabled").

    No OTP error code is documented: 3003 "Invalid value" (422) is the closest; a missing OTP
    is refused the same way as a wrong one.
    """
    if body.get("ignoreOTP") is True:
        return
    given = body.get("otp")
    stored = last_otp(db, customer)
    if not given:
        if customer.otp_required:
            raise invalid_value("An OTP is required for this customer: request one with POST /transactions/otp.")
        return
    if stored is None and not customer.otp_required:
        return
    since = iso(rt.clock.now() - timedelta(seconds=rt.config.otp_ttl_seconds))
    if stored is None or stored.otp != str(given).strip() or stored.created_at <= since:
        raise invalid_value("Invalid or expired OTP.")

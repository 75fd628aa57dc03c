"""BonifiQ's POS operations: the offer, the PIN, redeems and their cancels, and the order shortcuts.

https://developers.bonifiq.com.br/api-reference/pos/returns-a-list-of-available-rewards-for-a-given-customer-and-purchase
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from .._clock import iso
from .._codes import CannotUseReason, RewardType
from .._runtime import Call, Handler, Runtime, require_str
from .._store import Customer, Db, Redeem
from .._wire import ApiError, Reply, money
from ._envelope import VENDOR, WARNING, customer_or_error, envelope, outcome, reward_not_found
from ._order import add_pos_order, cancel_order, partial_cancel
from ._params import int_param
from ._redeems import cancel_redeem, create_redeem, redeem_cost, replay
from ._rules import cannot_use_reason, cashback_cap, line_value
from ._views import offer_customer_view, reward_view

P = "/v1/pvt/POS"


def available(rt: Runtime, call: Call) -> Reply:
    """POST /POS/rewards/available: AvailableRewards, without an envelope."""
    body = call.body
    ident = require_str(body, "CustomerId")
    purchase = money(body.get("PurchaseValue"), "PurchaseValue", non_negative=True)
    discount = money(body.get("DiscountValue") or 0, "DiscountValue", non_negative=True)
    restricted = Decimal(0)
    for line in body.get("Products") or []:
        if line:
            # Every line is checked, though only restricted ones change what is eligible.
            value = line_value(line)
            if line.get("OriginalId") in rt.config.restricted_product_ids:
                restricted += value
    eligible = max(Decimal(0), purchase - discount - restricted)
    with rt.store.read() as db:
        customer = db.find_customer(VENDOR, ident)
        rewards = db.reward_configs()
    balance = customer.cashback if customer else Decimal(0)
    cap = cashback_cap(rt.config, balance, eligible) if rt.config.cashback_enabled else Decimal(0)
    items = []
    for reward in rewards:
        reason = cannot_use_reason(rt.config, reward, customer, eligible, discount, cap)
        is_cashback = reward.reward_type == RewardType.CASHBACK
        is_product = reward.reward_type == RewardType.PRODUCT_DISCOUNT
        items.append(
            {
                "Id": reward.id,
                "Title": reward.title,
                "Value": reward.value,
                "CanSelectValue": is_cashback,
                "IsCashback": is_cashback,
                "Requirements": reward.requirements,
                "AvailableCashback": balance if is_cashback else Decimal(0),
                "MaxCashbackForCurrentPurchase": cap if is_cashback else Decimal(0),
                "CanUse": reason == CannotUseReason.CAN_USE,
                "Points": reward.points,
                "RewardCanBeCumulative": reward.cumulative,
                "RewardType": reward.reward_type,
                "CannotUseReason": reason,
                "ExternalProductId": reward.external_product_id if is_product else None,
                "ProductDisplayName": reward.product_display_name if is_product else None,
                "ProductDiscountMode": reward.product_discount_mode if is_product else None,
                "ProductDiscountValue": reward.product_discount_value if is_product else None,
                "ProductMaxUnitsPerRedeem": reward.product_max_units if is_product else None,
                "ProductAvailableQuantity": reward.product_available_quantity if is_product else None,
            }
        )
    return Reply(
        200,
        {
            "Customer": None if customer is None else offer_customer_view(customer),
            "Rewards": items,
            "HasRestrictedItems": restricted > 0,
            "RestrictedValue": restricted,
            "EligibleValue": eligible,
            "HasRewards": bool(items) and customer is not None,
            "CanUseReward": any(item["CanUse"] for item in items),
            "ShouldValidateCustomer": bool(customer and customer.should_validate),
            "ShouldValidateCustomerSignup": bool(customer and not customer.is_enrolled),
            "AvailablePoints": customer.points if customer else 0,
            "CashbackEnabled": rt.config.cashback_enabled,
            "AvailableCashback": balance,
            "MaxCashbackForCurrentPurchase": cap,
        },
    )


def challenge(rt: Runtime, call: Call) -> Reply:
    """POST /POS/customers/{id}/challenge.

    The PIN goes to the phone (SMS) or e-mail on file, or to one given in the request. With
    neither, Success=false with ShouldInformPhone/ShouldInformEmail, and no PIN is made.
    """
    body = call.body or {}
    transaction_id = body.get("TransactionId") or f"SBX-OTP-{rt.token(10)}"
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        customer = customer_or_error(db, call.params["id"])
        updates = {k.lower(): body[k] for k in ("Phone", "Email") if body.get(k) and not getattr(customer, k.lower())}
        if updates:
            db.update("customers", "id", customer.id, updates)
            customer = db.customer(customer.id)
        reply: dict[str, Any] = {
            "Success": False,
            "FriendlyErrorMessage": None,
            "ShouldInformPhone": not customer.phone,
            "ShouldInformEmail": not customer.email,
            "SentBySMS": bool(customer.phone),
            "SentByEmail": bool(customer.email),
            "TransactionId": transaction_id,
            "ErrorMessage": None,
            "Code": None,
        }
        if not (customer.phone or customer.email):
            reply["FriendlyErrorMessage"] = "Informe o telefone ou o e-mail do cliente para enviar o código."
            reply["ErrorMessage"] = "Customer has no phone nor e-mail to send the PIN to."
            return Reply(200, reply)
        reply["ShouldInformPhone"] = reply["ShouldInformEmail"] = False
        existing = db.challenge(customer.id, transaction_id)
        # A retry with the same TransactionId keeps the PIN already sent (the vendor's guide: retry, same id).
        pin = existing.pin if existing else rt.pin()
        if existing is None:
            db.insert(
                "challenges",
                {"customer_id": customer.id, "transaction_id": transaction_id, "pin": pin, "created_at": now},
            )
    reply["Success"] = True
    if rt.config.return_pin_in_challenge:
        reply["Code"] = pin
    return Reply(200, reply)


def challenge_validate(rt: Runtime, call: Call) -> Reply:
    """POST /POS/customers/{id}/challengevalidate: a wrong PIN is Success=false with HTTP 200."""
    body = call.body or {}
    code = require_str(body, "Code")
    transaction_id = body.get("TransactionId")
    with rt.store.transaction() as db:
        customer = customer_or_error(db, call.params["id"])
        found = db.latest_challenge(customer.id, transaction_id)
        ok = found is not None and found.pin == code.strip()
        if ok and found is not None:
            db.mark_validated(found, rt.clock.now_iso())
    return Reply(
        200,
        {
            "TransactionId": transaction_id or (found.transaction_id if found else None),
            "Success": ok,
            "FriendlyErrorMessage": None if ok else "Código inválido.",
        },
    )


def _validated_recently(rt: Runtime, db: Db, customer: Customer) -> bool:
    window = rt.config.validation_window_seconds
    if not customer.should_validate or window <= 0:
        return True
    return db.validated_since(customer.id, iso(rt.clock.now() - timedelta(seconds=window)))


def redeem(rt: Runtime, call: Call) -> Reply:
    """POST /POS/rewards/{id}/redeem.

    A known OriginalKey answers the FIRST response, byte for byte, without moving any balance.
    Cashback takes Value; every other type, product rewards included, ignores it.
    """
    body = call.body
    ident = require_str(body, "CustomerId")
    original_key = require_str(body, "OriginalKey")
    reward_id = int_param(call.params["id"], "id")
    if body.get("Value") is not None:
        # Only cashback reads Value, but no reward can mean a negative one.
        money(body["Value"], "Value", non_negative=True)
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        replayed = replay(db, original_key, ident)
        if replayed is not None:
            return replayed
        reward = db.reward_config(reward_id)
        if reward is None:
            # The vendor's fixture: a 200 warning whose Result is null.
            return outcome(None, "07", "RewardNotFound", WARNING, "Cliente ou recompensa não encontrada.")
        customer = customer_or_error(db, ident)
        if not customer.is_enrolled:
            raise ApiError(400, "Customer is not enrolled in the programme.", name="CustomerNotEnrolled")
        if not _validated_recently(rt, db, customer):
            raise ApiError(
                400,
                "Customer validation required: run challenge and challengevalidate before redeeming.",
                name="CustomerValidationRequired",
            )
        points, cashback = redeem_cost(reward, customer, body)
        if reward.reward_type == RewardType.PRODUCT_DISCOUNT:
            db.change_product_stock(reward.id, -1)
        redeem_id = db.next_redeem_id()
        metadatas = body.get("Metadatas") or []
        return create_redeem(rt, db, redeem_id, customer, reward, original_key, points, cashback, metadatas, now)


def _cancel_reward_reply(rt: Runtime, redeem: Redeem | None, missing: str) -> Reply:
    if redeem is None:
        raise reward_not_found(missing)
    with rt.store.transaction() as db:
        # Re-read inside the transaction: the state decides whether anything moves.
        fresh = db.redeem(redeem.id)
        assert fresh is not None
        ledger_id = cancel_redeem(rt, db, fresh, "redeem_cancel")
        current = db.redeem(redeem.id)
        assert current is not None
        customer = db.customer(current.customer_id)
    return envelope(reward_view(current, customer, ledger_id))


def cancel_reward(rt: Runtime, call: Call) -> Reply:
    """DELETE /POS/rewards/{id}: "the customer will have their points back"."""
    reward_id = int_param(call.params["id"], "id")
    with rt.store.read() as db:
        found = db.redeem(reward_id)
    return _cancel_reward_reply(rt, found, f"Reward {reward_id} not found.")


def cancel_reward_by_key(rt: Runtime, call: Call) -> Reply:
    """DELETE /POS/rewards?originalKey=... (query parameter as modelled in the spec)."""
    key = call.query.get("originalKey") or call.query.get("OriginalKey")
    if not key:
        raise ApiError(400, "originalKey is required", name="ValidationError")
    with rt.store.read() as db:
        found = db.redeem_by_key(key)
    return _cancel_reward_reply(rt, found, f"No reward with OriginalKey {key!r}.")


HANDLERS: dict[str, Handler] = {
    f"POST {P}/rewards/available": available,
    f"POST {P}/customers/{{id}}/challenge": challenge,
    f"POST {P}/customers/{{id}}/challengevalidate": challenge_validate,
    f"POST {P}/rewards/{{id}}/redeem": redeem,
    f"DELETE {P}/rewards/{{id}}": cancel_reward,
    f"DELETE {P}/rewards": cancel_reward_by_key,
    # Shortcuts for the Order operations of the same name.
    f"POST {P}/orders": add_pos_order,
    f"POST {P}/orders/{{orderId}}/cancel": cancel_order,
    f"POST {P}/{{orderId}}/partialcancel": partial_cancel,
}

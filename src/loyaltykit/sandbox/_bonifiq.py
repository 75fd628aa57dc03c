"""BonifiQ Private API: the POS, Customer and Order operations, with their semantics.

Sources (under shared/reference/bonifiq/): envelopes_and_conventions.md (envelopes, keys),
pos-wire-facts.md (the POS flow as the vendor's demo sends and reads it), vendor-guide/
(cookbook, flow and production notes) and pages/ (field descriptions).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Any

from ._clock import iso, parse_iso
from ._config import SandboxConfig
from ._routing import Operation
from ._runtime import Call, Handler, Runtime, require_str
from ._store import Challenge, CheckoutCart, Coupon, Customer, Db, LedgerEntry, Order, Redeem, RewardConfig
from ._wire import CENTS, ApiError, Reply, decode_json, encode_json, money, proportional, whole

VENDOR = "bonifiq"
P = "/v1/pvt"

# RewardType, CannotUseReason, OrderState, OrderOrigin: pos-wire-facts.md 3.1, 3.2, 3.5, 3.6.
CASHBACK, PRODUCT = 3, 5
FIXED_VALUE = 1
STATE_COMPLETE, STATE_CANCELED, STATE_PENDING = 2, 3, 1
ORIGIN_API, ORIGIN_PDV = 1, 3
_TIER_COLORS = {"Bronze": "#b45309", "Prata": "#9ca3af", "Ouro": "#d97706"}


# --------------------------------------------------------------------------- envelopes


def envelope(result: Any, *, status: int = 200, **fields: Any) -> Reply:
    """BaseExternalApiResponse<T>, new generation (envelopes_and_conventions.md 1)."""
    body = {
        "ErrorMessage": None,
        "ErrorCode": None,
        "Result": result,
        "Code": None,
        "CodeName": None,
        "Severity": 0,
        "HasWarning": False,
        "HasError": False,
    }
    body.update(fields)
    return Reply(status, body)


def render_error(operation: Operation, error: ApiError) -> Reply:
    """Errors: HTTP 4xx/5xx with HasError=true, Severity=2 (Error) and a clear ErrorMessage.

    Paged lists answer in their own shape, whose errors are ErrorMessages[] (section 3).
    Only "01" CustomerNotFound and "07" RewardNotFound are documented codes; other
    CodeNames are the sandbox's own and carry no Code.
    """
    if operation.list_response:
        body: dict[str, Any] = {
            "Items": None,
            "TotalItemCount": 0,
            "PageSize": 0,
            "PageNumber": 0,
            "HasNextPage": False,
            "HasError": True,
            "ErrorMessages": [error.message],
        }
        reply = Reply(error.status, body)
    else:
        code = error.code if isinstance(error.code, str) else None
        reply = envelope(
            None,
            status=error.status,
            ErrorMessage=error.message,
            Code=code,
            CodeName=error.name,
            Severity=2,
            HasError=True,
        )
    if error.status == 401:
        reply.headers["WWW-Authenticate"] = 'Basic realm="BonifiQ sandbox"'
    return reply


def customer_not_found(ident: str, status: int = 400) -> ApiError:
    return ApiError(status, f"Customer {ident!r} not found.", name="CustomerNotFound", code="01")


# --------------------------------------------------------------------------- views


def _tier(customer: Customer) -> dict[str, Any] | None:
    if not customer.tier_name:
        return None
    return {"Name": customer.tier_name, "Color": _TIER_COLORS.get(customer.tier_name, "#6b7280"), "IconUrl": None}


def customer_view(customer: Customer) -> dict[str, Any]:
    """CustomerResponse."""
    return {
        "OriginalId": customer.external_id,
        "PublicId": f"sbx-{customer.id}",
        "Name": customer.name,
        "Email": customer.email,
        "Phone": customer.phone,
        "BirthdayDate": None,
        "SignupDate": customer.created_at,
        "Document": customer.document,
        "IsEnrolled": customer.is_enrolled,
        "ReferralURL": None,
        "WhatsappReferralUrl": None,
        "CurrentTier": _tier(customer),
    }


def _order_customer_view(customer: Customer) -> dict[str, Any]:
    return {
        "Id": customer.id,
        "OriginalId": customer.external_id,
        "Name": customer.name,
        "Email": customer.email,
        "Phone": customer.phone,
        "Document": customer.document,
        "IsEnrolled": customer.is_enrolled,
        "PointsBalance": customer.points,
        "BalanceOfPoints": customer.points,
        "Cashback": customer.cashback,
        "TierName": customer.tier_name,
    }


def _reward_view(redeem: Redeem, customer: Customer, refund_ledger_id: int | None) -> dict[str, Any]:
    """RewardResponse, returned by the DELETE (cancel) operations (pos-wire-facts.md 2.5)."""
    return {
        "Id": redeem.id,
        "Customer": customer_view(customer),
        "ExternalCode": redeem.external_code,
        "CashValue": redeem.cashback if redeem.cashback else None,
        "IsCanceled": redeem.state == "canceled",
        "RedeemDate": redeem.created_at,
        "Points": {
            "Id": refund_ledger_id or 0,
            "Points": redeem.restored_points,
            # Fixture value after a cancel; the enum's names are not documented.
            "Type": 1,
            "EventKey": redeem.original_key,
        },
    }


# --------------------------------------------------------------------------- rules


def cashback_cap(config: SandboxConfig, balance: Decimal, eligible: Decimal) -> Decimal:
    """MaxCashbackForCurrentPurchase: the balance capped by the configured rule (5.3)."""
    rule = config.cashback_rule
    cap = balance
    if rule.max_percent_of_purchase is not None:
        cap = min(cap, eligible * rule.max_percent_of_purchase / 100)
    if rule.min_purchase_per_cashback_unit:
        cap = min(cap, (eligible / rule.min_purchase_per_cashback_unit).to_integral_value(ROUND_DOWN))
    return max(Decimal(0), cap).quantize(CENTS, rounding=ROUND_DOWN)


def _cannot_use_reason(
    config: SandboxConfig,
    reward: RewardConfig,
    customer: Customer | None,
    eligible: Decimal,
    discount: Decimal,
    cap: Decimal,
) -> int:
    """CannotUseReason (pos-wire-facts.md 3.2), first failing rule wins; 0 = CanUse."""
    if customer is None:
        return 4
    if not customer.is_enrolled:
        return 7
    if reward.reward_type == CASHBACK:
        if not config.cashback_enabled or customer.cashback <= 0:
            return 3
        return 2 if cap < config.cashback_rule.minimum_usable else 0
    if not reward.cumulative and discount > 0:
        return 8
    if reward.min_purchase > eligible:
        return 2
    if reward.reward_type == PRODUCT:
        if not reward.external_product_id:
            return 12
        if (reward.product_available_quantity or 0) <= 0:
            return 10
    if customer.points < reward.points:
        return 1
    if reward.reward_type == FIXED_VALUE and reward.value > eligible:
        return 5
    return 0


def _line_value(line: Mapping[str, Any]) -> Decimal:
    """Effective price (promotional if any, pos-wire-facts.md 5.5) times quantity."""
    price = line.get("ProductDiscountPrice")
    if price is None:
        price = line.get("ProductPrice", 0)
    quantity = line.get("Quantity")
    return money(price, "Products[].ProductPrice") * (whole(quantity, "Quantity") if quantity is not None else 1)


# --------------------------------------------------------------------------- POS


def available(rt: Runtime, call: Call) -> Reply:
    """POST /POS/rewards/available: un-enveloped AvailableRewards (envelopes_and_conventions.md 5)."""
    body = call.body
    ident = require_str(body, "CustomerId")
    purchase = money(body.get("PurchaseValue"), "PurchaseValue")
    discount = money(body.get("DiscountValue") or 0, "DiscountValue")
    restricted = Decimal(0)
    for line in body.get("Products") or []:
        if line and line.get("OriginalId") in rt.config.restricted_product_ids:
            restricted += _line_value(line)
    eligible = max(Decimal(0), purchase - discount - restricted)
    with rt.store.read() as db:
        customer = db.find_customer(VENDOR, ident)
        rewards = db.all(RewardConfig, "SELECT * FROM reward_configs ORDER BY id")
    balance = customer.cashback if customer else Decimal(0)
    cap = cashback_cap(rt.config, balance, eligible) if rt.config.cashback_enabled else Decimal(0)
    items = []
    for reward in rewards:
        reason = _cannot_use_reason(rt.config, reward, customer, eligible, discount, cap)
        is_cashback = reward.reward_type == CASHBACK
        is_product = reward.reward_type == PRODUCT
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
                "CanUse": reason == 0,
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
    view = None
    if customer is not None:
        view = {
            "Id": customer.id,
            "OriginalId": customer.external_id,
            "Name": customer.name,
            "Email": customer.email,
            "Phone": customer.phone,
            "Document": customer.document,
            "IsEnrolled": customer.is_enrolled,
            "CurrentTier": _tier(customer),
        }
    return Reply(
        200,
        {
            "Customer": view,
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
    """POST /POS/customers/{id}/challenge (pages/pos_customers_challenge.md, pos-wire-facts.md 2.2).

    The PIN goes to the phone (SMS) or e-mail on file, or to one given in the request. With
    neither, Success=false with ShouldInformPhone/ShouldInformEmail, and no PIN is made.
    """
    body = call.body or {}
    transaction_id = body.get("TransactionId") or f"SBX-OTP-{rt.token(10)}"
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        customer = _customer_or_404(db, call.params["id"])
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
        existing = db.one(
            Challenge,
            "SELECT * FROM challenges WHERE customer_id = ? AND transaction_id = ?",
            (customer.id, transaction_id),
        )
        # A retry with the same TransactionId keeps the PIN already sent (fluxo.md: retry, same id).
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
        customer = _customer_or_404(db, call.params["id"])
        sql = "SELECT * FROM challenges WHERE customer_id = ?"
        params: tuple[Any, ...] = (customer.id,)
        if transaction_id:
            sql += " AND transaction_id = ?"
            params += (transaction_id,)
        found = db.one(Challenge, sql + " ORDER BY created_at DESC LIMIT 1", params)
        ok = found is not None and found.pin == code.strip()
        if ok and found is not None:
            db.execute(
                "UPDATE challenges SET validated_at = ? WHERE customer_id = ? AND transaction_id = ?",
                (rt.clock.now_iso(), customer.id, found.transaction_id),
            )
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
    since = iso(rt.clock.now() - timedelta(seconds=window))
    count = db.scalar(
        "SELECT COUNT(*) FROM challenges WHERE customer_id = ? AND validated_at >= ?", (customer.id, since)
    )
    return int(count) > 0


def redeem(rt: Runtime, call: Call) -> Reply:
    """POST /POS/rewards/{id}/redeem.

    OriginalKey: "same request twice => redeem only once" (envelopes_and_conventions.md 8):
    a known key answers the FIRST response, byte for byte, without moving any balance.
    Cashback takes Value; every other type, product rewards included, ignores it (cookbook.md).
    """
    body = call.body
    ident = require_str(body, "CustomerId")
    original_key = require_str(body, "OriginalKey")
    reward_id = _int_param(call.params["id"], "id")
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        replay = _replay(db, original_key, ident)
        if replay is not None:
            return replay
        reward = db.one(RewardConfig, "SELECT * FROM reward_configs WHERE id = ?", (reward_id,))
        if reward is None:
            # The vendor's fixture: a 200 warning whose Result is null (pos-wire-facts.md 2.4).
            return envelope(
                None,
                ErrorMessage="Cliente ou recompensa não encontrada.",
                Code="07",
                CodeName="RewardNotFound",
                Severity=1,
                HasWarning=True,
            )
        customer = _customer_or_404(db, ident)
        if not customer.is_enrolled:
            raise ApiError(400, "Customer is not enrolled in the programme.", name="CustomerNotEnrolled")
        if not _validated_recently(rt, db, customer):
            raise ApiError(
                400,
                "Customer validation required: run challenge and challengevalidate before redeeming.",
                name="CustomerValidationRequired",
            )
        points, cashback = _redeem_cost(reward, customer, body)
        if reward.reward_type == PRODUCT:
            db.execute(
                "UPDATE reward_configs SET product_available_quantity = product_available_quantity - 1 WHERE id = ?",
                (reward.id,),
            )
        redeem_id = _new_redeem_id(db)
        metadatas = body.get("Metadatas") or []
        return _create_redeem(rt, db, redeem_id, customer, reward, original_key, points, cashback, metadatas, now)


def _new_redeem_id(db: Db) -> int:
    return int(db.scalar("SELECT COALESCE(MAX(id), 1000) + 1 FROM redeems"))


def _create_redeem(
    rt: Runtime,
    db: Db,
    redeem_id: int,
    customer: Customer,
    reward: RewardConfig,
    key: str,
    points: int,
    cashback: Decimal,
    metadatas: list[Any],
    now: str,
) -> Reply:
    """Debit a redeem's cost and record it with its answer, the one its OriginalKey replays."""
    ledger_id = db.move(customer.id, cause="redeem", ref=key, at=now, points=-points, cashback=-cashback)
    external_code = f"BNQ-{redeem_id}-{rt.token(6)}"
    result = {
        "RewardId": redeem_id,
        "Point": {"PointId": ledger_id, "Quantity": -points, "Metadatas": metadatas},
        "ExternalCode": external_code,
        "OriginalKey": key,
        "Coupon": None,
        "ExternalProductId": reward.external_product_id if reward.reward_type == PRODUCT else None,
    }
    reply = envelope(result)
    db.insert(
        "redeems",
        {
            "id": redeem_id,
            "customer_id": customer.id,
            "reward_config_id": reward.id,
            "original_key": key,
            "external_code": external_code,
            "points": points,
            "cashback": cashback,
            "state": "active",
            "ledger_id": ledger_id,
            "created_at": now,
            "response": reply.encode().decode(),
        },
    )
    return reply


def _replay(db: Db, original_key: str, ident: str) -> Reply | None:
    """The first answer to a known OriginalKey, byte for byte; None for a new key.

    The key must come from the customer it was first used for: the same key for another
    customer is a conflict (409), not that customer's redeem. A cancelled redeem still
    answers its first (success) response, as documented in the README.
    """
    known = db.one(Redeem, "SELECT * FROM redeems WHERE original_key = ?", (original_key,))
    if known is None:
        return None
    customer = db.find_customer(VENDOR, ident)
    if customer is None or customer.id != known.customer_id:
        raise ApiError(
            409, f"OriginalKey {original_key!r} was already used for another customer.", name="OriginalKeyConflict"
        )
    # Nothing reads the stored body: it is sent as it is.
    return Reply(200, None, raw=known.response.encode())


def _redeem_cost(reward: RewardConfig, customer: Customer, body: Mapping[str, Any]) -> tuple[int, Decimal]:
    if reward.reward_type == CASHBACK:
        value = money(body.get("Value"), "Value") if body.get("Value") is not None else None
        if value is None or value <= 0:
            raise ApiError(400, "Value is required for a cashback reward and must be > 0.", name="ValidationError")
        if value > customer.cashback:
            raise ApiError(400, "Not enough cashback for this redeem.", name="CashbackNotAvailable")
        return 0, value
    if reward.reward_type == PRODUCT and (reward.product_available_quantity or 0) <= 0:
        raise ApiError(400, "Product reward usage limit reached.", name="ProductRewardUsageLimitReached")
    if customer.points < reward.points:
        raise ApiError(400, "Not enough points for this reward.", name="NotEnoughPoints")
    return reward.points, Decimal(0)


def _restore(db: Db, redeem: Redeem, *, share: Decimal | None, cause: str, at: str) -> int | None:
    """Give back a redeem's points/cashback: all that remains (share None) or a share of it.

    Partial shares are rounded; the last restore gives back exactly what remains, so the
    sum of restores never exceeds the redeem.
    """
    points = proportional(redeem.points, redeem.restored_points, share)
    cashback = proportional(redeem.cashback, redeem.restored_cashback, share)
    if points == 0 and cashback == 0:
        return None
    ledger_id = db.move(
        redeem.customer_id, cause=cause, ref=redeem.original_key, at=at, points=points, cashback=cashback
    )
    db.update(
        "redeems",
        "id",
        redeem.id,
        {"restored_points": redeem.restored_points + points, "restored_cashback": redeem.restored_cashback + cashback},
    )
    return ledger_id


def _cancel_redeem(rt: Runtime, db: Db, redeem: Redeem, cause: str) -> int | None:
    """Cancel once; a second cancel of the same reward changes nothing and answers the same."""
    if redeem.state == "canceled":
        return None
    now = rt.clock.now_iso()
    ledger_id = _restore(db, redeem, share=None, cause=cause, at=now)
    db.update("redeems", "id", redeem.id, {"state": "canceled", "canceled_at": now})
    reward = db.one(RewardConfig, "SELECT * FROM reward_configs WHERE id = ?", (redeem.reward_config_id,))
    if reward is not None and reward.reward_type == PRODUCT:
        db.execute(
            "UPDATE reward_configs SET product_available_quantity = product_available_quantity + 1 WHERE id = ?",
            (reward.id,),
        )
    return ledger_id


def _cancel_reward_reply(rt: Runtime, redeem: Redeem | None, missing: str) -> Reply:
    if redeem is None:
        raise ApiError(400, missing, name="RewardNotFound", code="07")
    with rt.store.transaction() as db:
        # Re-read inside the transaction: the state decides whether anything moves.
        fresh = db.redeem(redeem.id)
        assert fresh is not None
        ledger_id = _cancel_redeem(rt, db, fresh, "redeem_cancel")
        current = db.redeem(redeem.id)
        assert current is not None
        customer = db.customer(current.customer_id)
    return envelope(_reward_view(current, customer, ledger_id))


def cancel_reward(rt: Runtime, call: Call) -> Reply:
    """DELETE /POS/rewards/{id}: "the customer will have their points back" (pos_rewards_cancel.md)."""
    reward_id = _int_param(call.params["id"], "id")
    with rt.store.read() as db:
        found = db.redeem(reward_id)
    return _cancel_reward_reply(rt, found, f"Reward {reward_id} not found.")


def cancel_reward_by_key(rt: Runtime, call: Call) -> Reply:
    """DELETE /POS/rewards?originalKey=... (query parameter as modelled in the spec)."""
    key = call.query.get("originalKey") or call.query.get("OriginalKey")
    if not key:
        raise ApiError(400, "originalKey is required", name="ValidationError")
    with rt.store.read() as db:
        found = db.one(Redeem, "SELECT * FROM redeems WHERE original_key = ?", (key,))
    return _cancel_reward_reply(rt, found, f"No reward with OriginalKey {key!r}.")


# --------------------------------------------------------------------------- orders


def _date(value: Any, field_name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApiError(400, f"{field_name} must be a date-time", name="ValidationError")
    try:
        return iso(parse_iso(value.upper()))
    except ValueError:
        raise ApiError(400, f"{field_name} must be an ISO-8601 date-time", name="ValidationError") from None


def _upsert_customer(rt: Runtime, db: Db, data: Mapping[str, Any]) -> tuple[Customer, bool]:
    ident = require_str(data, "OriginalId")
    document = "".join(ch for ch in (data.get("Document") or "") if ch.isdigit()) or None
    existing = db.find_customer(VENDOR, ident)
    values: dict[str, Any] = {"name": data.get("Name") or (existing.name if existing else "")}
    for source, column in (("Email", "email"), ("Phone", "phone")):
        if data.get(source):
            values[column] = data[source]
    if document:
        values["document"] = document
    if data.get("IsEnrolled") is not None:
        values["is_enrolled"] = bool(data["IsEnrolled"])
    if existing is not None:
        changed = {column: value for column, value in values.items() if getattr(existing, column) != value}
        if not changed:
            return existing, False
        db.update("customers", "id", existing.id, changed)
        return db.customer(existing.id), False
    values.update({"vendor": VENDOR, "external_id": ident, "created_at": rt.clock.now_iso()})
    return db.customer(db.insert("customers", values)), True


def _estimated_bonus(config: SandboxConfig, total: Decimal) -> dict[str, Any]:
    points = int((total * config.earn_points_per_unit).to_integral_value(ROUND_DOWN))
    cashback = (total * config.earn_cashback_percent / 100).quantize(CENTS, rounding=ROUND_DOWN)
    formatted = f"R$ {cashback:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return {
        "GenerateBonus": points > 0 or cashback > 0,
        "EstimatedPoints": points,
        "EstimatedCashback": cashback if config.cashback_enabled else None,
        "EstimatedCashbackFormatted": formatted if config.cashback_enabled else None,
    }


def order_view(rt: Runtime, db: Db, order: Order, payload: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """OrderResponse from the stored order and the request that created it (``payload``, if at hand)."""
    if payload is None:
        payload = decode_json(order.payload.encode())
    customer = db.customer(order.customer_id)
    products = []
    for product in payload.get("Products") or []:
        if isinstance(product, dict):
            products.append(
                {
                    "OriginalId": str(product.get("OriginalId") or ""),
                    "Title": str(product.get("Title") or ""),
                    "Url": product.get("Url"),
                    "ImageUrl": product.get("ImageUrl"),
                    "IsActive": bool(product.get("IsActive", True)),
                    "ProductPrice": product.get("ProductPrice") or Decimal(0),
                }
            )
    metadatas = [
        {"Id": index + 1, "OrderId": order.id, "Name": str(m.get("Name") or ""), "Value": m.get("Value")}
        for index, m in enumerate(payload.get("Metadatas") or [])
        if isinstance(m, dict)
    ]
    return {
        "Id": order.id,
        "OriginalId": order.original_id,
        "OrderPlacementDate": payload.get("_placement") or order.created_at,
        "OrderCompletedDate": order.completed_at,
        "OrderCancelledDate": order.cancelled_at,
        "OrderStatus": payload.get("OrderStatus"),
        "IsCancelledOrReturned": order.state == STATE_CANCELED,
        "IsCompleted": order.completed_at is not None,
        "OrderTotal": order.total,
        "Customer": _order_customer_view(customer),
        "Products": products,
        "UpdatedDate": order.updated_at,
        "Coupon": order.coupon,
        "State": order.state,
        "Origin": order.origin,
        "Metadatas": metadatas,
        "Branch": payload.get("Branch"),
        "TenantSalesman": payload.get("SalesPerson"),
        "ExternalCoupon": payload.get("ExternalCoupon"),
        "EstimatedBonus": _estimated_bonus(rt.config, order.total),
    }


def _add_order(rt: Runtime, call: Call, origin: int) -> Reply:
    """POS/orders and Order: register a sale; Coupon = a redeem's ExternalCode links it (5.6).

    The same OriginalId posted again returns the stored order: no second order, no second link.
    """
    body = call.body
    original_id = require_str(body, "OriginalId")
    total = money(body.get("OrderTotal"), "OrderTotal")
    if total < 0:
        raise ApiError(400, "OrderTotal must be >= 0", name="ValidationError")
    customer_data = body.get("Customer")
    if not isinstance(customer_data, dict):
        raise ApiError(400, "Customer is required", name="ValidationError")
    placement = _date(body.get("OrderPlacementDate"), "OrderPlacementDate")
    completed = _date(body.get("OrderCompletedDate"), "OrderCompletedDate")
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        existing = db.order(VENDOR, original_id)
        if existing is not None:
            return envelope(order_view(rt, db, existing))
        customer, _ = _upsert_customer(rt, db, customer_data)
        coupon = body.get("Coupon")
        redeem = None
        if coupon:
            redeem = db.one(
                Redeem,
                "SELECT * FROM redeems WHERE external_code = ? AND customer_id = ? AND state = 'active' "
                "AND order_id IS NULL",
                (coupon, customer.id),
            )
        is_completed = bool(body.get("IsCompleted")) or completed is not None
        payload = dict(body)
        payload["_placement"] = placement
        order_id = db.insert(
            "orders",
            {
                "vendor": VENDOR,
                "original_id": original_id,
                "customer_id": customer.id,
                "total": total,
                "state": STATE_COMPLETE if is_completed else STATE_PENDING,
                "coupon": coupon,
                "redeem_id": redeem.id if redeem else None,
                "origin": origin,
                "created_at": now,
                "completed_at": (completed or now) if is_completed else None,
                "payload": encode_json(payload).decode(),
            },
        )
        if redeem is not None:
            db.update("redeems", "id", redeem.id, {"order_id": order_id})
            db.move(customer.id, cause="order_link", ref=original_id, at=now)
        order = db.one(Order, "SELECT * FROM orders WHERE id = ?", (order_id,))
        assert order is not None
        return envelope(order_view(rt, db, order, payload))


def add_pos_order(rt: Runtime, call: Call) -> Reply:
    return _add_order(rt, call, ORIGIN_PDV)


def add_api_order(rt: Runtime, call: Call) -> Reply:
    return _add_order(rt, call, ORIGIN_API)


def _cancel_result(order: Order, refund_error: dict[str, Any] | None = None) -> dict[str, Any]:
    """CancelOrderResponse: note the lower-case ``isCanceled`` (pos-wire-facts.md 1)."""
    return {
        "isCanceled": order.state == STATE_CANCELED,
        "UpdatedAt": order.updated_at or order.created_at,
        "Status": order.state,
        "RefundErrorDetails": refund_error,
    }


def cancel_order(rt: Runtime, call: Call) -> Reply:
    """Full cancel: the order's linked redeem gives back its points/cashback."""
    order_id = call.params["orderId"]
    now = rt.clock.now_iso()
    cancelled_at = _date((call.body or {}).get("OrderCancelledDate"), "OrderCancelledDate") or now
    with rt.store.transaction() as db:
        order = db.order(VENDOR, order_id)
        if order is None:
            raise ApiError(404, f"Order {order_id!r} not found.", name="OrderNotFound")
        if order.state != STATE_CANCELED:
            _cancel_linked_redeem(rt, db, order)
            db.update(
                "orders", "id", order.id, {"state": STATE_CANCELED, "updated_at": now, "cancelled_at": cancelled_at}
            )
            order = db.order(VENDOR, order_id)
            assert order is not None
    return envelope(_cancel_result(order))


def _cancel_linked_redeem(rt: Runtime, db: Db, order: Order) -> None:
    if order.redeem_id is not None:
        redeem = db.redeem(order.redeem_id)
        if redeem is not None:
            _cancel_redeem(rt, db, redeem, "order_cancel")


def partial_cancel(rt: Runtime, call: Call) -> Reply:
    """Partial refund (pages/order_cancel_complete_partialcancel.md, pos-wire-facts.md 2.8, 5.7).

    ValueToRefund > 0 and <= what is left of the order; Products[] must add up to it exactly
    (else RefundErrorDetails VALUE_MISMATCH, as in the vendor's fixture). A CancelKey used
    before on the same order is an error. The linked redeem gives back the same share.
    """
    body = call.body
    order_id = call.params["orderId"]
    value = money(body.get("ValueToRefund"), "ValueToRefund")
    cancel_key = require_str(body, "CancelKey")
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        order = db.order(VENDOR, order_id)
        if order is None:
            raise ApiError(400, f"Order {order_id!r} not found.", name="OrderNotFound")
        remaining = order.total - order.refunded
        if value <= 0 or value > remaining:
            raise ApiError(
                400, f"ValueToRefund must be > 0 and <= {remaining} (what is left of the order).", name="InvalidRefund"
            )
        products = [p for p in body.get("Products") or [] if isinstance(p, dict)]
        if products:
            total = sum((money(p.get("ValueToRefund"), "Products[].ValueToRefund") for p in products), Decimal(0))
            if total != value:
                details = {
                    "Code": "VALUE_MISMATCH",
                    "Message": "The sum of Products[].ValueToRefund differs from ValueToRefund.",
                    "Field": "ValueToRefund",
                    "ProductOriginalId": None,
                    "ExpectedValue": value,
                    "ActualValue": total,
                }
                return envelope(_cancel_result(order, details))
        if not db.use_key(f"bonifiq.cancel.{order.id}", cancel_key, now):
            raise ApiError(400, f"CancelKey {cancel_key!r} was already used for this order.", name="DuplicateCancelKey")
        refunded = order.refunded + value
        fully = refunded >= order.total
        should_refund = body.get("ShouldRefundRedeem")
        if should_refund is None:
            should_refund = rt.config.refund_redeem_on_partial_cancel
        if order.redeem_id is not None and should_refund:
            redeem = db.redeem(order.redeem_id)
            if redeem is not None and redeem.state == "active":
                share = None if fully else (value / order.total if order.total else None)
                _restore(db, redeem, share=share, cause="partial_cancel", at=now)
        values: dict[str, Any] = {"refunded": refunded, "updated_at": now}
        if fully:
            values.update({"state": STATE_CANCELED, "cancelled_at": now})
        db.update("orders", "id", order.id, values)
        order = db.order(VENDOR, order_id)
        assert order is not None
    return envelope(_cancel_result(order))


def complete_order(rt: Runtime, call: Call) -> Reply:
    order_id = call.params["orderId"]
    now = rt.clock.now_iso()
    completed = _date((call.body or {}).get("OrderCompletedDate"), "OrderCompletedDate") or now
    with rt.store.transaction() as db:
        order = db.order(VENDOR, order_id)
        if order is None:
            raise ApiError(400, f"Order {order_id!r} not found.", name="OrderNotFound")
        if order.state == STATE_CANCELED:
            raise ApiError(400, "A cancelled order cannot be completed.", name="OrderCanceled")
        db.update("orders", "id", order.id, {"state": STATE_COMPLETE, "completed_at": completed, "updated_at": now})
    return envelope({"IsCompleted": True, "UpdatedAt": now, "Status": STATE_COMPLETE})


def get_order(rt: Runtime, call: Call) -> Reply:
    """GET /Order/{orderId}: un-enveloped OrderResponse (envelopes_and_conventions.md 5)."""
    with rt.store.read() as db:
        order = db.order(VENDOR, call.params["orderId"])
        if order is None:
            raise ApiError(404, f"Order {call.params['orderId']!r} not found.", name="OrderNotFound")
        return Reply(200, order_view(rt, db, order))


# --------------------------------------------------------------------------- customers


def _customer_or_404(db: Db, ident: str, status: int = 400) -> Customer:
    return db.require_customer(VENDOR, ident, lambda missing: customer_not_found(missing, status))


def get_customer(rt: Runtime, call: Call) -> Reply:
    with rt.store.read() as db:
        return envelope(customer_view(_customer_or_404(db, call.params["id"], 404)))


def upsert_customer(rt: Runtime, call: Call) -> Reply:
    with rt.store.transaction() as db:
        customer, created = _upsert_customer(rt, db, call.body)
    view = customer_view(customer)
    view.update(
        {
            "BalanceOfPoints": customer.points,
            "BalanceCashback": customer.cashback,
            "Operation": "Created" if created else "Updated",
        }
    )
    return envelope(view)


def _points_view(db: Db, customer: Customer | None) -> dict[str, Any]:
    """CustomerPointsResponse; an unknown customer is CustomerExists=false, not an error."""
    if customer is None:
        return {
            "CustomerExists": False,
            "InternalId": "",
            "PointsBalance": 0,
            "PointsToExpire": [],
            "CashbackBalance": Decimal(0),
            "RedeemKey": None,
            "PointHistory": [],
            "Name": "",
            "Error": "Customer not found.",
        }
    history = [
        {
            "Id": entry.id,
            "IsCanceled": False,
            "DateReceived": entry.at,
            "ExpirationDate": None,
            "Amount": entry.points,
            "CashbackAmount": entry.cashback if entry.cashback else None,
            "PointTypeDescription": entry.cause,
        }
        for entry in db.last_moves(customer.id, 50)
    ]
    return {
        "CustomerExists": True,
        "InternalId": str(customer.id),
        "PointsBalance": customer.points,
        "PointsToExpire": [],
        "CashbackBalance": customer.cashback,
        "RedeemKey": None,
        "PointHistory": history,
        "Name": customer.name,
        "Error": None,
    }


def get_points(rt: Runtime, call: Call) -> Reply:
    with rt.store.read() as db:
        return Reply(200, _points_view(db, db.find_customer(VENDOR, call.params["id"])))


def _change_balance(rt: Runtime, call: Call, kind: str) -> Reply:
    """Add/remove points or cashback (pages/customer_endpoints.md).

    OperationType 0 adds (positive amount), 1 removes (negative amount). "If you try to use
    the same [ChangeKey] more than once it will result in error": HTTP 400, HasError=true.
    """
    body = call.body
    change_key = require_str(body, "ChangeKey")
    require_str(body, "Reason")
    operation = body.get("OperationType", 0)
    if kind == "points":
        amount_points, amount_cashback = whole(body.get("Points"), "Points"), Decimal(0)
        amount: Decimal | int = amount_points
    else:
        amount_points, amount_cashback = 0, money(body.get("Value"), "Value")
        amount = amount_cashback
    if operation not in (0, 1) or amount == 0 or (amount > 0) != (operation == 0):
        raise ApiError(400, "OperationType 0 needs a positive amount and 1 a negative one.", name="ValidationError")
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        customer = _customer_or_404(db, call.params["id"])
        if not db.use_key(f"bonifiq.{kind}", change_key, now):
            raise ApiError(400, f"ChangeKey {change_key!r} was already used.", name="DuplicateChangeKey")
        if customer.points + amount_points < 0 or customer.cashback + amount_cashback < 0:
            raise ApiError(400, f"Not enough {kind} to remove.", name="InsufficientBalance")
        db.move(
            customer.id, cause=f"{kind}_change", ref=change_key, at=now, points=amount_points, cashback=amount_cashback
        )
        return envelope(_points_view(db, db.customer(customer.id)))


def change_points(rt: Runtime, call: Call) -> Reply:
    return _change_balance(rt, call, "points")


def change_cashback(rt: Runtime, call: Call) -> Reply:
    return _change_balance(rt, call, "cashback")


def _paging(query: Mapping[str, str]) -> tuple[int, int]:
    """PageNumber from 1, PageSize up to 50 ("Max size is 50 items per page")."""
    try:
        number = int(query.get("PageNumber") or 1)
        size = int(query.get("PageSize") or 10)
    except ValueError:
        raise ApiError(400, "PageNumber and PageSize must be integers.", name="ValidationError") from None
    if number < 1 or not 1 <= size <= 50:
        raise ApiError(400, "PageNumber must be >= 1 and PageSize between 1 and 50.", name="ValidationError")
    return number, size


def _page(items: list[dict[str, Any]], total: int, number: int, size: int) -> Reply:
    return Reply(
        200,
        {
            "Items": items,
            "TotalItemCount": total,
            "PageSize": size,
            "PageNumber": number,
            "HasNextPage": number * size < total,
            "HasError": False,
            "ErrorMessages": [],
        },
    )


def available_coupons(rt: Runtime, call: Call) -> Reply:
    number, size = _paging(call.query)
    with rt.store.read() as db:
        customer = _customer_or_404(db, call.params["id"])
        where = "FROM coupons WHERE customer_id = ? AND is_used = 0"
        total = int(db.scalar(f"SELECT COUNT(*) {where}", (customer.id,)))
        coupons = db.all(
            Coupon, f"SELECT * {where} ORDER BY id LIMIT ? OFFSET ?", (customer.id, size, (number - 1) * size)
        )
    items = [
        {
            "CouponCode": c.code,
            "CreatedDate": c.created_at,
            "IsUsed": c.is_used,
            "CouponValue": c.value,
            "CustomerId": customer.id,
            "ValidDateStart": c.valid_start,
            "ValidDateEnd": c.valid_end,
            "CouponType": c.coupon_type,
        }
        for c in coupons
    ]
    return _page(items, total, number, size)


def history(rt: Runtime, call: Call) -> Reply:
    number, size = _paging(call.query)
    with rt.store.read() as db:
        customer = _customer_or_404(db, call.params["id"])
        total = int(db.scalar("SELECT COUNT(*) FROM ledger WHERE customer_id = ?", (customer.id,)))
        entries = db.all(
            LedgerEntry,
            "SELECT * FROM ledger WHERE customer_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
            (customer.id, size, (number - 1) * size),
        )
    items = [
        {
            "Date": e.at,
            "Points": e.points,
            "Title": e.cause,
            "PointType": 0,
            "IsCanceled": False,
            "CouponCode": None,
            "CashbackDescription": e.cause if e.cashback else None,
            "CashbackValue": e.cashback if e.cashback else None,
            "IsTierHistory": False,
            "Metadatas": [{"Name": "ref", "Value": e.ref or ""}],
        }
        for e in entries
    ]
    return _page(items, total, number, size)


# --------------------------------------------------------------------------- rewards


def get_reward(rt: Runtime, call: Call) -> Reply:
    """GET /Rewards/{id}: a redeemed reward by its RewardId, WITHOUT the envelope (the spec)."""
    reward_id = _int_param(call.params["id"], "id")
    with rt.store.read() as db:
        redeem = db.redeem(reward_id)
        if redeem is None:
            raise ApiError(404, f"Reward {reward_id} not found.", name="RewardNotFound")
        customer = db.customer(redeem.customer_id)
        if redeem.state == "canceled":
            # The record that gave the points back, as the cancel answered it.
            restore = db.one(
                LedgerEntry,
                "SELECT * FROM ledger WHERE customer_id = ? AND ref = ? AND cause != 'redeem' ORDER BY id DESC LIMIT 1",
                (redeem.customer_id, redeem.original_key),
            )
            return Reply(200, _reward_view(redeem, customer, restore.id if restore else None))
    view = _reward_view(redeem, customer, None)
    view["Points"] = {"Id": redeem.ledger_id or 0, "Points": -redeem.points, "Type": 0, "EventKey": redeem.original_key}
    return Reply(200, view)


# --------------------------------------------------------------------------- checkout (e-commerce)
#
# pages/checkout_endpoints.md: cashback applied to a platform checkout by CheckoutId. The
# redeem is an ordinary cashback redeem (so an order whose Coupon is its ExternalCode links
# it, and Rewards/{id} shows it); the checkout remembers which redeem it holds. Business
# codes (Code / CodeName / Severity): 01 CustomerNotFound and 02 CheckoutIdRequired are
# errors (400); 03 CheckoutNotFound, 04 CashbackNotApplied, 05 CashbackStillApplied and
# 06 CashbackRemovedByCartChange are warnings (200); 07 CashbackRemovedSuccessfully is a success.

SUCCESS, WARNING = 0, 1


def _checkout_outcome(result: dict[str, Any], code: str, name: str, severity: int) -> Reply:
    return envelope(result, Code=code, CodeName=name, Severity=severity, HasWarning=severity == WARNING)


def _removed(success: bool, message: str) -> dict[str, Any]:
    """CheckoutRemoveCashbackResponse."""
    return {"Success": success, "CustomerMessage": message}


def _refreshed(removed: bool, message: str) -> dict[str, Any]:
    """CheckoutRefreshCashbackResponse."""
    return {"CashbackRemoved": removed, "CustomerMessage": message}


def _checkout_request(db: Db, body: Mapping[str, Any]) -> tuple[Customer, str]:
    ident = body.get("CustomerId")
    customer = _customer_or_404(db, ident if isinstance(ident, str) else "")
    checkout_id = body.get("CheckoutId")
    if not isinstance(checkout_id, str) or not checkout_id.strip():
        raise ApiError(400, "CheckoutId is required.", name="CheckoutIdRequired", code="02")
    return customer, checkout_id


def _checkout_cart(db: Db, customer: Customer, checkout_id: str) -> CheckoutCart | None:
    return db.one(
        CheckoutCart,
        "SELECT * FROM checkouts WHERE customer_id = ? AND checkout_id = ?",
        (customer.id, checkout_id),
    )


def _applied(db: Db, cart: CheckoutCart) -> Redeem | None:
    """The cart's cashback redeem while it can still be removed: active and not in an order."""
    if cart.redeem_id is None:
        return None
    return db.one(
        Redeem, "SELECT * FROM redeems WHERE id = ? AND state = 'active' AND order_id IS NULL", (cart.redeem_id,)
    )


def _checkout_eligible(rt: Runtime, body: Mapping[str, Any]) -> Decimal | None:
    """Items (restricted SKUs left out) when given, else Total, else unknown."""
    items = body.get("Items")
    if items:
        eligible = Decimal(0)
        for item in items:
            if not isinstance(item, dict) or item.get("ExternalProductId") in rt.config.restricted_product_ids:
                continue
            quantity = item.get("Quantity")
            value = money(item.get("Value", 0), "Items[].Value")
            eligible += value * (whole(quantity, "Items[].Quantity") if quantity is not None else 1)
        return max(Decimal(0), eligible)
    if body.get("Total") is not None:
        return max(Decimal(0), money(body["Total"], "Total"))
    return None


def checkout_redeem(rt: Runtime, call: Call) -> Reply:
    """POST /Checkout/redeem: apply cashback to a checkout.

    OriginalKey: a key seen before answers the first response unchanged. CashbackValue
    defaults to the most the checkout allows: the balance, capped by the checkout total
    (Items or Total) under the tenant's cashback rule; a larger value is refused. Cashback
    already applied to another checkout of the customer (without an order), or earlier to
    this one, is given back first ("automatically refunded").
    """
    body = call.body
    now = rt.clock.now_iso()
    original_key = body.get("OriginalKey")
    with rt.store.transaction() as db:
        replay = _replay(db, original_key, str(body.get("CustomerId") or "")) if original_key else None
        if replay is not None:
            return replay
        customer, checkout_id = _checkout_request(db, body)
        if not customer.is_enrolled:
            raise ApiError(400, "Customer is not enrolled in the programme.", name="CustomerNotEnrolled")
        reward = db.one(RewardConfig, "SELECT * FROM reward_configs WHERE reward_type = ? ORDER BY id", (CASHBACK,))
        if not rt.config.cashback_enabled or reward is None:
            raise ApiError(400, "Cashback is not enabled for this store.", name="CashbackNotAvailable")
        # Cashback held by this customer's other open checkouts (and this one) comes back first.
        carts = db.all(CheckoutCart, "SELECT * FROM checkouts WHERE customer_id = ?", (customer.id,))
        for cart in carts:
            previous = _applied(db, cart)
            if previous is not None:
                _cancel_redeem(rt, db, previous, "checkout_refund")
        customer = db.customer(customer.id)
        eligible = _checkout_eligible(rt, body)
        cap = customer.cashback if eligible is None else cashback_cap(rt.config, customer.cashback, eligible)
        value = cap if body.get("CashbackValue") is None else money(body["CashbackValue"], "CashbackValue")
        if value <= 0:
            raise ApiError(400, "No cashback available for this checkout.", name="CashbackNotAvailable")
        if value > cap:
            raise ApiError(
                400,
                f"CashbackValue {value} exceeds what this checkout allows ({cap}): "
                "the checkout total or the customer's cashback balance.",
                name="CashbackValueExceeded",
            )
        redeem_id = _new_redeem_id(db)
        key = original_key or f"SBX-CHECKOUT-{redeem_id}-{rt.token(8)}"
        reply = _create_redeem(rt, db, redeem_id, customer, reward, key, 0, value, [], now)
        total = eligible if body.get("Total") is None else money(body["Total"], "Total")
        db.execute(
            "INSERT INTO checkouts(customer_id, checkout_id, redeem_id, total, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(customer_id, checkout_id) "
            "DO UPDATE SET redeem_id = excluded.redeem_id, total = excluded.total, updated_at = excluded.updated_at",
            (customer.id, checkout_id, redeem_id, None if total is None else str(total), now, now),
        )
    return reply


def checkout_remove(rt: Runtime, call: Call) -> Reply:
    """POST /Checkout/redeem/remove: give the checkout's cashback back (07), or say why not."""
    with rt.store.transaction() as db:
        customer, checkout_id = _checkout_request(db, call.body)
        cart = _checkout_cart(db, customer, checkout_id)
        if cart is None:
            return _checkout_outcome(_removed(False, "Checkout not found."), "03", "CheckoutNotFound", WARNING)
        redeem = _applied(db, cart)
        if redeem is None:
            result = _removed(False, "No cashback is applied to this checkout.")
            return _checkout_outcome(result, "04", "CashbackNotApplied", WARNING)
        _cancel_redeem(rt, db, redeem, "checkout_remove")
        db.execute(
            "UPDATE checkouts SET updated_at = ? WHERE customer_id = ? AND checkout_id = ?",
            (rt.clock.now_iso(), customer.id, checkout_id),
        )
    result = _removed(True, f"Cashback of R$ {redeem.cashback} removed.")
    return _checkout_outcome(result, "07", "CashbackRemovedSuccessfully", SUCCESS)


def checkout_refresh(rt: Runtime, call: Call) -> Reply:
    """POST /Checkout/redeem/refresh: keep the cashback (05) unless the new Total no longer allows it (06)."""
    body = call.body
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        customer, checkout_id = _checkout_request(db, body)
        cart = _checkout_cart(db, customer, checkout_id)
        if cart is None:
            return _checkout_outcome(_refreshed(False, "Checkout not found."), "03", "CheckoutNotFound", WARNING)
        redeem = _applied(db, cart)
        if redeem is None:
            result = _refreshed(False, "No cashback is applied to this checkout.")
            return _checkout_outcome(result, "04", "CashbackNotApplied", WARNING)
        total = cart.total if body.get("Total") is None else money(body["Total"], "Total")
        if total is not None:
            db.execute(
                "UPDATE checkouts SET total = ?, updated_at = ? WHERE customer_id = ? AND checkout_id = ?",
                (str(total), now, customer.id, checkout_id),
            )
            # What the checkout would allow now, had this cashback not been taken yet.
            allowed = cashback_cap(rt.config, customer.cashback + redeem.cashback, max(Decimal(0), total))
            if redeem.cashback > allowed:
                _cancel_redeem(rt, db, redeem, "checkout_refresh")
                result = _refreshed(True, "The cart changed: the cashback was removed.")
                return _checkout_outcome(result, "06", "CashbackRemovedByCartChange", WARNING)
    result = _refreshed(False, f"Cashback of R$ {redeem.cashback} still applied.")
    return _checkout_outcome(result, "05", "CashbackStillApplied", WARNING)


def _int_param(value: str, name: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise ApiError(400, f"{name} must be an integer", name="ValidationError") from None
    if not 0 <= number < 2**31:
        raise ApiError(400, f"{name} is out of range", name="ValidationError")
    return number


HANDLERS: dict[str, Handler] = {
    f"POST {P}/POS/rewards/available": available,
    f"POST {P}/POS/customers/{{id}}/challenge": challenge,
    f"POST {P}/POS/customers/{{id}}/challengevalidate": challenge_validate,
    f"POST {P}/POS/rewards/{{id}}/redeem": redeem,
    f"DELETE {P}/POS/rewards/{{id}}": cancel_reward,
    f"DELETE {P}/POS/rewards": cancel_reward_by_key,
    f"POST {P}/POS/orders": add_pos_order,
    f"POST {P}/POS/orders/{{orderId}}/cancel": cancel_order,
    f"POST {P}/POS/{{orderId}}/partialcancel": partial_cancel,
    f"GET {P}/Customer/{{id}}": get_customer,
    f"POST {P}/Customer/upsert": upsert_customer,
    f"GET {P}/Customer/{{id}}/points": get_points,
    f"POST {P}/Customer/{{id}}/points": change_points,
    f"POST {P}/Customer/{{id}}/cashback": change_cashback,
    f"POST {P}/Customer/{{id}}/availablecoupons": available_coupons,
    f"POST {P}/Customer/{{id}}/history": history,
    f"POST {P}/Order": add_api_order,
    f"GET {P}/Order/{{orderId}}": get_order,
    f"POST {P}/Order/{{orderId}}/cancel": cancel_order,
    f"POST {P}/Order/{{orderId}}/complete": complete_order,
    f"POST {P}/Order/{{orderId}}/partialcancel": partial_cancel,
    f"GET {P}/Rewards/{{id}}": get_reward,
    f"POST {P}/Checkout/redeem": checkout_redeem,
    f"POST {P}/Checkout/redeem/remove": checkout_remove,
    f"POST {P}/Checkout/redeem/refresh": checkout_refresh,
}

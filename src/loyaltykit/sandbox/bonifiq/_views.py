"""How BonifiQ shows the stored entities: customers, rewards, orders, balances."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .._codes import OrderState
from .._config import SandboxConfig
from .._store import Customer, Db, Order, Redeem
from .._wire import decode_json
from ._rules import estimated_bonus

_TIER_COLORS = {"Bronze": "#b45309", "Prata": "#9ca3af", "Ouro": "#d97706"}


def tier_view(customer: Customer) -> dict[str, Any] | None:
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
        "CurrentTier": tier_view(customer),
    }


def _customer_card(customer: Customer) -> dict[str, Any]:
    """What both the offer's and an order's Customer show first."""
    return {
        "Id": customer.id,
        "OriginalId": customer.external_id,
        "Name": customer.name,
        "Email": customer.email,
        "Phone": customer.phone,
        "Document": customer.document,
        "IsEnrolled": customer.is_enrolled,
    }


def offer_customer_view(customer: Customer) -> dict[str, Any]:
    """The Customer of AvailableRewards."""
    return {**_customer_card(customer), "CurrentTier": tier_view(customer)}


def _order_customer_view(customer: Customer) -> dict[str, Any]:
    return {
        **_customer_card(customer),
        "PointsBalance": customer.points,
        "BalanceOfPoints": customer.points,
        "Cashback": customer.cashback,
        "TierName": customer.tier_name,
    }


def reward_view(redeem: Redeem, customer: Customer, refund_ledger_id: int | None) -> dict[str, Any]:
    """RewardResponse, returned by the DELETE (cancel) operations."""
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


def order_view(config: SandboxConfig, db: Db, order: Order, payload: Mapping[str, Any] | None = None) -> dict[str, Any]:
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
        "IsCancelledOrReturned": order.state == OrderState.CANCELED,
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
        "EstimatedBonus": estimated_bonus(config, order.total),
    }


def cancel_view(order: Order, refund_error: dict[str, Any] | None = None) -> dict[str, Any]:
    """CancelOrderResponse: note the lower-case ``isCanceled``, as BonifiQ writes it."""
    return {
        "isCanceled": order.state == OrderState.CANCELED,
        "UpdatedAt": order.updated_at or order.created_at,
        "Status": order.state,
        "RefundErrorDetails": refund_error,
    }


def points_view(db: Db, customer: Customer | None) -> dict[str, Any]:
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

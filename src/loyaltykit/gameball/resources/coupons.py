"""``gb.coupons``: validating customers' coupons (Gameball's coupon engine).

The worked example of a hand-written resource over a generated one: ``Coupons`` is the generated
``CouponsResource`` (every ``coupons`` operation as a method, see api.md) plus ``validate``,
which wraps ``post_coupons_validate`` explicitly: checked arguments, and retried as a read.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Unpack

from loyaltykit_gameball_api.api.coupons import post_coupons_validate
from loyaltykit_gameball_api.models.post_coupons_validate_body import PostCouponsValidateBody
from loyaltykit_gameball_api.models.post_coupons_validate_response_200 import PostCouponsValidateResponse200

from ..._call import Call
from ..._operation import generated_call
from ..._options import RequestOptions
from ..._validation import optional_money, require_text
from ...errors import InvalidArgumentError
from .._values import unset_if_none
from ._generated.coupons import AsyncCouponsResource, CouponsResource
from .customers import customer_id_of


def _validate(
    customer_id: str, codes: Sequence[str], total_purchase_amount: Decimal | int | str | None
) -> Call[PostCouponsValidateResponse200]:
    if isinstance(codes, str) or not codes:
        raise InvalidArgumentError("codes", "must be a non-empty list of coupon codes")
    body = PostCouponsValidateBody(
        customer_id=customer_id_of(customer_id),
        coupons=[require_text(f"codes[{i}]", code) for i, code in enumerate(codes)],
        total_purchase_amount=unset_if_none(optional_money("total_purchase_amount", total_purchase_amount)),
    )
    # Validation without a lock changes nothing on the server.
    return generated_call(post_coupons_validate, {"body": body}, read_only=True)


class Coupons(CouponsResource):
    def validate(
        self,
        customer_id: str,
        codes: Sequence[str],
        *,
        total_purchase_amount: Decimal | int | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> PostCouponsValidateResponse200:
        """Check that coupon codes can be used by the customer (POST /coupons/validate).

        Wraps the generated ``post_coupons_validate``: the arguments are checked before anything
        is sent, and the call is retried like a read (validation without a lock changes nothing).
        """
        return self._client.execute(_validate(customer_id, codes, total_purchase_amount), options)


class AsyncCoupons(AsyncCouponsResource):
    async def validate(
        self,
        customer_id: str,
        codes: Sequence[str],
        *,
        total_purchase_amount: Decimal | int | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> PostCouponsValidateResponse200:
        """Check that coupon codes can be used by the customer (POST /coupons/validate).

        Wraps the generated ``post_coupons_validate``: the arguments are checked before anything
        is sent, and the call is retried like a read (validation without a lock changes nothing).
        """
        return await self._client.execute(_validate(customer_id, codes, total_purchase_amount), options)

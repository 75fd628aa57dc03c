from typing import Any, Final

import httpx

from ...models.base_external_api_list_response_of_create_coupon_response import (
    BaseExternalApiListResponseOfCreateCouponResponse,
)
from ...models.create_coupon_request import CreateCouponRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Coupons_Create"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: CreateCouponRequest,
) -> OperationRequest[BaseExternalApiListResponseOfCreateCouponResponse]:
    """Creates a coupon for the given customer.

    Args:
        body (CreateCouponRequest): Create Coupon Request model

    Returns:
        OperationRequest[BaseExternalApiListResponseOfCreateCouponResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Coupons",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BaseExternalApiListResponseOfCreateCouponResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiListResponseOfCreateCouponResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

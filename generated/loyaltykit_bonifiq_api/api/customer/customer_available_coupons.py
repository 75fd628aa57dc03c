from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.base_external_api_list_response_of_create_coupon_response import (
    BaseExternalApiListResponseOfCreateCouponResponse,
)
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "Customer_AvailableCoupons"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: str,
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> OperationRequest[BaseExternalApiListResponseOfCreateCouponResponse]:
    """Returns a list of unused coupons that the customer have redeemed in the past

    Args:
        id (str):
        page_number (int | Unset):
        page_size (int | Unset):

    Returns:
        OperationRequest[BaseExternalApiListResponseOfCreateCouponResponse]
    """

    params: dict[str, Any] = {}

    params["PageNumber"] = page_number

    params["PageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Customer/{id}/availablecoupons".format(
            id=quote(str(id), safe=""),
        ),
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> BaseExternalApiListResponseOfCreateCouponResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiListResponseOfCreateCouponResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

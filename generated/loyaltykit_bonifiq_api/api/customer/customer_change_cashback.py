from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.base_external_api_response_of_customer_points_response import (
    BaseExternalApiResponseOfCustomerPointsResponse,
)
from ...models.change_cashback_request import ChangeCashbackRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Customer_ChangeCashback"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: str,
    *,
    body: ChangeCashbackRequest,
) -> OperationRequest[BaseExternalApiResponseOfCustomerPointsResponse]:
    """Add or remove cashback from a customer

     Adds or removes cashback to/from a customer balance (internally converted into points). Use
    `OperationType=0` to add (positive value) and `OperationType=1` to remove (negative value).

    `ChangeKey` gives idempotency: the same key used more than once results in an error.

    Args:
        id (str):
        body (ChangeCashbackRequest): Change Cashback balance from a Customer

    Returns:
        OperationRequest[BaseExternalApiResponseOfCustomerPointsResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Customer/{id}/cashback".format(
            id=quote(str(id), safe=""),
        ),
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BaseExternalApiResponseOfCustomerPointsResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfCustomerPointsResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

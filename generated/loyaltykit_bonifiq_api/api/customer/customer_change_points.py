from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.base_external_api_response_of_customer_points_response import (
    BaseExternalApiResponseOfCustomerPointsResponse,
)
from ...models.change_points_request import ChangePointsRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Customer_ChangePoints"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: str,
    *,
    body: ChangePointsRequest,
) -> OperationRequest[BaseExternalApiResponseOfCustomerPointsResponse]:
    """Add or remove points from a customer

     Use `OperationType=0` to add points (positive number, e.g. 10) and `OperationType=1` to remove
    points (negative number, e.g. -10).

    `ChangeKey` gives idempotency: the same key used more than once results in an error, so a change is
    applied only once. Example key: `ADD-ABC-10-123`.

    `Reason` is internal-only.

    Args:
        id (str):
        body (ChangePointsRequest): Change Points from a customer. Either E-mail or CustomerId are
            required

    Returns:
        OperationRequest[BaseExternalApiResponseOfCustomerPointsResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Customer/{id}/points".format(
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

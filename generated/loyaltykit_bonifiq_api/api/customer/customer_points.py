from typing import Final
from urllib.parse import quote

import httpx

from ...models.customer_points_response import CustomerPointsResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Customer_Points"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: str,
) -> OperationRequest[CustomerPointsResponse]:
    """Retrieve the amount of points of a given customer

     Returns the balance and history WITHOUT the standard envelope (seed 004 swagger fragment,
    https://api.bonifiq.com.br/swagger/Private%20APIs/swagger.json).

    Args:
        id (str):

    Returns:
        OperationRequest[CustomerPointsResponse]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/v1/pvt/Customer/{id}/points".format(
            id=quote(str(id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerPointsResponse:
    if response.status_code == 200:
        response_200 = CustomerPointsResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

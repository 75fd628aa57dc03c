from typing import Final
from urllib.parse import quote

import httpx

from ...models.customer_points_response import CustomerPointsResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Public_CustomerPoints"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: str,
    *,
    x_bq_api_token: str,
) -> OperationRequest[CustomerPointsResponse]:
    """Retrieve the amount of points of a given customer

     Public API (X-BQ-ApiToken, no Basic credentials). Returns the balance and history WITHOUT the
    standard envelope, in the same model as GET /v1/pvt/Customer/{id}/points (the public example shows
    fewer history fields).

    Args:
        id (str):
        x_bq_api_token (str):

    Returns:
        OperationRequest[CustomerPointsResponse]
    """

    headers: dict[str, str] = {}
    headers["X-BQ-ApiToken"] = x_bq_api_token

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/v1/pub/Customer/{id}/points".format(
            id=quote(str(id), safe=""),
        ),
        params={},
        headers=headers,
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerPointsResponse:
    if response.status_code == 200:
        response_200 = CustomerPointsResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final

import httpx

from ...models.product_points_request import ProductPointsRequest
from ...models.product_points_response import ProductPointsResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Public_ProductPointsList"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: list[ProductPointsRequest],
    x_bq_api_token: str,
) -> OperationRequest[list[ProductPointsResponse]]:
    """Returns a estimated value of points and cashback from a given list of products.

     Public API (X-BQ-ApiToken, no Basic credentials). The Id and Price are required fields;
    PriceCurrency defaults to BRL; Name is optional. The answer is a list WITHOUT envelope.

    Args:
        x_bq_api_token (str):
        body (list[ProductPointsRequest]):

    Returns:
        OperationRequest[list[ProductPointsResponse]]
    """

    headers: dict[str, str] = {}
    headers["X-BQ-ApiToken"] = x_bq_api_token

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pub/Product/pointslist",
        params={},
        headers=headers,
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> list[ProductPointsResponse]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_exact(response)
        for response_200_item_data in _response_200:
            response_200_item = ProductPointsResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final

import httpx

from ...models.api_response_of_list_of_product_points_response import ApiResponseOfListOfProductPointsResponse
from ...models.product_points_request import ProductPointsRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Product_Points"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: list[ProductPointsRequest],
) -> OperationRequest[ApiResponseOfListOfProductPointsResponse]:
    """Returns a estimated value of points give from a list of products

    Args:
        body (list[ProductPointsRequest]):

    Returns:
        OperationRequest[ApiResponseOfListOfProductPointsResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Product/points",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> ApiResponseOfListOfProductPointsResponse:
    if response.status_code == 200:
        response_200 = ApiResponseOfListOfProductPointsResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

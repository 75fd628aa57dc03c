from io import BytesIO
from typing import Any, Final

import httpx

from ...models.product_points_request import ProductPointsRequest
from ...types import File, OperationRequest, UndocumentedStatus

OPERATION_ID: Final = "Public_ProductPoints"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: list[ProductPointsRequest],
    x_bq_api_token: str,
) -> OperationRequest[File]:
    """Calculate how many points will be generate for a giving product, according to Purchase Objective
    configuration

     Public API (X-BQ-ApiToken, no Basic credentials). The page documents the answer as a file
    (`application/octet-stream`, example `"<string>"`), not as JSON; its content is not shown. POST
    /v1/pub/Product/pointslist answers the same question as JSON.

    Args:
        x_bq_api_token (str):
        body (list[ProductPointsRequest]):

    Returns:
        OperationRequest[File]
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
        url="/v1/pub/Product/points",
        params={},
        headers=headers,
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final

import httpx

from ...models.post_batch_orders_body import PostBatchOrdersBody
from ...models.post_batch_orders_response_200 import PostBatchOrdersResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_batch_orders"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostBatchOrdersBody,
) -> OperationRequest[PostBatchOrdersResponse200]:
    """Register multiple orders for single or multiple customers in a single API call for efficient order
    management and tracking.

    Args:
        body (PostBatchOrdersBody):

    Returns:
        OperationRequest[PostBatchOrdersResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/batch/orders",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostBatchOrdersResponse200:
    if response.status_code == 200:
        response_200 = PostBatchOrdersResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

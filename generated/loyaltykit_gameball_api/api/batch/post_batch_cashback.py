from typing import Any, Final

import httpx

from ...models.post_batch_cashback_body import PostBatchCashbackBody
from ...models.post_batch_cashback_response_200 import PostBatchCashbackResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_batch_cashback"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostBatchCashbackBody,
) -> OperationRequest[PostBatchCashbackResponse200]:
    """Award loyalty points to customers through cashback program for multiple customers in a single API
    call.

    Args:
        body (PostBatchCashbackBody):

    Returns:
        OperationRequest[PostBatchCashbackResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/batch/cashback",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostBatchCashbackResponse200:
    if response.status_code == 200:
        response_200 = PostBatchCashbackResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

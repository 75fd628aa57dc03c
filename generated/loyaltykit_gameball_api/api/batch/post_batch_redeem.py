from typing import Any, Final

import httpx

from ...models.post_batch_redeem_body import PostBatchRedeemBody
from ...models.post_batch_redeem_response_200 import PostBatchRedeemResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_batch_redeem"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostBatchRedeemBody,
) -> OperationRequest[PostBatchRedeemResponse200]:
    """Enable customers to redeem loyalty points as a payment method for multiple customers in a single API
    call.

    Args:
        body (PostBatchRedeemBody):

    Returns:
        OperationRequest[PostBatchRedeemResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/batch/redeem",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostBatchRedeemResponse200:
    if response.status_code == 200:
        response_200 = PostBatchRedeemResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final

import httpx

from ...models.post_batch_balance_inquiry_body import PostBatchBalanceInquiryBody
from ...models.post_batch_balance_inquiry_response_200 import PostBatchBalanceInquiryResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_batch_balance_inquiry"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostBatchBalanceInquiryBody,
) -> OperationRequest[PostBatchBalanceInquiryResponse200]:
    """Retrieve customer loyalty balances for multiple customers in a single API call for efficient balance
    management.

    Args:
        body (PostBatchBalanceInquiryBody):

    Returns:
        OperationRequest[PostBatchBalanceInquiryResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/batch/balance-inquiry",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostBatchBalanceInquiryResponse200:
    if response.status_code == 200:
        response_200 = PostBatchBalanceInquiryResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

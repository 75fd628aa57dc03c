from typing import Any, Final

import httpx

from ...models.post_transactions_refund_body import PostTransactionsRefundBody
from ...models.post_transactions_refund_response_200 import PostTransactionsRefundResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_transactions_refund"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostTransactionsRefundBody,
) -> OperationRequest[PostTransactionsRefundResponse200]:
    """This API processes refunds or cancellations of cashback and points redemption transactions in
    Gameball. By providing a reverseTransactionId, Gameball identifies the related cashback or
    redemption transaction and adjusts the customer's points balance accordingly to reflect the refunded
    or canceled transaction.

    Args:
        body (PostTransactionsRefundBody):

    Returns:
        OperationRequest[PostTransactionsRefundResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/transactions/refund",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostTransactionsRefundResponse200:
    if response.status_code == 200:
        response_200 = PostTransactionsRefundResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

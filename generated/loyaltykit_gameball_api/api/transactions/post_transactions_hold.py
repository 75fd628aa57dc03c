from typing import Any, Final

import httpx

from ...models.post_transactions_hold_body import PostTransactionsHoldBody
from ...models.post_transactions_hold_response_200 import PostTransactionsHoldResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_transactions_hold"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostTransactionsHoldBody,
) -> OperationRequest[PostTransactionsHoldResponse200]:
    """This API holds loyalty points for a specified duration, reserving them until a redemption request is
    made through Order or Redeem. If no redemption occurs within the hold period, the points are
    released. The default hold time is 10 minutes, adjustable in the Gameball dashboard, with a maximum
    of 15 days and a minimum of 1 minute.

    Args:
        body (PostTransactionsHoldBody):

    Returns:
        OperationRequest[PostTransactionsHoldResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/transactions/hold",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostTransactionsHoldResponse200:
    if response.status_code == 200:
        response_200 = PostTransactionsHoldResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

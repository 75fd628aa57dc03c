from typing import Any, Final

import httpx

from ...models.post_transactions_manual_body import PostTransactionsManualBody
from ...models.post_transactions_manual_response_200 import PostTransactionsManualResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_transactions_manual"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostTransactionsManualBody,
) -> OperationRequest[PostTransactionsManualResponse200]:
    """This API allows for the manual addition or deduction of points for a customer in Gameball. It
    provides flexibility in managing loyalty points, enabling adjustments based on specific needs or
    circumstances.

    Args:
        body (PostTransactionsManualBody):

    Returns:
        OperationRequest[PostTransactionsManualResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/transactions/manual",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostTransactionsManualResponse200:
    if response.status_code == 200:
        response_200 = PostTransactionsManualResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

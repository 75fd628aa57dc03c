from typing import Any, Final

import httpx

from ...models.post_transactions_cashback_body import PostTransactionsCashbackBody
from ...models.post_transactions_cashback_response_200 import PostTransactionsCashbackResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_transactions_cashback"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostTransactionsCashbackBody,
) -> OperationRequest[PostTransactionsCashbackResponse200]:
    """This API awards loyalty points to customers in Gameball through a cashback program based on the
    amount.

    Args:
        body (PostTransactionsCashbackBody):

    Returns:
        OperationRequest[PostTransactionsCashbackResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/transactions/cashback",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostTransactionsCashbackResponse200:
    if response.status_code == 200:
        response_200 = PostTransactionsCashbackResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

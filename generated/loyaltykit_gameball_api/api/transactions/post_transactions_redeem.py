from typing import Any, Final

import httpx

from ...models.post_transactions_redeem_body import PostTransactionsRedeemBody
from ...models.post_transactions_redeem_response_200 import PostTransactionsRedeemResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_transactions_redeem"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostTransactionsRedeemBody,
) -> OperationRequest[PostTransactionsRedeemResponse200]:
    """This API enables customers to redeem loyalty points as a payment method in Gameball, allowing them
    to use points in place of monetary value during transactions. By providing details such as
    customerId and amount, this endpoint facilitates point-based redemptions within the purchase
    process.

    Args:
        body (PostTransactionsRedeemBody):

    Returns:
        OperationRequest[PostTransactionsRedeemResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/transactions/redeem",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostTransactionsRedeemResponse200:
    if response.status_code == 200:
        response_200 = PostTransactionsRedeemResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

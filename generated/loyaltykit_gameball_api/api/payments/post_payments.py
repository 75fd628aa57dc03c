from typing import Any, Final

import httpx

from ...models.post_payments_body import PostPaymentsBody
from ...models.post_payments_response_200 import PostPaymentsResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_payments"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostPaymentsBody,
) -> OperationRequest[PostPaymentsResponse200]:
    """The API call tracks new payments, specifically tailored for fintech solutions. It captures key
    payment details, ensuring accurate tracking of customer transactions.

    This API triggers the **"Payment Processed"** event, allowing you to automate follow-up actions such
    as initiating workflows, sending notifications, or rewarding customers with badges.

    The event includes all properties provided in the payload.

    Args:
        body (PostPaymentsBody):

    Returns:
        OperationRequest[PostPaymentsResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/payments",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostPaymentsResponse200:
    if response.status_code == 200:
        response_200 = PostPaymentsResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

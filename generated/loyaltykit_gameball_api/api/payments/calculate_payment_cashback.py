from typing import Any, Final

import httpx

from ...models.calculate_payment_cashback_body import CalculatePaymentCashbackBody
from ...models.calculate_payment_cashback_response_200 import CalculatePaymentCashbackResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "calculatePaymentCashback"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: CalculatePaymentCashbackBody,
) -> OperationRequest[CalculatePaymentCashbackResponse200]:
    """Calculate Payment Cashback

     This API calculates the cashback points to be rewarded for a specific payment in Gameball, based on
    provided payment details. It considers configured cashback rules and customer eligibility.

    **Security:** Requires `apiKey` header.

    **Channel Merging Available:** If your system uses different customer IDs across multiple channels
    (e.g., online and offline), Gameball's channel merging feature helps unify customer profiles. By
    including the customer's mobile number or email (based on your merging configuration) with each
    request, Gameball will combine activities into a single profile.

    **Important:** This API calculates the expected cashback points but does not perform any actual
    reward or action for the customer.

    Args:
        body (CalculatePaymentCashbackBody):

    Returns:
        OperationRequest[CalculatePaymentCashbackResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/payments/cashback",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CalculatePaymentCashbackResponse200:
    if response.status_code == 200:
        response_200 = CalculatePaymentCashbackResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

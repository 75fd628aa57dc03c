from typing import Any, Final

import httpx

from ...models.referral_validation_response import ReferralValidationResponse
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "validateReferrerCode"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    referrer_code: str,
    for_customer_id: str | Unset = UNSET,
) -> OperationRequest[ReferralValidationResponse]:
    """Validate Referrer Code

     Validate whether a provided referral code is valid and eligible for use during customer signup.

    Args:
        referrer_code (str):
        for_customer_id (str | Unset):

    Returns:
        OperationRequest[ReferralValidationResponse]
    """

    params: dict[str, Any] = {}

    params["referrerCode"] = referrer_code

    params["forCustomerId"] = for_customer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/referrals/validate",
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> ReferralValidationResponse:
    if response.status_code == 200:
        response_200 = ReferralValidationResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

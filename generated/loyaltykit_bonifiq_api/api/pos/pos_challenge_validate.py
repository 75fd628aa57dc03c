from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.customer_challenge_validate_request import CustomerChallengeValidateRequest
from ...models.customer_challenge_validate_response import CustomerChallengeValidateResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "POS_ChallengeValidate"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: str,
    *,
    body: CustomerChallengeValidateRequest,
) -> OperationRequest[CustomerChallengeValidateResponse]:
    """After sending the challenge request the app must ask the user for the PIN Code.

     The PIN Code could be received by the customer in SMS or e-mail. A wrong code gives Success=false
    with FriendlyErrorMessage. The response is returned WITHOUT the standard envelope.

    Args:
        id (str):
        body (CustomerChallengeValidateRequest):

    Returns:
        OperationRequest[CustomerChallengeValidateResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/POS/customers/{id}/challengevalidate".format(
            id=quote(str(id), safe=""),
        ),
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> CustomerChallengeValidateResponse:
    if response.status_code == 200:
        response_200 = CustomerChallengeValidateResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

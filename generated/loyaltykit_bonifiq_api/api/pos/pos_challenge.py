from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.customer_challenge_request import CustomerChallengeRequest
from ...models.customer_challenge_response import CustomerChallengeResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "POS_Challenge"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: str,
    *,
    body: CustomerChallengeRequest,
) -> OperationRequest[CustomerChallengeResponse]:
    """Creates a challenge (OTP) to confirm that the customer is the owner of the points

     When this endpoint is called BonifiQ sends a unique PIN code to the customer Phone (SMS) or E-mail.
    The customer must inform this number in the /challengevalidate endpoint call. The response is
    returned WITHOUT the standard envelope.

    Args:
        id (str):
        body (CustomerChallengeRequest):

    Returns:
        OperationRequest[CustomerChallengeResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/POS/customers/{id}/challenge".format(
            id=quote(str(id), safe=""),
        ),
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> CustomerChallengeResponse:
    if response.status_code == 200:
        response_200 = CustomerChallengeResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

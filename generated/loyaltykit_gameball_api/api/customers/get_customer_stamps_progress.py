from typing import Final
from urllib.parse import quote

import httpx

from ...models.customer_action_streak_progress_response import CustomerActionStreakProgressResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "getCustomerStampsProgress"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    challenge_id: int,
) -> OperationRequest[CustomerActionStreakProgressResponse]:
    """Get Customer Stamps Progress

     Retrieve the progress of a specific customer within a particular Stamps campaign in Gameball. It
    returns how many steps the customer has completed, how many times they've earned the campaign
    reward, and whether they are eligible to continue.

    Args:
        customer_id (str):
        challenge_id (int):

    Returns:
        OperationRequest[CustomerActionStreakProgressResponse]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/stamps/{challenge_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            challenge_id=int(challenge_id),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerActionStreakProgressResponse:
    if response.status_code == 200:
        response_200 = CustomerActionStreakProgressResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

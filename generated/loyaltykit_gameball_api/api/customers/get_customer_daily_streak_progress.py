from typing import Final
from urllib.parse import quote

import httpx

from ...models.customer_daily_streak_progress_response import CustomerDailyStreakProgressResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "getCustomerDailyStreakProgress"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    campaign_id: int,
) -> OperationRequest[CustomerDailyStreakProgressResponse]:
    """Get Customer Daily Streak Progress

     Retrieve the progress of a specific customer within a particular daily streak campaign in Gameball.
    It returns the current and highest streak counts, ongoing reward details, badge milestones, and the
    next milestone to unlock.

    Args:
        customer_id (str):
        campaign_id (int):

    Returns:
        OperationRequest[CustomerDailyStreakProgressResponse]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/streaks/{campaign_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            campaign_id=int(campaign_id),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerDailyStreakProgressResponse:
    if response.status_code == 200:
        response_200 = CustomerDailyStreakProgressResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

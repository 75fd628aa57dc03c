from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.customer_activities_response import CustomerActivitiesResponse
from ...models.get_customer_activities_activity_type import GetCustomerActivitiesActivityType
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "getCustomerActivities"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    *,
    start_after: int | Unset = 0,
    limit: int | Unset = 50,
    activity_type: GetCustomerActivitiesActivityType | Unset = UNSET,
) -> OperationRequest[CustomerActivitiesResponse]:
    """Get Customer Activities

     This API retrieves a log of customer activities within Gameball, identified by customerId. The logs
    detail various actions, such as tier changes, campaign rewards, referrals, redemptions, and more.
    Specific activity types can be filtered, including events like TierUpgraded, CampaignRewarded,
    ReferralBonusReward, and PaymentReward, providing comprehensive visibility into each customer's
    engagement history.

    Args:
        customer_id (str):
        start_after (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        activity_type (GetCustomerActivitiesActivityType | Unset):

    Returns:
        OperationRequest[CustomerActivitiesResponse]
    """

    params: dict[str, Any] = {}

    params["startAfter"] = start_after

    params["limit"] = limit

    json_activity_type: str | Unset = UNSET
    if not isinstance(activity_type, Unset):
        json_activity_type = activity_type.value

    params["activityType"] = json_activity_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/activities".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerActivitiesResponse:
    if response.status_code == 200:
        response_200 = CustomerActivitiesResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

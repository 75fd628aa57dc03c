from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.customer_activities_count_response import CustomerActivitiesCountResponse
from ...models.get_customer_activities_count_activity_type import GetCustomerActivitiesCountActivityType
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "getCustomerActivitiesCount"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    *,
    activity_type: GetCustomerActivitiesCountActivityType | Unset = UNSET,
) -> OperationRequest[CustomerActivitiesCountResponse]:
    """Get Customer Activities Count

     This API retrieves the total count of customer activities within Gameball, identified by customerId.
    It allows for filtering by specific activity types, such as TierUpgraded, CampaignRewarded,
    ReferralBonusReward, and PaymentReward, providing the number of activities matching the specified
    criteria without returning detailed activity logs.

    Args:
        customer_id (str):
        activity_type (GetCustomerActivitiesCountActivityType | Unset):

    Returns:
        OperationRequest[CustomerActivitiesCountResponse]
    """

    params: dict[str, Any] = {}

    json_activity_type: str | Unset = UNSET
    if not isinstance(activity_type, Unset):
        json_activity_type = activity_type.value

    params["activityType"] = json_activity_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/activities/count".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerActivitiesCountResponse:
    if response.status_code == 200:
        response_200 = CustomerActivitiesCountResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.customer_automation_campaigns_response import CustomerAutomationCampaignsResponse
from ...models.get_customer_automation_campaigns_campaign_type import GetCustomerAutomationCampaignsCampaignType
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "getCustomerAutomationCampaigns"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    *,
    campaign_type: GetCustomerAutomationCampaignsCampaignType
    | Unset = GetCustomerAutomationCampaignsCampaignType.MISSION,
) -> OperationRequest[CustomerAutomationCampaignsResponse]:
    """Get Customer Automation Campaigns

     This API retrieves the available automation campaigns for the customer, identified by customerId.
    The response includes details of campaigns currently active and applicable to the customer, such as
    onboarding journeys, engagement triggers, or milestone-based campaigns. Specific campaign types can
    be filtered, including campaigns like Welcome Campaigns, Ramadan Campaign, and Custom Automations,
    offering a comprehensive view of personalized campaigns available for the customer.

    Args:
        customer_id (str):
        campaign_type (GetCustomerAutomationCampaignsCampaignType | Unset):  Default:
            GetCustomerAutomationCampaignsCampaignType.MISSION.

    Returns:
        OperationRequest[CustomerAutomationCampaignsResponse]
    """

    params: dict[str, Any] = {}

    json_campaign_type: str | Unset = UNSET
    if not isinstance(campaign_type, Unset):
        json_campaign_type = campaign_type.value

    params["campaignType"] = json_campaign_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/automation".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerAutomationCampaignsResponse:
    if response.status_code == 200:
        response_200 = CustomerAutomationCampaignsResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.customer_campaigns_progress_response_item import CustomerCampaignsProgressResponseItem
from ...models.get_customer_campaigns_progress_campaign_type import GetCustomerCampaignsProgressCampaignType
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "getCustomerCampaignsProgress"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    *,
    campaign_type: GetCustomerCampaignsProgressCampaignType | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> OperationRequest[list[CustomerCampaignsProgressResponseItem]]:
    """Get Customer Campaigns Progress

     This API retrieves a customer's progress within Gameball's reward campaigns, providing insights into
    their achievements and current status in each campaign. By accessing completion percentages and
    unlock statuses, you can track how customers are engaging with various reward opportunities.

    Args:
        customer_id (str):
        campaign_type (GetCustomerCampaignsProgressCampaignType | Unset):
        campaign_id (int | Unset):
        lang (str | Unset):

    Returns:
        OperationRequest[list[CustomerCampaignsProgressResponseItem]]
    """

    headers: dict[str, str] = {}
    if not isinstance(lang, Unset):
        headers["lang"] = lang

    params: dict[str, Any] = {}

    json_campaign_type: str | Unset = UNSET
    if not isinstance(campaign_type, Unset):
        json_campaign_type = campaign_type.value

    params["campaignType"] = json_campaign_type

    params["campaignId"] = campaign_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/reward-campaigns-progress".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params=params,
        headers=headers,
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> list[CustomerCampaignsProgressResponseItem]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_exact(response)
        for componentsschemas_customer_campaigns_progress_response_item_data in _response_200:
            componentsschemas_customer_campaigns_progress_response_item = (
                CustomerCampaignsProgressResponseItem.from_dict(
                    componentsschemas_customer_campaigns_progress_response_item_data
                )
            )

            response_200.append(componentsschemas_customer_campaigns_progress_response_item)

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final

import httpx

from ...models.reward_campaign_configuration import RewardCampaignConfiguration
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "getCampaignsConfigurations"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    customer_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    product_sku: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> OperationRequest[list[RewardCampaignConfiguration]]:
    """Campaigns Configurations

     The API retrieves your reward campaign configurations, including both event-based and transactional
    campaigns. If the customerId, productSku, or collectionId query parameters are provided, the
    response will include the reward campaigns that are applicable for the specified customer or
    product.

    Args:
        customer_id (str | Unset):
        collection_id (str | Unset):
        product_sku (str | Unset):
        lang (str | Unset):

    Returns:
        OperationRequest[list[RewardCampaignConfiguration]]
    """

    headers: dict[str, str] = {}
    if not isinstance(lang, Unset):
        headers["lang"] = lang

    params: dict[str, Any] = {}

    params["customerId"] = customer_id

    params["collectionId"] = collection_id

    params["productSku"] = product_sku

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/configurations/reward-campaigns",
        params=params,
        headers=headers,
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> list[RewardCampaignConfiguration]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_exact(response)
        for response_200_item_data in _response_200:
            response_200_item = RewardCampaignConfiguration.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

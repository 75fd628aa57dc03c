from typing import Any, Final

import httpx

from ...models.order_reward_preview_response import OrderRewardPreviewResponse
from ...models.preview_order_rewards_body import PreviewOrderRewardsBody
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "previewOrderRewards"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PreviewOrderRewardsBody,
    lang: str | Unset = UNSET,
) -> OperationRequest[OrderRewardPreviewResponse]:
    """Preview Order Rewards

     Preview everything an order would earn before checkout: the order cashback quote (identical
    calculation to Calculate Order Cashback) plus a preview of the event-based campaigns the order would
    trigger (evaluated as the same `place_order` event a real order submission fires).

    This is a read-only quote — no points are awarded, no coupons are generated, nothing appears in the
    customer activity history, and campaign budgets or frequency limits are not consumed.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Localization:** Send the optional `lang` header to localize
    `eventRewards.campaigns[].campaignName`. Cashback `campaignName` values use the campaign's internal
    name and are not affected by `lang`.

    Args:
        lang (str | Unset):
        body (PreviewOrderRewardsBody):

    Returns:
        OperationRequest[OrderRewardPreviewResponse]
    """

    headers: dict[str, str] = {}
    if not isinstance(lang, Unset):
        headers["lang"] = lang

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/orders/reward-preview",
        params={},
        headers=headers,
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> OrderRewardPreviewResponse:
    if response.status_code == 200:
        response_200 = OrderRewardPreviewResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

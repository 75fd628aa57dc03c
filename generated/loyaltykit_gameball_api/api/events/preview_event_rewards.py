from typing import Any, Final

import httpx

from ...models.event_reward_preview_response import EventRewardPreviewResponse
from ...models.preview_event_rewards_body import PreviewEventRewardsBody
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "previewEventRewards"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PreviewEventRewardsBody,
    lang: str | Unset = UNSET,
) -> OperationRequest[EventRewardPreviewResponse]:
    """Preview Event Rewards

     Returns the points and coupon rewards a customer would earn if the given event(s) fired now.
    Intended for custom events (the same events you send to Send Events). For orders, use Preview Order
    Rewards instead.

    This is a read-only quote — no points are awarded, no coupons are generated, nothing appears in the
    customer activity history, and campaign budgets or frequency limits are not consumed.

    Unlike the live events endpoint, the preview never creates the customer — unknown or inactive
    customers return an error.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Localization:** Send the optional `lang` header to localize `campaigns[].campaignName`.

    Args:
        lang (str | Unset):
        body (PreviewEventRewardsBody):

    Returns:
        OperationRequest[EventRewardPreviewResponse]
    """

    headers: dict[str, str] = {}
    if not isinstance(lang, Unset):
        headers["lang"] = lang

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/events/reward-preview",
        params={},
        headers=headers,
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> EventRewardPreviewResponse:
    if response.status_code == 200:
        response_200 = EventRewardPreviewResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

import datetime
from typing import Any, Final

import httpx

from ...models.get_leaderboard_response_200 import GetLeaderboardResponse200
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "get_leaderboard"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    reward_campaign_id: int | Unset = UNSET,
    customer_tag: str | Unset = UNSET,
    reward_campaign_tag: str | Unset = UNSET,
) -> OperationRequest[GetLeaderboardResponse200]:
    """This API retrieves the leaderboard rankings of customers within your loyalty program in Gameball,
    either for a specific date range or for all time. Results are ordered from the highest to the lowest
    rank, displaying each customer's rank, progress, and tier details.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        customer_id (str | Unset):
        reward_campaign_id (int | Unset):
        customer_tag (str | Unset):
        reward_campaign_tag (str | Unset):

    Returns:
        OperationRequest[GetLeaderboardResponse200]
    """

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["customerId"] = customer_id

    params["rewardCampaignId"] = reward_campaign_id

    params["customerTag"] = customer_tag

    params["rewardCampaignTag"] = reward_campaign_tag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/leaderboard",
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> GetLeaderboardResponse200:
    if response.status_code == 200:
        response_200 = GetLeaderboardResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

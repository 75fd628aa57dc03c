import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_leaderboard_response_200 import GetLeaderboardResponse200
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    *,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    reward_campaign_id: int | Unset = UNSET,
    customer_tag: str | Unset = UNSET,
    reward_campaign_tag: str | Unset = UNSET,
) -> dict[str, Any]:

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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/leaderboard",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetLeaderboardResponse200 | None:
    if response.status_code == 200:
        response_200 = GetLeaderboardResponse200.from_dict(json_exact(response))

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(json_exact(response))

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(json_exact(response))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | GetLeaderboardResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    reward_campaign_id: int | Unset = UNSET,
    customer_tag: str | Unset = UNSET,
    reward_campaign_tag: str | Unset = UNSET,
) -> Response[Error | GetLeaderboardResponse200]:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetLeaderboardResponse200]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        customer_id=customer_id,
        reward_campaign_id=reward_campaign_id,
        customer_tag=customer_tag,
        reward_campaign_tag=reward_campaign_tag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    reward_campaign_id: int | Unset = UNSET,
    customer_tag: str | Unset = UNSET,
    reward_campaign_tag: str | Unset = UNSET,
) -> Error | GetLeaderboardResponse200 | None:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetLeaderboardResponse200
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        customer_id=customer_id,
        reward_campaign_id=reward_campaign_id,
        customer_tag=customer_tag,
        reward_campaign_tag=reward_campaign_tag,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    reward_campaign_id: int | Unset = UNSET,
    customer_tag: str | Unset = UNSET,
    reward_campaign_tag: str | Unset = UNSET,
) -> Response[Error | GetLeaderboardResponse200]:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetLeaderboardResponse200]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        customer_id=customer_id,
        reward_campaign_id=reward_campaign_id,
        customer_tag=customer_tag,
        reward_campaign_tag=reward_campaign_tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    reward_campaign_id: int | Unset = UNSET,
    customer_tag: str | Unset = UNSET,
    reward_campaign_tag: str | Unset = UNSET,
) -> Error | GetLeaderboardResponse200 | None:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetLeaderboardResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            customer_id=customer_id,
            reward_campaign_id=reward_campaign_id,
            customer_tag=customer_tag,
            reward_campaign_tag=reward_campaign_tag,
        )
    ).parsed

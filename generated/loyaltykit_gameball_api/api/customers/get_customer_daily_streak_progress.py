from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_daily_streak_progress_response import CustomerDailyStreakProgressResponse
from ...models.error import Error
from ...types import Response, json_exact


def _get_kwargs(
    customer_id: str,
    campaign_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/customers/{customer_id}/streaks/{campaign_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            campaign_id=int(campaign_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CustomerDailyStreakProgressResponse | Error | None:
    if response.status_code == 200:
        response_200 = CustomerDailyStreakProgressResponse.from_dict(json_exact(response))

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

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
) -> Response[Any | CustomerDailyStreakProgressResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    campaign_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | CustomerDailyStreakProgressResponse | Error]:
    """Get Customer Daily Streak Progress

     Retrieve the progress of a specific customer within a particular daily streak campaign in Gameball.
    It returns the current and highest streak counts, ongoing reward details, badge milestones, and the
    next milestone to unlock.

    Args:
        customer_id (str):
        campaign_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerDailyStreakProgressResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        campaign_id=campaign_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    campaign_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | CustomerDailyStreakProgressResponse | Error | None:
    """Get Customer Daily Streak Progress

     Retrieve the progress of a specific customer within a particular daily streak campaign in Gameball.
    It returns the current and highest streak counts, ongoing reward details, badge milestones, and the
    next milestone to unlock.

    Args:
        customer_id (str):
        campaign_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerDailyStreakProgressResponse | Error
    """

    return sync_detailed(
        customer_id=customer_id,
        campaign_id=campaign_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    campaign_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | CustomerDailyStreakProgressResponse | Error]:
    """Get Customer Daily Streak Progress

     Retrieve the progress of a specific customer within a particular daily streak campaign in Gameball.
    It returns the current and highest streak counts, ongoing reward details, badge milestones, and the
    next milestone to unlock.

    Args:
        customer_id (str):
        campaign_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerDailyStreakProgressResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        campaign_id=campaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    campaign_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | CustomerDailyStreakProgressResponse | Error | None:
    """Get Customer Daily Streak Progress

     Retrieve the progress of a specific customer within a particular daily streak campaign in Gameball.
    It returns the current and highest streak counts, ongoing reward details, badge milestones, and the
    next milestone to unlock.

    Args:
        customer_id (str):
        campaign_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerDailyStreakProgressResponse | Error
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            campaign_id=campaign_id,
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_action_streak_progress_response import CustomerActionStreakProgressResponse
from ...models.error import Error
from ...types import Response, json_exact


def _get_kwargs(
    customer_id: str,
    challenge_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/customers/{customer_id}/stamps/{challenge_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            challenge_id=int(challenge_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerActionStreakProgressResponse | Error | None:
    if response.status_code == 200:
        response_200 = CustomerActionStreakProgressResponse.from_dict(json_exact(response))

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
) -> Response[CustomerActionStreakProgressResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    challenge_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CustomerActionStreakProgressResponse | Error]:
    """Get Customer Stamps Progress

     Retrieve the progress of a specific customer within a particular Stamps campaign in Gameball. It
    returns how many steps the customer has completed, how many times they've earned the campaign
    reward, and whether they are eligible to continue.

    Args:
        customer_id (str):
        challenge_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerActionStreakProgressResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        challenge_id=challenge_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    challenge_id: int,
    *,
    client: AuthenticatedClient,
) -> CustomerActionStreakProgressResponse | Error | None:
    """Get Customer Stamps Progress

     Retrieve the progress of a specific customer within a particular Stamps campaign in Gameball. It
    returns how many steps the customer has completed, how many times they've earned the campaign
    reward, and whether they are eligible to continue.

    Args:
        customer_id (str):
        challenge_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerActionStreakProgressResponse | Error
    """

    return sync_detailed(
        customer_id=customer_id,
        challenge_id=challenge_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    challenge_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CustomerActionStreakProgressResponse | Error]:
    """Get Customer Stamps Progress

     Retrieve the progress of a specific customer within a particular Stamps campaign in Gameball. It
    returns how many steps the customer has completed, how many times they've earned the campaign
    reward, and whether they are eligible to continue.

    Args:
        customer_id (str):
        challenge_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerActionStreakProgressResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        challenge_id=challenge_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    challenge_id: int,
    *,
    client: AuthenticatedClient,
) -> CustomerActionStreakProgressResponse | Error | None:
    """Get Customer Stamps Progress

     Retrieve the progress of a specific customer within a particular Stamps campaign in Gameball. It
    returns how many steps the customer has completed, how many times they've earned the campaign
    reward, and whether they are eligible to continue.

    Args:
        customer_id (str):
        challenge_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerActionStreakProgressResponse | Error
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            challenge_id=challenge_id,
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...models.reward_response import RewardResponse
from ...types import Response, json_exact


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/pvt/Rewards/{int(id)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiResponseOfObject | RewardResponse | None:
    if response.status_code == 200:
        response_200 = RewardResponse.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = BaseExternalApiResponseOfObject.from_dict(json_exact(response))

        return response_400

    if response.status_code == 401:
        response_401 = BaseExternalApiResponseOfObject.from_dict(json_exact(response))

        return response_401

    if response.status_code == 404:
        response_404 = BaseExternalApiResponseOfObject.from_dict(json_exact(response))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BaseExternalApiResponseOfObject | RewardResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BaseExternalApiResponseOfObject | RewardResponse]:
    """Return an existant reward already redeemed

     Returns the reward WITHOUT the standard envelope.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfObject | RewardResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> BaseExternalApiResponseOfObject | RewardResponse | None:
    """Return an existant reward already redeemed

     Returns the reward WITHOUT the standard envelope.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfObject | RewardResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BaseExternalApiResponseOfObject | RewardResponse]:
    """Return an existant reward already redeemed

     Returns the reward WITHOUT the standard envelope.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfObject | RewardResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> BaseExternalApiResponseOfObject | RewardResponse | None:
    """Return an existant reward already redeemed

     Returns the reward WITHOUT the standard envelope.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfObject | RewardResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed

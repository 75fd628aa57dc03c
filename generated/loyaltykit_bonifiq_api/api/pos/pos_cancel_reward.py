from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...models.base_external_api_response_of_reward_response import BaseExternalApiResponseOfRewardResponse
from ...types import Response, json_exact


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/v1/pvt/POS/rewards/{int(id)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse | None:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfRewardResponse.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = BaseExternalApiResponseOfRewardResponse.from_dict(json_exact(response))

        return response_400

    if response.status_code == 401:
        response_401 = BaseExternalApiResponseOfObject.from_dict(json_exact(response))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse]:
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
) -> Response[BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse]:
    """Cancel an existing reward. By canceling the customer will have their points back. The reward will be
    in the canceled state.

     This endpoint requires to inform the Reward Id to be cancelled (the RewardId field received when
    calling the /rewards/{id}/redeem endpoint). Once cancelled a Reward cannot be "uncancelled". This
    endpoint returns the cancelled reward information.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse]
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
) -> BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse | None:
    """Cancel an existing reward. By canceling the customer will have their points back. The reward will be
    in the canceled state.

     This endpoint requires to inform the Reward Id to be cancelled (the RewardId field received when
    calling the /rewards/{id}/redeem endpoint). Once cancelled a Reward cannot be "uncancelled". This
    endpoint returns the cancelled reward information.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse]:
    """Cancel an existing reward. By canceling the customer will have their points back. The reward will be
    in the canceled state.

     This endpoint requires to inform the Reward Id to be cancelled (the RewardId field received when
    calling the /rewards/{id}/redeem endpoint). Once cancelled a Reward cannot be "uncancelled". This
    endpoint returns the cancelled reward information.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse]
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
) -> BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse | None:
    """Cancel an existing reward. By canceling the customer will have their points back. The reward will be
    in the canceled state.

     This endpoint requires to inform the Reward Id to be cancelled (the RewardId field received when
    calling the /rewards/{id}/redeem endpoint). Once cancelled a Reward cannot be "uncancelled". This
    endpoint returns the cancelled reward information.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed

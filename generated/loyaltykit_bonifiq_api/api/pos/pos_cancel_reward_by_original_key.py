from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...models.base_external_api_response_of_reward_response import BaseExternalApiResponseOfRewardResponse
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    *,
    original_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["originalKey"] = original_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/pvt/POS/rewards",
        "params": params,
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
    *,
    client: AuthenticatedClient | Client,
    original_key: str | Unset = UNSET,
) -> Response[BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse]:
    """Cancel an existing reward using the OriginalKey

     This endpoint requires to inform the `OriginalKey` to be cancelled. This the same field sent when
    calling the /rewards/{id}/redeem endpoint. Once cancelled a Reward cannot be "uncancelled". This
    endpoint returns the cancelled reward information.

    Args:
        original_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse]
    """

    kwargs = _get_kwargs(
        original_key=original_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    original_key: str | Unset = UNSET,
) -> BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse | None:
    """Cancel an existing reward using the OriginalKey

     This endpoint requires to inform the `OriginalKey` to be cancelled. This the same field sent when
    calling the /rewards/{id}/redeem endpoint. Once cancelled a Reward cannot be "uncancelled". This
    endpoint returns the cancelled reward information.

    Args:
        original_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse
    """

    return sync_detailed(
        client=client,
        original_key=original_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    original_key: str | Unset = UNSET,
) -> Response[BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse]:
    """Cancel an existing reward using the OriginalKey

     This endpoint requires to inform the `OriginalKey` to be cancelled. This the same field sent when
    calling the /rewards/{id}/redeem endpoint. Once cancelled a Reward cannot be "uncancelled". This
    endpoint returns the cancelled reward information.

    Args:
        original_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse]
    """

    kwargs = _get_kwargs(
        original_key=original_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    original_key: str | Unset = UNSET,
) -> BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse | None:
    """Cancel an existing reward using the OriginalKey

     This endpoint requires to inform the `OriginalKey` to be cancelled. This the same field sent when
    calling the /rewards/{id}/redeem endpoint. Once cancelled a Reward cannot be "uncancelled". This
    endpoint returns the cancelled reward information.

    Args:
        original_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfObject | BaseExternalApiResponseOfRewardResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            original_key=original_key,
        )
    ).parsed

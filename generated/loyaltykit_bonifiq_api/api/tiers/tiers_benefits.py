from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...models.tier_benefit_response import TierBenefitResponse
from ...types import Response, json_exact


def _get_kwargs(
    tier_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/pvt/Tiers/{int(tier_id)}/benefits",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiResponseOfObject | list[TierBenefitResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_exact(response)
        for response_200_item_data in _response_200:
            response_200_item = TierBenefitResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = BaseExternalApiResponseOfObject.from_dict(json_exact(response))

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
) -> Response[BaseExternalApiResponseOfObject | list[TierBenefitResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tier_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BaseExternalApiResponseOfObject | list[TierBenefitResponse]]:
    """Returns the benefits of a tier

    Args:
        tier_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfObject | list[TierBenefitResponse]]
    """

    kwargs = _get_kwargs(
        tier_id=tier_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tier_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> BaseExternalApiResponseOfObject | list[TierBenefitResponse] | None:
    """Returns the benefits of a tier

    Args:
        tier_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfObject | list[TierBenefitResponse]
    """

    return sync_detailed(
        tier_id=tier_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tier_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BaseExternalApiResponseOfObject | list[TierBenefitResponse]]:
    """Returns the benefits of a tier

    Args:
        tier_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfObject | list[TierBenefitResponse]]
    """

    kwargs = _get_kwargs(
        tier_id=tier_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tier_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> BaseExternalApiResponseOfObject | list[TierBenefitResponse] | None:
    """Returns the benefits of a tier

    Args:
        tier_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfObject | list[TierBenefitResponse]
    """

    return (
        await asyncio_detailed(
            tier_id=tier_id,
            client=client,
        )
    ).parsed

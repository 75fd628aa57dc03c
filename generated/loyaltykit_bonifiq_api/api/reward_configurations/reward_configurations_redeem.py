from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_list_response_of_reward_configuration_response import (
    BaseExternalApiListResponseOfRewardConfigurationResponse,
)
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...models.reward_configuration_redeem_request import RewardConfigurationRedeemRequest
from ...types import Response, json_exact


def _get_kwargs(
    id: int,
    *,
    body: RewardConfigurationRedeemRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v1/pvt/RewardConfigurations/{int(id)}/redeem",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiListResponseOfRewardConfigurationResponse | BaseExternalApiResponseOfObject | None:
    if response.status_code == 200:
        response_200 = BaseExternalApiListResponseOfRewardConfigurationResponse.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = BaseExternalApiListResponseOfRewardConfigurationResponse.from_dict(json_exact(response))

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
) -> Response[BaseExternalApiListResponseOfRewardConfigurationResponse | BaseExternalApiResponseOfObject]:
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
    body: RewardConfigurationRedeemRequest,
) -> Response[BaseExternalApiListResponseOfRewardConfigurationResponse | BaseExternalApiResponseOfObject]:
    """Redeem a reward for the customer given on the request body

     Coupon-generating redeem (the counterpart of the couponless POS redeem).

    Args:
        id (int):
        body (RewardConfigurationRedeemRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiListResponseOfRewardConfigurationResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RewardConfigurationRedeemRequest,
) -> BaseExternalApiListResponseOfRewardConfigurationResponse | BaseExternalApiResponseOfObject | None:
    """Redeem a reward for the customer given on the request body

     Coupon-generating redeem (the counterpart of the couponless POS redeem).

    Args:
        id (int):
        body (RewardConfigurationRedeemRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiListResponseOfRewardConfigurationResponse | BaseExternalApiResponseOfObject
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RewardConfigurationRedeemRequest,
) -> Response[BaseExternalApiListResponseOfRewardConfigurationResponse | BaseExternalApiResponseOfObject]:
    """Redeem a reward for the customer given on the request body

     Coupon-generating redeem (the counterpart of the couponless POS redeem).

    Args:
        id (int):
        body (RewardConfigurationRedeemRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiListResponseOfRewardConfigurationResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RewardConfigurationRedeemRequest,
) -> BaseExternalApiListResponseOfRewardConfigurationResponse | BaseExternalApiResponseOfObject | None:
    """Redeem a reward for the customer given on the request body

     Coupon-generating redeem (the counterpart of the couponless POS redeem).

    Args:
        id (int):
        body (RewardConfigurationRedeemRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiListResponseOfRewardConfigurationResponse | BaseExternalApiResponseOfObject
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

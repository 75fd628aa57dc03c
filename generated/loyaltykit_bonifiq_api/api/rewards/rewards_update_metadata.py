from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_response_of_couponless_reward_redeem_response import (
    BaseExternalApiResponseOfCouponlessRewardRedeemResponse,
)
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...models.update_reward_metadata_request import UpdateRewardMetadataRequest
from ...types import Response, json_exact


def _get_kwargs(
    *,
    body: UpdateRewardMetadataRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pvt/Rewards/updatemetadata",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject | None:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfCouponlessRewardRedeemResponse.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = BaseExternalApiResponseOfCouponlessRewardRedeemResponse.from_dict(json_exact(response))

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
) -> Response[BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRewardMetadataRequest,
) -> Response[BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject]:
    """Add metadata to an already redeemed reward, found by its OriginalKey

    Args:
        body (UpdateRewardMetadataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRewardMetadataRequest,
) -> BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject | None:
    """Add metadata to an already redeemed reward, found by its OriginalKey

    Args:
        body (UpdateRewardMetadataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRewardMetadataRequest,
) -> Response[BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject]:
    """Add metadata to an already redeemed reward, found by its OriginalKey

    Args:
        body (UpdateRewardMetadataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRewardMetadataRequest,
) -> BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject | None:
    """Add metadata to an already redeemed reward, found by its OriginalKey

    Args:
        body (UpdateRewardMetadataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

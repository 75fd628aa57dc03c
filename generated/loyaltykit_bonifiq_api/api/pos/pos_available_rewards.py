from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.available_rewards_request import AvailableRewardsRequest
from ...models.available_rewards_response import AvailableRewardsResponse
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...types import Response, json_exact


def _get_kwargs(
    *,
    body: AvailableRewardsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pvt/POS/rewards/available",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvailableRewardsResponse | BaseExternalApiResponseOfObject | None:
    if response.status_code == 200:
        response_200 = AvailableRewardsResponse.from_dict(json_exact(response))

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
) -> Response[AvailableRewardsResponse | BaseExternalApiResponseOfObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AvailableRewardsRequest,
) -> Response[AvailableRewardsResponse | BaseExternalApiResponseOfObject]:
    """Returns a list of available rewards for a given customer and purchase.

     This method returns a list of all rewards available even if they cannot be used by the given
    customer at the moment. It returns Discounts (Value and Percent) or Cashback rewards.

    If `HasRewards` is false the whole reward flow must be skipped. If `ShouldValidateCustomer` (or
    `ShouldValidateCustomerSignup`) is true the customer validation flow (challenge / challengevalidate)
    must run before redeeming.

    The response is returned WITHOUT the standard envelope.

    Args:
        body (AvailableRewardsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailableRewardsResponse | BaseExternalApiResponseOfObject]
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
    body: AvailableRewardsRequest,
) -> AvailableRewardsResponse | BaseExternalApiResponseOfObject | None:
    """Returns a list of available rewards for a given customer and purchase.

     This method returns a list of all rewards available even if they cannot be used by the given
    customer at the moment. It returns Discounts (Value and Percent) or Cashback rewards.

    If `HasRewards` is false the whole reward flow must be skipped. If `ShouldValidateCustomer` (or
    `ShouldValidateCustomerSignup`) is true the customer validation flow (challenge / challengevalidate)
    must run before redeeming.

    The response is returned WITHOUT the standard envelope.

    Args:
        body (AvailableRewardsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailableRewardsResponse | BaseExternalApiResponseOfObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AvailableRewardsRequest,
) -> Response[AvailableRewardsResponse | BaseExternalApiResponseOfObject]:
    """Returns a list of available rewards for a given customer and purchase.

     This method returns a list of all rewards available even if they cannot be used by the given
    customer at the moment. It returns Discounts (Value and Percent) or Cashback rewards.

    If `HasRewards` is false the whole reward flow must be skipped. If `ShouldValidateCustomer` (or
    `ShouldValidateCustomerSignup`) is true the customer validation flow (challenge / challengevalidate)
    must run before redeeming.

    The response is returned WITHOUT the standard envelope.

    Args:
        body (AvailableRewardsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailableRewardsResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AvailableRewardsRequest,
) -> AvailableRewardsResponse | BaseExternalApiResponseOfObject | None:
    """Returns a list of available rewards for a given customer and purchase.

     This method returns a list of all rewards available even if they cannot be used by the given
    customer at the moment. It returns Discounts (Value and Percent) or Cashback rewards.

    If `HasRewards` is false the whole reward flow must be skipped. If `ShouldValidateCustomer` (or
    `ShouldValidateCustomerSignup`) is true the customer validation flow (challenge / challengevalidate)
    must run before redeeming.

    The response is returned WITHOUT the standard envelope.

    Args:
        body (AvailableRewardsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailableRewardsResponse | BaseExternalApiResponseOfObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

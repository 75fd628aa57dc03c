from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_configurations_redemption_response_200 import GetConfigurationsRedemptionResponse200
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    *,
    customer_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["customerId"] = customer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/configurations/redemption",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetConfigurationsRedemptionResponse200 | None:
    if response.status_code == 200:
        response_200 = GetConfigurationsRedemptionResponse200.from_dict(json_exact(response))

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
) -> Response[Error | GetConfigurationsRedemptionResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
) -> Response[Error | GetConfigurationsRedemptionResponse200]:
    """This API retrieves the configurations and rules associated with how customers can redeem points for
    discounts, coupons, or other rewards.

    Args:
        customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetConfigurationsRedemptionResponse200]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
) -> Error | GetConfigurationsRedemptionResponse200 | None:
    """This API retrieves the configurations and rules associated with how customers can redeem points for
    discounts, coupons, or other rewards.

    Args:
        customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetConfigurationsRedemptionResponse200
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
) -> Response[Error | GetConfigurationsRedemptionResponse200]:
    """This API retrieves the configurations and rules associated with how customers can redeem points for
    discounts, coupons, or other rewards.

    Args:
        customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetConfigurationsRedemptionResponse200]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
) -> Error | GetConfigurationsRedemptionResponse200 | None:
    """This API retrieves the configurations and rules associated with how customers can redeem points for
    discounts, coupons, or other rewards.

    Args:
        customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetConfigurationsRedemptionResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
        )
    ).parsed

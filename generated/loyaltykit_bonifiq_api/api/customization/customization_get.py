from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...models.customization_response import CustomizationResponse
from ...types import Response, json_exact


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pvt/Customization",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiResponseOfObject | CustomizationResponse | None:
    if response.status_code == 200:
        response_200 = CustomizationResponse.from_dict(json_exact(response))

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
) -> Response[BaseExternalApiResponseOfObject | CustomizationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[BaseExternalApiResponseOfObject | CustomizationResponse]:
    """Returns the customizations as configured in the BonifiQ admin panel

     Program name, icon, colors, logo, store URL, company name and the custom names for 'Points'. If
    `HaveIconUrl` is true use `WidgetIconUrl`, otherwise use a default icon with `WidgetColor`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfObject | CustomizationResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> BaseExternalApiResponseOfObject | CustomizationResponse | None:
    """Returns the customizations as configured in the BonifiQ admin panel

     Program name, icon, colors, logo, store URL, company name and the custom names for 'Points'. If
    `HaveIconUrl` is true use `WidgetIconUrl`, otherwise use a default icon with `WidgetColor`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfObject | CustomizationResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[BaseExternalApiResponseOfObject | CustomizationResponse]:
    """Returns the customizations as configured in the BonifiQ admin panel

     Program name, icon, colors, logo, store URL, company name and the custom names for 'Points'. If
    `HaveIconUrl` is true use `WidgetIconUrl`, otherwise use a default icon with `WidgetColor`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfObject | CustomizationResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> BaseExternalApiResponseOfObject | CustomizationResponse | None:
    """Returns the customizations as configured in the BonifiQ admin panel

     Program name, icon, colors, logo, store URL, company name and the custom names for 'Points'. If
    `HaveIconUrl` is true use `WidgetIconUrl`, otherwise use a default icon with `WidgetColor`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfObject | CustomizationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

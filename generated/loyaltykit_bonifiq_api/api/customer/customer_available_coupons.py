from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_list_response_of_create_coupon_response import (
    BaseExternalApiListResponseOfCreateCouponResponse,
)
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    id: str,
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["PageNumber"] = page_number

    params["PageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pvt/Customer/{id}/availablecoupons".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiListResponseOfCreateCouponResponse | BaseExternalApiResponseOfObject | None:
    if response.status_code == 200:
        response_200 = BaseExternalApiListResponseOfCreateCouponResponse.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = BaseExternalApiListResponseOfCreateCouponResponse.from_dict(json_exact(response))

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
) -> Response[BaseExternalApiListResponseOfCreateCouponResponse | BaseExternalApiResponseOfObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BaseExternalApiListResponseOfCreateCouponResponse | BaseExternalApiResponseOfObject]:
    """Returns a list of unused coupons that the customer have redeemed in the past

    Args:
        id (str):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiListResponseOfCreateCouponResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        id=id,
        page_number=page_number,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BaseExternalApiListResponseOfCreateCouponResponse | BaseExternalApiResponseOfObject | None:
    """Returns a list of unused coupons that the customer have redeemed in the past

    Args:
        id (str):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiListResponseOfCreateCouponResponse | BaseExternalApiResponseOfObject
    """

    return sync_detailed(
        id=id,
        client=client,
        page_number=page_number,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BaseExternalApiListResponseOfCreateCouponResponse | BaseExternalApiResponseOfObject]:
    """Returns a list of unused coupons that the customer have redeemed in the past

    Args:
        id (str):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiListResponseOfCreateCouponResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        id=id,
        page_number=page_number,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BaseExternalApiListResponseOfCreateCouponResponse | BaseExternalApiResponseOfObject | None:
    """Returns a list of unused coupons that the customer have redeemed in the past

    Args:
        id (str):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiListResponseOfCreateCouponResponse | BaseExternalApiResponseOfObject
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page_number=page_number,
            page_size=page_size,
        )
    ).parsed

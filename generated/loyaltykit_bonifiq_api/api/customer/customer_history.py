from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_list_response_of_customer_history_item import (
    BaseExternalApiListResponseOfCustomerHistoryItem,
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
        "url": "/v1/pvt/Customer/{id}/history".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiListResponseOfCustomerHistoryItem | BaseExternalApiResponseOfObject | None:
    if response.status_code == 200:
        response_200 = BaseExternalApiListResponseOfCustomerHistoryItem.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = BaseExternalApiListResponseOfCustomerHistoryItem.from_dict(json_exact(response))

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
) -> Response[BaseExternalApiListResponseOfCustomerHistoryItem | BaseExternalApiResponseOfObject]:
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
) -> Response[BaseExternalApiListResponseOfCustomerHistoryItem | BaseExternalApiResponseOfObject]:
    """Returns a timeline history of points usage from the customer

     This endpoint includes tier changes. If 'IsTierHistory' is true, disregard the use of 'PointType'
    and use 'TierUpdate' instead.

    Args:
        id (str):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiListResponseOfCustomerHistoryItem | BaseExternalApiResponseOfObject]
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
) -> BaseExternalApiListResponseOfCustomerHistoryItem | BaseExternalApiResponseOfObject | None:
    """Returns a timeline history of points usage from the customer

     This endpoint includes tier changes. If 'IsTierHistory' is true, disregard the use of 'PointType'
    and use 'TierUpdate' instead.

    Args:
        id (str):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiListResponseOfCustomerHistoryItem | BaseExternalApiResponseOfObject
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
) -> Response[BaseExternalApiListResponseOfCustomerHistoryItem | BaseExternalApiResponseOfObject]:
    """Returns a timeline history of points usage from the customer

     This endpoint includes tier changes. If 'IsTierHistory' is true, disregard the use of 'PointType'
    and use 'TierUpdate' instead.

    Args:
        id (str):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiListResponseOfCustomerHistoryItem | BaseExternalApiResponseOfObject]
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
) -> BaseExternalApiListResponseOfCustomerHistoryItem | BaseExternalApiResponseOfObject | None:
    """Returns a timeline history of points usage from the customer

     This endpoint includes tier changes. If 'IsTierHistory' is true, disregard the use of 'PointType'
    and use 'TierUpdate' instead.

    Args:
        id (str):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiListResponseOfCustomerHistoryItem | BaseExternalApiResponseOfObject
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page_number=page_number,
            page_size=page_size,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_list_response_of_objective_response import (
    BaseExternalApiListResponseOfObjectiveResponse,
)
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    *,
    customer_id: None | str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_customer_id: None | str | Unset
    if isinstance(customer_id, Unset):
        json_customer_id = UNSET
    else:
        json_customer_id = customer_id
    params["CustomerId"] = json_customer_id

    params["PageNumber"] = page_number

    params["PageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pvt/Objectives/active",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiListResponseOfObjectiveResponse | BaseExternalApiResponseOfObject | None:
    if response.status_code == 200:
        response_200 = BaseExternalApiListResponseOfObjectiveResponse.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = BaseExternalApiListResponseOfObjectiveResponse.from_dict(json_exact(response))

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
) -> Response[BaseExternalApiListResponseOfObjectiveResponse | BaseExternalApiResponseOfObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: None | str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BaseExternalApiListResponseOfObjectiveResponse | BaseExternalApiResponseOfObject]:
    """Return all the active objectives for the client

    Args:
        customer_id (None | str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiListResponseOfObjectiveResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        page_number=page_number,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    customer_id: None | str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BaseExternalApiListResponseOfObjectiveResponse | BaseExternalApiResponseOfObject | None:
    """Return all the active objectives for the client

    Args:
        customer_id (None | str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiListResponseOfObjectiveResponse | BaseExternalApiResponseOfObject
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        page_number=page_number,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_id: None | str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BaseExternalApiListResponseOfObjectiveResponse | BaseExternalApiResponseOfObject]:
    """Return all the active objectives for the client

    Args:
        customer_id (None | str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiListResponseOfObjectiveResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        page_number=page_number,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    customer_id: None | str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BaseExternalApiListResponseOfObjectiveResponse | BaseExternalApiResponseOfObject | None:
    """Return all the active objectives for the client

    Args:
        customer_id (None | str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiListResponseOfObjectiveResponse | BaseExternalApiResponseOfObject
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            page_number=page_number,
            page_size=page_size,
        )
    ).parsed

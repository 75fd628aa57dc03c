from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_response_of_complete_order_response import (
    BaseExternalApiResponseOfCompleteOrderResponse,
)
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...models.complete_order_request import CompleteOrderRequest
from ...types import Response, json_exact


def _get_kwargs(
    order_id: str,
    *,
    body: CompleteOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pvt/Order/{order_id}/complete".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiResponseOfCompleteOrderResponse | BaseExternalApiResponseOfObject | None:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfCompleteOrderResponse.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = BaseExternalApiResponseOfCompleteOrderResponse.from_dict(json_exact(response))

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
) -> Response[BaseExternalApiResponseOfCompleteOrderResponse | BaseExternalApiResponseOfObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteOrderRequest,
) -> Response[BaseExternalApiResponseOfCompleteOrderResponse | BaseExternalApiResponseOfObject]:
    """request for setting a purchase order completed.

    Args:
        order_id (str):
        body (CompleteOrderRequest): Order Complete request body

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfCompleteOrderResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteOrderRequest,
) -> BaseExternalApiResponseOfCompleteOrderResponse | BaseExternalApiResponseOfObject | None:
    """request for setting a purchase order completed.

    Args:
        order_id (str):
        body (CompleteOrderRequest): Order Complete request body

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfCompleteOrderResponse | BaseExternalApiResponseOfObject
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteOrderRequest,
) -> Response[BaseExternalApiResponseOfCompleteOrderResponse | BaseExternalApiResponseOfObject]:
    """request for setting a purchase order completed.

    Args:
        order_id (str):
        body (CompleteOrderRequest): Order Complete request body

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfCompleteOrderResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteOrderRequest,
) -> BaseExternalApiResponseOfCompleteOrderResponse | BaseExternalApiResponseOfObject | None:
    """request for setting a purchase order completed.

    Args:
        order_id (str):
        body (CompleteOrderRequest): Order Complete request body

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfCompleteOrderResponse | BaseExternalApiResponseOfObject
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed

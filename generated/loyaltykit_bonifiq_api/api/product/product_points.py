from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_response_of_list_of_product_points_response import ApiResponseOfListOfProductPointsResponse
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...models.product_points_request import ProductPointsRequest
from ...types import Response, json_exact


def _get_kwargs(
    *,
    body: list[ProductPointsRequest],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pvt/Product/points",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiResponseOfListOfProductPointsResponse | BaseExternalApiResponseOfObject | None:
    if response.status_code == 200:
        response_200 = ApiResponseOfListOfProductPointsResponse.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = ApiResponseOfListOfProductPointsResponse.from_dict(json_exact(response))

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
) -> Response[ApiResponseOfListOfProductPointsResponse | BaseExternalApiResponseOfObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[ProductPointsRequest],
) -> Response[ApiResponseOfListOfProductPointsResponse | BaseExternalApiResponseOfObject]:
    """Returns a estimated value of points give from a list of products

    Args:
        body (list[ProductPointsRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseOfListOfProductPointsResponse | BaseExternalApiResponseOfObject]
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
    body: list[ProductPointsRequest],
) -> ApiResponseOfListOfProductPointsResponse | BaseExternalApiResponseOfObject | None:
    """Returns a estimated value of points give from a list of products

    Args:
        body (list[ProductPointsRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseOfListOfProductPointsResponse | BaseExternalApiResponseOfObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[ProductPointsRequest],
) -> Response[ApiResponseOfListOfProductPointsResponse | BaseExternalApiResponseOfObject]:
    """Returns a estimated value of points give from a list of products

    Args:
        body (list[ProductPointsRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseOfListOfProductPointsResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[ProductPointsRequest],
) -> ApiResponseOfListOfProductPointsResponse | BaseExternalApiResponseOfObject | None:
    """Returns a estimated value of points give from a list of products

    Args:
        body (list[ProductPointsRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseOfListOfProductPointsResponse | BaseExternalApiResponseOfObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

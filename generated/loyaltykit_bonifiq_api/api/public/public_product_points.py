from http import HTTPStatus
from io import BytesIO
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.product_points_request import ProductPointsRequest
from ...types import File, Response


def _get_kwargs(
    *,
    body: list[ProductPointsRequest],
    x_bq_api_token: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-BQ-ApiToken"] = x_bq_api_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pub/Product/points",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[ProductPointsRequest],
    x_bq_api_token: str,
) -> Response[Any | File]:
    """Calculate how many points will be generate for a giving product, according to Purchase Objective
    configuration

     Public API (X-BQ-ApiToken, no Basic credentials). The page documents the answer as a file
    (`application/octet-stream`, example `"<string>"`), not as JSON; its content is not shown. POST
    /v1/pub/Product/pointslist answers the same question as JSON.

    Args:
        x_bq_api_token (str):
        body (list[ProductPointsRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        body=body,
        x_bq_api_token=x_bq_api_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[ProductPointsRequest],
    x_bq_api_token: str,
) -> Any | File | None:
    """Calculate how many points will be generate for a giving product, according to Purchase Objective
    configuration

     Public API (X-BQ-ApiToken, no Basic credentials). The page documents the answer as a file
    (`application/octet-stream`, example `"<string>"`), not as JSON; its content is not shown. POST
    /v1/pub/Product/pointslist answers the same question as JSON.

    Args:
        x_bq_api_token (str):
        body (list[ProductPointsRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return sync_detailed(
        client=client,
        body=body,
        x_bq_api_token=x_bq_api_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[ProductPointsRequest],
    x_bq_api_token: str,
) -> Response[Any | File]:
    """Calculate how many points will be generate for a giving product, according to Purchase Objective
    configuration

     Public API (X-BQ-ApiToken, no Basic credentials). The page documents the answer as a file
    (`application/octet-stream`, example `"<string>"`), not as JSON; its content is not shown. POST
    /v1/pub/Product/pointslist answers the same question as JSON.

    Args:
        x_bq_api_token (str):
        body (list[ProductPointsRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        body=body,
        x_bq_api_token=x_bq_api_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[ProductPointsRequest],
    x_bq_api_token: str,
) -> Any | File | None:
    """Calculate how many points will be generate for a giving product, according to Purchase Objective
    configuration

     Public API (X-BQ-ApiToken, no Basic credentials). The page documents the answer as a file
    (`application/octet-stream`, example `"<string>"`), not as JSON; its content is not shown. POST
    /v1/pub/Product/pointslist answers the same question as JSON.

    Args:
        x_bq_api_token (str):
        body (list[ProductPointsRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_bq_api_token=x_bq_api_token,
        )
    ).parsed

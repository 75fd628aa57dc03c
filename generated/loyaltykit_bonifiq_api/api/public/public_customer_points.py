from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_points_response import CustomerPointsResponse
from ...types import Response, json_exact


def _get_kwargs(
    id: str,
    *,
    x_bq_api_token: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-BQ-ApiToken"] = x_bq_api_token

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pub/Customer/{id}/points".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CustomerPointsResponse | None:
    if response.status_code == 200:
        response_200 = CustomerPointsResponse.from_dict(json_exact(response))

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CustomerPointsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    x_bq_api_token: str,
) -> Response[Any | CustomerPointsResponse]:
    """Retrieve the amount of points of a given customer

     Public API (X-BQ-ApiToken, no Basic credentials). Returns the balance and history WITHOUT the
    standard envelope, in the same model as GET /v1/pvt/Customer/{id}/points (the public example shows
    fewer history fields).

    Args:
        id (str):
        x_bq_api_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerPointsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        x_bq_api_token=x_bq_api_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    x_bq_api_token: str,
) -> Any | CustomerPointsResponse | None:
    """Retrieve the amount of points of a given customer

     Public API (X-BQ-ApiToken, no Basic credentials). Returns the balance and history WITHOUT the
    standard envelope, in the same model as GET /v1/pvt/Customer/{id}/points (the public example shows
    fewer history fields).

    Args:
        id (str):
        x_bq_api_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerPointsResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        x_bq_api_token=x_bq_api_token,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    x_bq_api_token: str,
) -> Response[Any | CustomerPointsResponse]:
    """Retrieve the amount of points of a given customer

     Public API (X-BQ-ApiToken, no Basic credentials). Returns the balance and history WITHOUT the
    standard envelope, in the same model as GET /v1/pvt/Customer/{id}/points (the public example shows
    fewer history fields).

    Args:
        id (str):
        x_bq_api_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerPointsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        x_bq_api_token=x_bq_api_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    x_bq_api_token: str,
) -> Any | CustomerPointsResponse | None:
    """Retrieve the amount of points of a given customer

     Public API (X-BQ-ApiToken, no Basic credentials). Returns the balance and history WITHOUT the
    standard envelope, in the same model as GET /v1/pvt/Customer/{id}/points (the public example shows
    fewer history fields).

    Args:
        id (str):
        x_bq_api_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerPointsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            x_bq_api_token=x_bq_api_token,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_balance_response import CustomerBalanceResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    customer_id: str,
    *,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/customers/{customer_id}/balance".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerBalanceResponse | Error | None:
    if response.status_code == 200:
        response_200 = CustomerBalanceResponse.from_dict(json_exact(response))

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
) -> Response[CustomerBalanceResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    expand: str | Unset = UNSET,
) -> Response[CustomerBalanceResponse | Error]:
    """Get Customer Balance

     This API retrieves a customer's current points balance within Gameball, including redeemable points
    and their monetary equivalent. It provides detailed balance information, such as total, available,
    and pending points, along with upcoming expirations.

    **Security:** Requires both `apikey` and `secretkey` headers.

    Args:
        customer_id (str):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerBalanceResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    expand: str | Unset = UNSET,
) -> CustomerBalanceResponse | Error | None:
    """Get Customer Balance

     This API retrieves a customer's current points balance within Gameball, including redeemable points
    and their monetary equivalent. It provides detailed balance information, such as total, available,
    and pending points, along with upcoming expirations.

    **Security:** Requires both `apikey` and `secretkey` headers.

    Args:
        customer_id (str):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerBalanceResponse | Error
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    expand: str | Unset = UNSET,
) -> Response[CustomerBalanceResponse | Error]:
    """Get Customer Balance

     This API retrieves a customer's current points balance within Gameball, including redeemable points
    and their monetary equivalent. It provides detailed balance information, such as total, available,
    and pending points, along with upcoming expirations.

    **Security:** Requires both `apikey` and `secretkey` headers.

    Args:
        customer_id (str):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerBalanceResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    expand: str | Unset = UNSET,
) -> CustomerBalanceResponse | Error | None:
    """Get Customer Balance

     This API retrieves a customer's current points balance within Gameball, including redeemable points
    and their monetary equivalent. It provides detailed balance information, such as total, available,
    and pending points, along with upcoming expirations.

    **Security:** Requires both `apikey` and `secretkey` headers.

    Args:
        customer_id (str):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerBalanceResponse | Error
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            expand=expand,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_order_transactions_response_200 import GetOrderTransactionsResponse200
from ...types import Response, json_exact


def _get_kwargs(
    order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/orders/{order_id}/transactions".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetOrderTransactionsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetOrderTransactionsResponse200.from_dict(json_exact(response))

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
) -> Response[Error | GetOrderTransactionsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | GetOrderTransactionsResponse200]:
    """Order Transactions

     This API retrieves the transactional details for a specified order in Gameball, identified by
    `orderId`. It includes information on rewards, refunds, and equivalent points, giving a detailed
    view of the financial activities associated with the order.

    **Security:** Requires both `apikey` and `secretkey` headers.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetOrderTransactionsResponse200]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | GetOrderTransactionsResponse200 | None:
    """Order Transactions

     This API retrieves the transactional details for a specified order in Gameball, identified by
    `orderId`. It includes information on rewards, refunds, and equivalent points, giving a detailed
    view of the financial activities associated with the order.

    **Security:** Requires both `apikey` and `secretkey` headers.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetOrderTransactionsResponse200
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | GetOrderTransactionsResponse200]:
    """Order Transactions

     This API retrieves the transactional details for a specified order in Gameball, identified by
    `orderId`. It includes information on rewards, refunds, and equivalent points, giving a detailed
    view of the financial activities associated with the order.

    **Security:** Requires both `apikey` and `secretkey` headers.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetOrderTransactionsResponse200]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | GetOrderTransactionsResponse200 | None:
    """Order Transactions

     This API retrieves the transactional details for a specified order in Gameball, identified by
    `orderId`. It includes information on rewards, refunds, and equivalent points, giving a detailed
    view of the financial activities associated with the order.

    **Security:** Requires both `apikey` and `secretkey` headers.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetOrderTransactionsResponse200
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
        )
    ).parsed

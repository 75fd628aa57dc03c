from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.put_transactions_transaction_id_activate_response_200 import (
    PutTransactionsTransactionIdActivateResponse200,
)
from ...types import Response, json_exact


def _get_kwargs(
    transaction_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v4.0/integrations/transactions/{transaction_id}/activate".format(
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PutTransactionsTransactionIdActivateResponse200 | None:
    if response.status_code == 200:
        response_200 = PutTransactionsTransactionIdActivateResponse200.from_dict(json_exact(response))

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
) -> Response[Error | PutTransactionsTransactionIdActivateResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | PutTransactionsTransactionIdActivateResponse200]:
    """This API is used to immediately activate loyalty points that are currently in a pending state,
    bypassing the configured return window duration. This endpoint overrides that duration and activates
    the points immediately, making them available for use by the customer without waiting for the
    pending return window duration to elapse. This API is especially useful for scenarios where the
    client determines that the order is confirmed and the points can be safely activated ahead of
    schedule. Note: Once points are activated, the action cannot be reversed via this API.

    Args:
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PutTransactionsTransactionIdActivateResponse200]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | PutTransactionsTransactionIdActivateResponse200 | None:
    """This API is used to immediately activate loyalty points that are currently in a pending state,
    bypassing the configured return window duration. This endpoint overrides that duration and activates
    the points immediately, making them available for use by the customer without waiting for the
    pending return window duration to elapse. This API is especially useful for scenarios where the
    client determines that the order is confirmed and the points can be safely activated ahead of
    schedule. Note: Once points are activated, the action cannot be reversed via this API.

    Args:
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PutTransactionsTransactionIdActivateResponse200
    """

    return sync_detailed(
        transaction_id=transaction_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | PutTransactionsTransactionIdActivateResponse200]:
    """This API is used to immediately activate loyalty points that are currently in a pending state,
    bypassing the configured return window duration. This endpoint overrides that duration and activates
    the points immediately, making them available for use by the customer without waiting for the
    pending return window duration to elapse. This API is especially useful for scenarios where the
    client determines that the order is confirmed and the points can be safely activated ahead of
    schedule. Note: Once points are activated, the action cannot be reversed via this API.

    Args:
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PutTransactionsTransactionIdActivateResponse200]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | PutTransactionsTransactionIdActivateResponse200 | None:
    """This API is used to immediately activate loyalty points that are currently in a pending state,
    bypassing the configured return window duration. This endpoint overrides that duration and activates
    the points immediately, making them available for use by the customer without waiting for the
    pending return window duration to elapse. This API is especially useful for scenarios where the
    client determines that the order is confirmed and the points can be safely activated ahead of
    schedule. Note: Once points are activated, the action cannot be reversed via this API.

    Args:
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PutTransactionsTransactionIdActivateResponse200
    """

    return (
        await asyncio_detailed(
            transaction_id=transaction_id,
            client=client,
        )
    ).parsed

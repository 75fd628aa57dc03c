from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_order_transactions_body import BatchOrderTransactionsBody
from ...models.batch_order_transactions_response_200 import BatchOrderTransactionsResponse200
from ...models.error import Error
from ...types import Response, json_exact


def _get_kwargs(
    *,
    body: BatchOrderTransactionsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4.0/integrations/batch/orders/transactions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchOrderTransactionsResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = BatchOrderTransactionsResponse200.from_dict(json_exact(response))

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
) -> Response[BatchOrderTransactionsResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchOrderTransactionsBody,
) -> Response[BatchOrderTransactionsResponse200 | Error]:
    """Order Transactions Batch Job

     Retrieve the full transaction history (payments, rewards, refunds) for up to 1,000 orders in a
    single call. The job runs asynchronously — the endpoint returns a `jobId` immediately. Poll the
    batch status endpoint to retrieve results.

    **Security:** Requires `apiKey` and `secretKey` headers (secret key required on v4.1; on v4.0
    required when High Security Mode is enabled).

    Args:
        body (BatchOrderTransactionsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchOrderTransactionsResponse200 | Error]
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
    client: AuthenticatedClient,
    body: BatchOrderTransactionsBody,
) -> BatchOrderTransactionsResponse200 | Error | None:
    """Order Transactions Batch Job

     Retrieve the full transaction history (payments, rewards, refunds) for up to 1,000 orders in a
    single call. The job runs asynchronously — the endpoint returns a `jobId` immediately. Poll the
    batch status endpoint to retrieve results.

    **Security:** Requires `apiKey` and `secretKey` headers (secret key required on v4.1; on v4.0
    required when High Security Mode is enabled).

    Args:
        body (BatchOrderTransactionsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchOrderTransactionsResponse200 | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchOrderTransactionsBody,
) -> Response[BatchOrderTransactionsResponse200 | Error]:
    """Order Transactions Batch Job

     Retrieve the full transaction history (payments, rewards, refunds) for up to 1,000 orders in a
    single call. The job runs asynchronously — the endpoint returns a `jobId` immediately. Poll the
    batch status endpoint to retrieve results.

    **Security:** Requires `apiKey` and `secretKey` headers (secret key required on v4.1; on v4.0
    required when High Security Mode is enabled).

    Args:
        body (BatchOrderTransactionsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchOrderTransactionsResponse200 | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchOrderTransactionsBody,
) -> BatchOrderTransactionsResponse200 | Error | None:
    """Order Transactions Batch Job

     Retrieve the full transaction history (payments, rewards, refunds) for up to 1,000 orders in a
    single call. The job runs asynchronously — the endpoint returns a `jobId` immediately. Poll the
    batch status endpoint to retrieve results.

    **Security:** Requires `apiKey` and `secretKey` headers (secret key required on v4.1; on v4.0
    required when High Security Mode is enabled).

    Args:
        body (BatchOrderTransactionsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchOrderTransactionsResponse200 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_transactions_customer_view_response_200 import GetTransactionsCustomerViewResponse200
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    *,
    direction: str | Unset = UNSET,
    status: str | Unset = UNSET,
    start_after: int | Unset = UNSET,
    limit: int | Unset = 50,
    customer_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["direction"] = direction

    params["status"] = status

    params["startAfter"] = start_after

    params["limit"] = limit

    params["customerId"] = customer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/transactions/customer-view",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetTransactionsCustomerViewResponse200 | None:
    if response.status_code == 200:
        response_200 = GetTransactionsCustomerViewResponse200.from_dict(json_exact(response))

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
) -> Response[Error | GetTransactionsCustomerViewResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    direction: str | Unset = UNSET,
    status: str | Unset = UNSET,
    start_after: int | Unset = UNSET,
    limit: int | Unset = 50,
    customer_id: str | Unset = UNSET,
) -> Response[Error | GetTransactionsCustomerViewResponse200]:
    """This API retrieves a paged list of transactions from Gameball, with support for optional filtering.
    It provides the same comprehensive transaction data as the previous version — including type,
    direction, points, amount, transaction time, and balance changes — but with an important
    enhancement: Each transaction now includes associated customer details, such as: Customer Name,
    Customer Email, Customer Deletion Status. This allows for better traceability and visibility into
    who performed each transaction, even if the customer has since been deleted.

    Args:
        direction (str | Unset):
        status (str | Unset):
        start_after (int | Unset):
        limit (int | Unset):  Default: 50.
        customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetTransactionsCustomerViewResponse200]
    """

    kwargs = _get_kwargs(
        direction=direction,
        status=status,
        start_after=start_after,
        limit=limit,
        customer_id=customer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    direction: str | Unset = UNSET,
    status: str | Unset = UNSET,
    start_after: int | Unset = UNSET,
    limit: int | Unset = 50,
    customer_id: str | Unset = UNSET,
) -> Error | GetTransactionsCustomerViewResponse200 | None:
    """This API retrieves a paged list of transactions from Gameball, with support for optional filtering.
    It provides the same comprehensive transaction data as the previous version — including type,
    direction, points, amount, transaction time, and balance changes — but with an important
    enhancement: Each transaction now includes associated customer details, such as: Customer Name,
    Customer Email, Customer Deletion Status. This allows for better traceability and visibility into
    who performed each transaction, even if the customer has since been deleted.

    Args:
        direction (str | Unset):
        status (str | Unset):
        start_after (int | Unset):
        limit (int | Unset):  Default: 50.
        customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetTransactionsCustomerViewResponse200
    """

    return sync_detailed(
        client=client,
        direction=direction,
        status=status,
        start_after=start_after,
        limit=limit,
        customer_id=customer_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    direction: str | Unset = UNSET,
    status: str | Unset = UNSET,
    start_after: int | Unset = UNSET,
    limit: int | Unset = 50,
    customer_id: str | Unset = UNSET,
) -> Response[Error | GetTransactionsCustomerViewResponse200]:
    """This API retrieves a paged list of transactions from Gameball, with support for optional filtering.
    It provides the same comprehensive transaction data as the previous version — including type,
    direction, points, amount, transaction time, and balance changes — but with an important
    enhancement: Each transaction now includes associated customer details, such as: Customer Name,
    Customer Email, Customer Deletion Status. This allows for better traceability and visibility into
    who performed each transaction, even if the customer has since been deleted.

    Args:
        direction (str | Unset):
        status (str | Unset):
        start_after (int | Unset):
        limit (int | Unset):  Default: 50.
        customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetTransactionsCustomerViewResponse200]
    """

    kwargs = _get_kwargs(
        direction=direction,
        status=status,
        start_after=start_after,
        limit=limit,
        customer_id=customer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    direction: str | Unset = UNSET,
    status: str | Unset = UNSET,
    start_after: int | Unset = UNSET,
    limit: int | Unset = 50,
    customer_id: str | Unset = UNSET,
) -> Error | GetTransactionsCustomerViewResponse200 | None:
    """This API retrieves a paged list of transactions from Gameball, with support for optional filtering.
    It provides the same comprehensive transaction data as the previous version — including type,
    direction, points, amount, transaction time, and balance changes — but with an important
    enhancement: Each transaction now includes associated customer details, such as: Customer Name,
    Customer Email, Customer Deletion Status. This allows for better traceability and visibility into
    who performed each transaction, even if the customer has since been deleted.

    Args:
        direction (str | Unset):
        status (str | Unset):
        start_after (int | Unset):
        limit (int | Unset):  Default: 50.
        customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetTransactionsCustomerViewResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            direction=direction,
            status=status,
            start_after=start_after,
            limit=limit,
            customer_id=customer_id,
        )
    ).parsed

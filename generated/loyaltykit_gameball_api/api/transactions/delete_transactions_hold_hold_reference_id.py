from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_transactions_hold_hold_reference_id_response_200 import (
    DeleteTransactionsHoldHoldReferenceIdResponse200,
)
from ...models.error import Error
from ...types import Response, json_exact


def _get_kwargs(
    hold_reference_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v4.0/integrations/transactions/hold/{hold_reference_id}".format(
            hold_reference_id=quote(str(hold_reference_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteTransactionsHoldHoldReferenceIdResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = DeleteTransactionsHoldHoldReferenceIdResponse200.from_dict(json_exact(response))

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
) -> Response[DeleteTransactionsHoldHoldReferenceIdResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hold_reference_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteTransactionsHoldHoldReferenceIdResponse200 | Error]:
    """This API cancels a specific hold on loyalty points in Gameball using the provided holdReferenceId.
    It releases the held points back into the customer's account, enabling flexibility in point
    management.

    Args:
        hold_reference_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTransactionsHoldHoldReferenceIdResponse200 | Error]
    """

    kwargs = _get_kwargs(
        hold_reference_id=hold_reference_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hold_reference_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteTransactionsHoldHoldReferenceIdResponse200 | Error | None:
    """This API cancels a specific hold on loyalty points in Gameball using the provided holdReferenceId.
    It releases the held points back into the customer's account, enabling flexibility in point
    management.

    Args:
        hold_reference_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTransactionsHoldHoldReferenceIdResponse200 | Error
    """

    return sync_detailed(
        hold_reference_id=hold_reference_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    hold_reference_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteTransactionsHoldHoldReferenceIdResponse200 | Error]:
    """This API cancels a specific hold on loyalty points in Gameball using the provided holdReferenceId.
    It releases the held points back into the customer's account, enabling flexibility in point
    management.

    Args:
        hold_reference_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTransactionsHoldHoldReferenceIdResponse200 | Error]
    """

    kwargs = _get_kwargs(
        hold_reference_id=hold_reference_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hold_reference_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteTransactionsHoldHoldReferenceIdResponse200 | Error | None:
    """This API cancels a specific hold on loyalty points in Gameball using the provided holdReferenceId.
    It releases the held points back into the customer's account, enabling flexibility in point
    management.

    Args:
        hold_reference_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTransactionsHoldHoldReferenceIdResponse200 | Error
    """

    return (
        await asyncio_detailed(
            hold_reference_id=hold_reference_id,
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.post_transactions_hold_body import PostTransactionsHoldBody
from ...models.post_transactions_hold_response_200 import PostTransactionsHoldResponse200
from ...types import Response, json_exact


def _get_kwargs(
    *,
    body: PostTransactionsHoldBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4.0/integrations/transactions/hold",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PostTransactionsHoldResponse200 | None:
    if response.status_code == 200:
        response_200 = PostTransactionsHoldResponse200.from_dict(json_exact(response))

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
) -> Response[Error | PostTransactionsHoldResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PostTransactionsHoldBody,
) -> Response[Error | PostTransactionsHoldResponse200]:
    """This API holds loyalty points for a specified duration, reserving them until a redemption request is
    made through Order or Redeem. If no redemption occurs within the hold period, the points are
    released. The default hold time is 10 minutes, adjustable in the Gameball dashboard, with a maximum
    of 15 days and a minimum of 1 minute.

    Args:
        body (PostTransactionsHoldBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostTransactionsHoldResponse200]
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
    body: PostTransactionsHoldBody,
) -> Error | PostTransactionsHoldResponse200 | None:
    """This API holds loyalty points for a specified duration, reserving them until a redemption request is
    made through Order or Redeem. If no redemption occurs within the hold period, the points are
    released. The default hold time is 10 minutes, adjustable in the Gameball dashboard, with a maximum
    of 15 days and a minimum of 1 minute.

    Args:
        body (PostTransactionsHoldBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostTransactionsHoldResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostTransactionsHoldBody,
) -> Response[Error | PostTransactionsHoldResponse200]:
    """This API holds loyalty points for a specified duration, reserving them until a redemption request is
    made through Order or Redeem. If no redemption occurs within the hold period, the points are
    released. The default hold time is 10 minutes, adjustable in the Gameball dashboard, with a maximum
    of 15 days and a minimum of 1 minute.

    Args:
        body (PostTransactionsHoldBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostTransactionsHoldResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PostTransactionsHoldBody,
) -> Error | PostTransactionsHoldResponse200 | None:
    """This API holds loyalty points for a specified duration, reserving them until a redemption request is
    made through Order or Redeem. If no redemption occurs within the hold period, the points are
    released. The default hold time is 10 minutes, adjustable in the Gameball dashboard, with a maximum
    of 15 days and a minimum of 1 minute.

    Args:
        body (PostTransactionsHoldBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostTransactionsHoldResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

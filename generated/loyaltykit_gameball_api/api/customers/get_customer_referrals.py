from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_referrals_response import CustomerReferralsResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    customer_id: str,
    *,
    start_after: int | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["startAfter"] = start_after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/customers/{customer_id}/referrals".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerReferralsResponse | Error | None:
    if response.status_code == 200:
        response_200 = CustomerReferralsResponse.from_dict(json_exact(response))

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
) -> Response[CustomerReferralsResponse | Error]:
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
    start_after: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[CustomerReferralsResponse | Error]:
    """Get Customer Referrals

     This API retrieves a list of customers referred by a specified customer in Gameball, including each
    referral's join date and current status within the referral program.

    Args:
        customer_id (str):
        start_after (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerReferralsResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        start_after=start_after,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    start_after: int | Unset = 0,
    limit: int | Unset = 50,
) -> CustomerReferralsResponse | Error | None:
    """Get Customer Referrals

     This API retrieves a list of customers referred by a specified customer in Gameball, including each
    referral's join date and current status within the referral program.

    Args:
        customer_id (str):
        start_after (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerReferralsResponse | Error
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        start_after=start_after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    start_after: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[CustomerReferralsResponse | Error]:
    """Get Customer Referrals

     This API retrieves a list of customers referred by a specified customer in Gameball, including each
    referral's join date and current status within the referral program.

    Args:
        customer_id (str):
        start_after (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerReferralsResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        start_after=start_after,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    start_after: int | Unset = 0,
    limit: int | Unset = 50,
) -> CustomerReferralsResponse | Error | None:
    """Get Customer Referrals

     This API retrieves a list of customers referred by a specified customer in Gameball, including each
    referral's join date and current status within the referral program.

    Args:
        customer_id (str):
        start_after (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerReferralsResponse | Error
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            start_after=start_after,
            limit=limit,
        )
    ).parsed

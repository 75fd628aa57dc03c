from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_tier_progress_response import CustomerTierProgressResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    customer_id: str,
    *,
    expand: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(lang, Unset):
        headers["lang"] = lang

    params: dict[str, Any] = {}

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/customers/{customer_id}/tier-progress".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerTierProgressResponse | Error | None:
    if response.status_code == 200:
        response_200 = CustomerTierProgressResponse.from_dict(json_exact(response))

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
) -> Response[CustomerTierProgressResponse | Error]:
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
    lang: str | Unset = UNSET,
) -> Response[CustomerTierProgressResponse | Error]:
    """Get Customer Tier Progress

     This API provides an overview of a customer's current tier and progression within Gameball's loyalty
    program. By retrieving the customer's current tier, progress level, and next tier details, this
    endpoint offers a clear view of their advancement within the tier structure.

    Args:
        customer_id (str):
        expand (str | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerTierProgressResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        expand=expand,
        lang=lang,
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
    lang: str | Unset = UNSET,
) -> CustomerTierProgressResponse | Error | None:
    """Get Customer Tier Progress

     This API provides an overview of a customer's current tier and progression within Gameball's loyalty
    program. By retrieving the customer's current tier, progress level, and next tier details, this
    endpoint offers a clear view of their advancement within the tier structure.

    Args:
        customer_id (str):
        expand (str | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerTierProgressResponse | Error
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        expand=expand,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    expand: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Response[CustomerTierProgressResponse | Error]:
    """Get Customer Tier Progress

     This API provides an overview of a customer's current tier and progression within Gameball's loyalty
    program. By retrieving the customer's current tier, progress level, and next tier details, this
    endpoint offers a clear view of their advancement within the tier structure.

    Args:
        customer_id (str):
        expand (str | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerTierProgressResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        expand=expand,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    expand: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> CustomerTierProgressResponse | Error | None:
    """Get Customer Tier Progress

     This API provides an overview of a customer's current tier and progression within Gameball's loyalty
    program. By retrieving the customer's current tier, progress level, and next tier details, this
    endpoint offers a clear view of their advancement within the tier structure.

    Args:
        customer_id (str):
        expand (str | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerTierProgressResponse | Error
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            expand=expand,
            lang=lang,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_tags_update_request import CustomerTagsUpdateRequest
from ...models.error import Error
from ...models.success import Success
from ...types import Response, json_exact


def _get_kwargs(
    customer_id: str,
    *,
    body: CustomerTagsUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v4.0/integrations/customers/{customer_id}/tags".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Success | None:
    if response.status_code == 200:
        response_200 = Success.from_dict(json_exact(response))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Success]:
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
    body: CustomerTagsUpdateRequest,
) -> Response[Error | Success]:
    """Remove Customer Tags

     This API removes specified tags from a customer profile in Gameball, identified by `customerId`.
    Removing tags allows for updating customer categorization, ensuring profiles remain relevant to
    current engagement and marketing needs.

    Args:
        customer_id (str):
        body (CustomerTagsUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Success]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTagsUpdateRequest,
) -> Error | Success | None:
    """Remove Customer Tags

     This API removes specified tags from a customer profile in Gameball, identified by `customerId`.
    Removing tags allows for updating customer categorization, ensuring profiles remain relevant to
    current engagement and marketing needs.

    Args:
        customer_id (str):
        body (CustomerTagsUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Success
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTagsUpdateRequest,
) -> Response[Error | Success]:
    """Remove Customer Tags

     This API removes specified tags from a customer profile in Gameball, identified by `customerId`.
    Removing tags allows for updating customer categorization, ensuring profiles remain relevant to
    current engagement and marketing needs.

    Args:
        customer_id (str):
        body (CustomerTagsUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Success]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomerTagsUpdateRequest,
) -> Error | Success | None:
    """Remove Customer Tags

     This API removes specified tags from a customer profile in Gameball, identified by `customerId`.
    Removing tags allows for updating customer categorization, ensuring profiles remain relevant to
    current engagement and marketing needs.

    Args:
        customer_id (str):
        body (CustomerTagsUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Success
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            body=body,
        )
    ).parsed

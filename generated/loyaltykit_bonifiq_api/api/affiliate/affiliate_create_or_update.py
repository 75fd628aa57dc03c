from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_response_of_boolean import BaseExternalApiResponseOfBoolean
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...models.create_affiliate_request import CreateAffiliateRequest
from ...types import Response, json_exact


def _get_kwargs(
    *,
    body: CreateAffiliateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pvt/Affiliate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject | None:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfBoolean.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = BaseExternalApiResponseOfBoolean.from_dict(json_exact(response))

        return response_400

    if response.status_code == 401:
        response_401 = BaseExternalApiResponseOfObject.from_dict(json_exact(response))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAffiliateRequest,
) -> Response[BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject]:
    """To create and update an affiliate, it's possible to create a customer for the same.

     Turns a customer into affiliate, changes the coupon and, if necessary, creates a customer.

    Args:
        body (CreateAffiliateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject]
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
    client: AuthenticatedClient | Client,
    body: CreateAffiliateRequest,
) -> BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject | None:
    """To create and update an affiliate, it's possible to create a customer for the same.

     Turns a customer into affiliate, changes the coupon and, if necessary, creates a customer.

    Args:
        body (CreateAffiliateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAffiliateRequest,
) -> Response[BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject]:
    """To create and update an affiliate, it's possible to create a customer for the same.

     Turns a customer into affiliate, changes the coupon and, if necessary, creates a customer.

    Args:
        body (CreateAffiliateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAffiliateRequest,
) -> BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject | None:
    """To create and update an affiliate, it's possible to create a customer for the same.

     Turns a customer into affiliate, changes the coupon and, if necessary, creates a customer.

    Args:
        body (CreateAffiliateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

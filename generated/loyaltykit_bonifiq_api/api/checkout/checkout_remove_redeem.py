from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_response_of_checkout_remove_cashback_response import (
    BaseExternalApiResponseOfCheckoutRemoveCashbackResponse,
)
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...models.checkout_customer_request import CheckoutCustomerRequest
from ...types import Response, json_exact


def _get_kwargs(
    *,
    body: CheckoutCustomerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pvt/Checkout/redeem/remove",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiResponseOfCheckoutRemoveCashbackResponse | BaseExternalApiResponseOfObject | None:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfCheckoutRemoveCashbackResponse.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = BaseExternalApiResponseOfCheckoutRemoveCashbackResponse.from_dict(json_exact(response))

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
) -> Response[BaseExternalApiResponseOfCheckoutRemoveCashbackResponse | BaseExternalApiResponseOfObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckoutCustomerRequest,
) -> Response[BaseExternalApiResponseOfCheckoutRemoveCashbackResponse | BaseExternalApiResponseOfObject]:
    """Removes an already applied cashback from a checkout.

     Use it to explicitly undo a checkout cashback redeem before the order is created (shopper removes
    the cashback, abandons the checkout, or the platform decides it should no longer be used). Returns
    BaseExternalApiResponse<CheckoutRemoveCashbackResponse>.

    Business codes (Code / CodeName / Severity): 01 CustomerNotFound Error (400), 02 CheckoutIdRequired
    Error (400), 03 CheckoutNotFound Warning, 04 CashbackNotApplied Warning, 05 CashbackStillApplied
    Warning, 06 CashbackRemovedByCartChange Warning, 07 CashbackRemovedSuccessfully Success. Warnings
    are valid 200 outcomes; invalid requests return 400 Bad Request with Severity = Error.

    Args:
        body (CheckoutCustomerRequest): Request payload for checkout actions that need both
            customer identification and checkout reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfCheckoutRemoveCashbackResponse | BaseExternalApiResponseOfObject]
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
    body: CheckoutCustomerRequest,
) -> BaseExternalApiResponseOfCheckoutRemoveCashbackResponse | BaseExternalApiResponseOfObject | None:
    """Removes an already applied cashback from a checkout.

     Use it to explicitly undo a checkout cashback redeem before the order is created (shopper removes
    the cashback, abandons the checkout, or the platform decides it should no longer be used). Returns
    BaseExternalApiResponse<CheckoutRemoveCashbackResponse>.

    Business codes (Code / CodeName / Severity): 01 CustomerNotFound Error (400), 02 CheckoutIdRequired
    Error (400), 03 CheckoutNotFound Warning, 04 CashbackNotApplied Warning, 05 CashbackStillApplied
    Warning, 06 CashbackRemovedByCartChange Warning, 07 CashbackRemovedSuccessfully Success. Warnings
    are valid 200 outcomes; invalid requests return 400 Bad Request with Severity = Error.

    Args:
        body (CheckoutCustomerRequest): Request payload for checkout actions that need both
            customer identification and checkout reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfCheckoutRemoveCashbackResponse | BaseExternalApiResponseOfObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckoutCustomerRequest,
) -> Response[BaseExternalApiResponseOfCheckoutRemoveCashbackResponse | BaseExternalApiResponseOfObject]:
    """Removes an already applied cashback from a checkout.

     Use it to explicitly undo a checkout cashback redeem before the order is created (shopper removes
    the cashback, abandons the checkout, or the platform decides it should no longer be used). Returns
    BaseExternalApiResponse<CheckoutRemoveCashbackResponse>.

    Business codes (Code / CodeName / Severity): 01 CustomerNotFound Error (400), 02 CheckoutIdRequired
    Error (400), 03 CheckoutNotFound Warning, 04 CashbackNotApplied Warning, 05 CashbackStillApplied
    Warning, 06 CashbackRemovedByCartChange Warning, 07 CashbackRemovedSuccessfully Success. Warnings
    are valid 200 outcomes; invalid requests return 400 Bad Request with Severity = Error.

    Args:
        body (CheckoutCustomerRequest): Request payload for checkout actions that need both
            customer identification and checkout reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfCheckoutRemoveCashbackResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CheckoutCustomerRequest,
) -> BaseExternalApiResponseOfCheckoutRemoveCashbackResponse | BaseExternalApiResponseOfObject | None:
    """Removes an already applied cashback from a checkout.

     Use it to explicitly undo a checkout cashback redeem before the order is created (shopper removes
    the cashback, abandons the checkout, or the platform decides it should no longer be used). Returns
    BaseExternalApiResponse<CheckoutRemoveCashbackResponse>.

    Business codes (Code / CodeName / Severity): 01 CustomerNotFound Error (400), 02 CheckoutIdRequired
    Error (400), 03 CheckoutNotFound Warning, 04 CashbackNotApplied Warning, 05 CashbackStillApplied
    Warning, 06 CashbackRemovedByCartChange Warning, 07 CashbackRemovedSuccessfully Success. Warnings
    are valid 200 outcomes; invalid requests return 400 Bad Request with Severity = Error.

    Args:
        body (CheckoutCustomerRequest): Request payload for checkout actions that need both
            customer identification and checkout reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfCheckoutRemoveCashbackResponse | BaseExternalApiResponseOfObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_customer_activation_body import UpdateCustomerActivationBody
from ...models.update_customer_activation_response_200 import UpdateCustomerActivationResponse200
from ...types import Response, json_exact


def _get_kwargs(
    customer_id: str,
    *,
    body: UpdateCustomerActivationBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v4.0/integrations/customers/{customer_id}/activate".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | UpdateCustomerActivationResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateCustomerActivationResponse200.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

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
) -> Response[Any | Error | UpdateCustomerActivationResponse200]:
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
    body: UpdateCustomerActivationBody,
) -> Response[Any | Error | UpdateCustomerActivationResponse200]:
    """Update Customer Activation

     Set a customer's loyalty program participation state (active/inactive). This mirrors the
    include/exclude toggle in the Gameball dashboard.

    The endpoint is idempotent: opting out an already opted-out customer (or opting in an already opted-
    in customer) produces no side effects. `stateChanged` indicates whether the state actually changed.

    When a customer is opted out (`isActive: false`): no points are earned from events or purchases, no
    rewards or coupons are generated, and the customer is excluded from all campaign eligibility. Prior
    activity is not undone.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Requires an existing customer.** Unknown customers return `404 Not Found`.

    Args:
        customer_id (str):
        body (UpdateCustomerActivationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | UpdateCustomerActivationResponse200]
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
    body: UpdateCustomerActivationBody,
) -> Any | Error | UpdateCustomerActivationResponse200 | None:
    """Update Customer Activation

     Set a customer's loyalty program participation state (active/inactive). This mirrors the
    include/exclude toggle in the Gameball dashboard.

    The endpoint is idempotent: opting out an already opted-out customer (or opting in an already opted-
    in customer) produces no side effects. `stateChanged` indicates whether the state actually changed.

    When a customer is opted out (`isActive: false`): no points are earned from events or purchases, no
    rewards or coupons are generated, and the customer is excluded from all campaign eligibility. Prior
    activity is not undone.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Requires an existing customer.** Unknown customers return `404 Not Found`.

    Args:
        customer_id (str):
        body (UpdateCustomerActivationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | UpdateCustomerActivationResponse200
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
    body: UpdateCustomerActivationBody,
) -> Response[Any | Error | UpdateCustomerActivationResponse200]:
    """Update Customer Activation

     Set a customer's loyalty program participation state (active/inactive). This mirrors the
    include/exclude toggle in the Gameball dashboard.

    The endpoint is idempotent: opting out an already opted-out customer (or opting in an already opted-
    in customer) produces no side effects. `stateChanged` indicates whether the state actually changed.

    When a customer is opted out (`isActive: false`): no points are earned from events or purchases, no
    rewards or coupons are generated, and the customer is excluded from all campaign eligibility. Prior
    activity is not undone.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Requires an existing customer.** Unknown customers return `404 Not Found`.

    Args:
        customer_id (str):
        body (UpdateCustomerActivationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | UpdateCustomerActivationResponse200]
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
    body: UpdateCustomerActivationBody,
) -> Any | Error | UpdateCustomerActivationResponse200 | None:
    """Update Customer Activation

     Set a customer's loyalty program participation state (active/inactive). This mirrors the
    include/exclude toggle in the Gameball dashboard.

    The endpoint is idempotent: opting out an already opted-out customer (or opting in an already opted-
    in customer) produces no side effects. `stateChanged` indicates whether the state actually changed.

    When a customer is opted out (`isActive: false`): no points are earned from events or purchases, no
    rewards or coupons are generated, and the customer is excluded from all campaign eligibility. Prior
    activity is not undone.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Requires an existing customer.** Unknown customers return `404 Not Found`.

    Args:
        customer_id (str):
        body (UpdateCustomerActivationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | UpdateCustomerActivationResponse200
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            body=body,
        )
    ).parsed

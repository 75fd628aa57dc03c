from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.post_payments_body import PostPaymentsBody
from ...models.post_payments_response_200 import PostPaymentsResponse200
from ...types import Response, json_exact


def _get_kwargs(
    *,
    body: PostPaymentsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4.0/integrations/payments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PostPaymentsResponse200 | None:
    if response.status_code == 200:
        response_200 = PostPaymentsResponse200.from_dict(json_exact(response))

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
) -> Response[Error | PostPaymentsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PostPaymentsBody,
) -> Response[Error | PostPaymentsResponse200]:
    """The API call tracks new payments, specifically tailored for fintech solutions. It captures key
    payment details, ensuring accurate tracking of customer transactions.

    This API triggers the **"Payment Processed"** event, allowing you to automate follow-up actions such
    as initiating workflows, sending notifications, or rewarding customers with badges.

    The event includes all properties provided in the payload.

    Args:
        body (PostPaymentsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostPaymentsResponse200]
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
    body: PostPaymentsBody,
) -> Error | PostPaymentsResponse200 | None:
    """The API call tracks new payments, specifically tailored for fintech solutions. It captures key
    payment details, ensuring accurate tracking of customer transactions.

    This API triggers the **"Payment Processed"** event, allowing you to automate follow-up actions such
    as initiating workflows, sending notifications, or rewarding customers with badges.

    The event includes all properties provided in the payload.

    Args:
        body (PostPaymentsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostPaymentsResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostPaymentsBody,
) -> Response[Error | PostPaymentsResponse200]:
    """The API call tracks new payments, specifically tailored for fintech solutions. It captures key
    payment details, ensuring accurate tracking of customer transactions.

    This API triggers the **"Payment Processed"** event, allowing you to automate follow-up actions such
    as initiating workflows, sending notifications, or rewarding customers with badges.

    The event includes all properties provided in the payload.

    Args:
        body (PostPaymentsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostPaymentsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PostPaymentsBody,
) -> Error | PostPaymentsResponse200 | None:
    """The API call tracks new payments, specifically tailored for fintech solutions. It captures key
    payment details, ensuring accurate tracking of customer transactions.

    This API triggers the **"Payment Processed"** event, allowing you to automate follow-up actions such
    as initiating workflows, sending notifications, or rewarding customers with badges.

    The event includes all properties provided in the payload.

    Args:
        body (PostPaymentsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostPaymentsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

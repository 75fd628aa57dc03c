from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.post_transactions_otp_body import PostTransactionsOtpBody
from ...types import Response, json_exact


def _get_kwargs(
    *,
    body: PostTransactionsOtpBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4.0/integrations/transactions/otp",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | None:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PostTransactionsOtpBody,
) -> Response[Error]:
    """The API call generates a new one-time password (OTP) for redeeming or holding loyalty points and
    sends it via SMS. This service ensuring that only authorized transactions can be completed with the
    provided OTP. This API is effective only if SMS & OTP are enabled in your Gameball account.

    Args:
        body (PostTransactionsOtpBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error]
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
    body: PostTransactionsOtpBody,
) -> Error | None:
    """The API call generates a new one-time password (OTP) for redeeming or holding loyalty points and
    sends it via SMS. This service ensuring that only authorized transactions can be completed with the
    provided OTP. This API is effective only if SMS & OTP are enabled in your Gameball account.

    Args:
        body (PostTransactionsOtpBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostTransactionsOtpBody,
) -> Response[Error]:
    """The API call generates a new one-time password (OTP) for redeeming or holding loyalty points and
    sends it via SMS. This service ensuring that only authorized transactions can be completed with the
    provided OTP. This API is effective only if SMS & OTP are enabled in your Gameball account.

    Args:
        body (PostTransactionsOtpBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PostTransactionsOtpBody,
) -> Error | None:
    """The API call generates a new one-time password (OTP) for redeeming or holding loyalty points and
    sends it via SMS. This service ensuring that only authorized transactions can be completed with the
    provided OTP. This API is effective only if SMS & OTP are enabled in your Gameball account.

    Args:
        body (PostTransactionsOtpBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

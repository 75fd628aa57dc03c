from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.referral_validation_response import ReferralValidationResponse
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    *,
    referrer_code: str,
    for_customer_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["referrerCode"] = referrer_code

    params["forCustomerId"] = for_customer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/referrals/validate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReferralValidationResponse | None:
    if response.status_code == 200:
        response_200 = ReferralValidationResponse.from_dict(json_exact(response))

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
) -> Response[Error | ReferralValidationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    referrer_code: str,
    for_customer_id: str | Unset = UNSET,
) -> Response[Error | ReferralValidationResponse]:
    """Validate Referrer Code

     Validate whether a provided referral code is valid and eligible for use during customer signup.

    Args:
        referrer_code (str):
        for_customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReferralValidationResponse]
    """

    kwargs = _get_kwargs(
        referrer_code=referrer_code,
        for_customer_id=for_customer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    referrer_code: str,
    for_customer_id: str | Unset = UNSET,
) -> Error | ReferralValidationResponse | None:
    """Validate Referrer Code

     Validate whether a provided referral code is valid and eligible for use during customer signup.

    Args:
        referrer_code (str):
        for_customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReferralValidationResponse
    """

    return sync_detailed(
        client=client,
        referrer_code=referrer_code,
        for_customer_id=for_customer_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    referrer_code: str,
    for_customer_id: str | Unset = UNSET,
) -> Response[Error | ReferralValidationResponse]:
    """Validate Referrer Code

     Validate whether a provided referral code is valid and eligible for use during customer signup.

    Args:
        referrer_code (str):
        for_customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReferralValidationResponse]
    """

    kwargs = _get_kwargs(
        referrer_code=referrer_code,
        for_customer_id=for_customer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    referrer_code: str,
    for_customer_id: str | Unset = UNSET,
) -> Error | ReferralValidationResponse | None:
    """Validate Referrer Code

     Validate whether a provided referral code is valid and eligible for use during customer signup.

    Args:
        referrer_code (str):
        for_customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReferralValidationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            referrer_code=referrer_code,
            for_customer_id=for_customer_id,
        )
    ).parsed

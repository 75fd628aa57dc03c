from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.referral_configuration import ReferralConfiguration
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    *,
    lang: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(lang, Unset):
        headers["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/configurations/referrals",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReferralConfiguration | None:
    if response.status_code == 200:
        response_200 = ReferralConfiguration.from_dict(json_exact(response))

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
) -> Response[Error | ReferralConfiguration]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    lang: str | Unset = UNSET,
) -> Response[Error | ReferralConfiguration]:
    """Referrals Configurations

     This API retrieves the referral configuration, including customer and friend rewards, as well as
    metadata related to the events that trigger referral rewards.

    Args:
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReferralConfiguration]
    """

    kwargs = _get_kwargs(
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    lang: str | Unset = UNSET,
) -> Error | ReferralConfiguration | None:
    """Referrals Configurations

     This API retrieves the referral configuration, including customer and friend rewards, as well as
    metadata related to the events that trigger referral rewards.

    Args:
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReferralConfiguration
    """

    return sync_detailed(
        client=client,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    lang: str | Unset = UNSET,
) -> Response[Error | ReferralConfiguration]:
    """Referrals Configurations

     This API retrieves the referral configuration, including customer and friend rewards, as well as
    metadata related to the events that trigger referral rewards.

    Args:
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReferralConfiguration]
    """

    kwargs = _get_kwargs(
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    lang: str | Unset = UNSET,
) -> Error | ReferralConfiguration | None:
    """Referrals Configurations

     This API retrieves the referral configuration, including customer and friend rewards, as well as
    metadata related to the events that trigger referral rewards.

    Args:
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReferralConfiguration
    """

    return (
        await asyncio_detailed(
            client=client,
            lang=lang,
        )
    ).parsed

from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.achieve_social_challenge_body import AchieveSocialChallengeBody
from ...models.achieve_social_challenge_response_202 import AchieveSocialChallengeResponse202
from ...models.error import Error
from ...types import Response, json_exact


def _get_kwargs(
    *,
    body: AchieveSocialChallengeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4.0/integrations/customers/social-challenges",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AchieveSocialChallengeResponse202 | Any | Error | None:
    if response.status_code == 202:
        response_202 = AchieveSocialChallengeResponse202.from_dict(json_exact(response))

        return response_202

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

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
) -> Response[AchieveSocialChallengeResponse202 | Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AchieveSocialChallengeBody,
) -> Response[AchieveSocialChallengeResponse202 | Any | Error]:
    """Achieve Social Campaign

     Mark a social campaign as achieved for a customer and grant the configured reward from your backend.
    This is the server-to-server equivalent of the in-widget social action for Social Activities
    campaigns.

    Args:
        body (AchieveSocialChallengeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AchieveSocialChallengeResponse202 | Any | Error]
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
    body: AchieveSocialChallengeBody,
) -> AchieveSocialChallengeResponse202 | Any | Error | None:
    """Achieve Social Campaign

     Mark a social campaign as achieved for a customer and grant the configured reward from your backend.
    This is the server-to-server equivalent of the in-widget social action for Social Activities
    campaigns.

    Args:
        body (AchieveSocialChallengeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AchieveSocialChallengeResponse202 | Any | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AchieveSocialChallengeBody,
) -> Response[AchieveSocialChallengeResponse202 | Any | Error]:
    """Achieve Social Campaign

     Mark a social campaign as achieved for a customer and grant the configured reward from your backend.
    This is the server-to-server equivalent of the in-widget social action for Social Activities
    campaigns.

    Args:
        body (AchieveSocialChallengeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AchieveSocialChallengeResponse202 | Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AchieveSocialChallengeBody,
) -> AchieveSocialChallengeResponse202 | Any | Error | None:
    """Achieve Social Campaign

     Mark a social campaign as achieved for a customer and grant the configured reward from your backend.
    This is the server-to-server equivalent of the in-widget social action for Social Activities
    campaigns.

    Args:
        body (AchieveSocialChallengeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AchieveSocialChallengeResponse202 | Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

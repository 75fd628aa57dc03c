from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.event_reward_preview_response import EventRewardPreviewResponse
from ...models.preview_event_rewards_body import PreviewEventRewardsBody
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    *,
    body: PreviewEventRewardsBody,
    lang: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(lang, Unset):
        headers["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4.0/integrations/events/reward-preview",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | EventRewardPreviewResponse | None:
    if response.status_code == 200:
        response_200 = EventRewardPreviewResponse.from_dict(json_exact(response))

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
) -> Response[Any | Error | EventRewardPreviewResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewEventRewardsBody,
    lang: str | Unset = UNSET,
) -> Response[Any | Error | EventRewardPreviewResponse]:
    """Preview Event Rewards

     Returns the points and coupon rewards a customer would earn if the given event(s) fired now.
    Intended for custom events (the same events you send to Send Events). For orders, use Preview Order
    Rewards instead.

    This is a read-only quote — no points are awarded, no coupons are generated, nothing appears in the
    customer activity history, and campaign budgets or frequency limits are not consumed.

    Unlike the live events endpoint, the preview never creates the customer — unknown or inactive
    customers return an error.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Localization:** Send the optional `lang` header to localize `campaigns[].campaignName`.

    Args:
        lang (str | Unset):
        body (PreviewEventRewardsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | EventRewardPreviewResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PreviewEventRewardsBody,
    lang: str | Unset = UNSET,
) -> Any | Error | EventRewardPreviewResponse | None:
    """Preview Event Rewards

     Returns the points and coupon rewards a customer would earn if the given event(s) fired now.
    Intended for custom events (the same events you send to Send Events). For orders, use Preview Order
    Rewards instead.

    This is a read-only quote — no points are awarded, no coupons are generated, nothing appears in the
    customer activity history, and campaign budgets or frequency limits are not consumed.

    Unlike the live events endpoint, the preview never creates the customer — unknown or inactive
    customers return an error.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Localization:** Send the optional `lang` header to localize `campaigns[].campaignName`.

    Args:
        lang (str | Unset):
        body (PreviewEventRewardsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | EventRewardPreviewResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewEventRewardsBody,
    lang: str | Unset = UNSET,
) -> Response[Any | Error | EventRewardPreviewResponse]:
    """Preview Event Rewards

     Returns the points and coupon rewards a customer would earn if the given event(s) fired now.
    Intended for custom events (the same events you send to Send Events). For orders, use Preview Order
    Rewards instead.

    This is a read-only quote — no points are awarded, no coupons are generated, nothing appears in the
    customer activity history, and campaign budgets or frequency limits are not consumed.

    Unlike the live events endpoint, the preview never creates the customer — unknown or inactive
    customers return an error.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Localization:** Send the optional `lang` header to localize `campaigns[].campaignName`.

    Args:
        lang (str | Unset):
        body (PreviewEventRewardsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | EventRewardPreviewResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreviewEventRewardsBody,
    lang: str | Unset = UNSET,
) -> Any | Error | EventRewardPreviewResponse | None:
    """Preview Event Rewards

     Returns the points and coupon rewards a customer would earn if the given event(s) fired now.
    Intended for custom events (the same events you send to Send Events). For orders, use Preview Order
    Rewards instead.

    This is a read-only quote — no points are awarded, no coupons are generated, nothing appears in the
    customer activity history, and campaign budgets or frequency limits are not consumed.

    Unlike the live events endpoint, the preview never creates the customer — unknown or inactive
    customers return an error.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Localization:** Send the optional `lang` header to localize `campaigns[].campaignName`.

    Args:
        lang (str | Unset):
        body (PreviewEventRewardsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | EventRewardPreviewResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed

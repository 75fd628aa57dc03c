from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order_reward_preview_response import OrderRewardPreviewResponse
from ...models.preview_order_rewards_body import PreviewOrderRewardsBody
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    *,
    body: PreviewOrderRewardsBody,
    lang: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(lang, Unset):
        headers["lang"] = lang

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4.0/integrations/orders/reward-preview",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | OrderRewardPreviewResponse | None:
    if response.status_code == 200:
        response_200 = OrderRewardPreviewResponse.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

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
) -> Response[Any | Error | OrderRewardPreviewResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewOrderRewardsBody,
    lang: str | Unset = UNSET,
) -> Response[Any | Error | OrderRewardPreviewResponse]:
    """Preview Order Rewards

     Preview everything an order would earn before checkout: the order cashback quote (identical
    calculation to Calculate Order Cashback) plus a preview of the event-based campaigns the order would
    trigger (evaluated as the same `place_order` event a real order submission fires).

    This is a read-only quote — no points are awarded, no coupons are generated, nothing appears in the
    customer activity history, and campaign budgets or frequency limits are not consumed.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Localization:** Send the optional `lang` header to localize
    `eventRewards.campaigns[].campaignName`. Cashback `campaignName` values use the campaign's internal
    name and are not affected by `lang`.

    Args:
        lang (str | Unset):
        body (PreviewOrderRewardsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | OrderRewardPreviewResponse]
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
    body: PreviewOrderRewardsBody,
    lang: str | Unset = UNSET,
) -> Any | Error | OrderRewardPreviewResponse | None:
    """Preview Order Rewards

     Preview everything an order would earn before checkout: the order cashback quote (identical
    calculation to Calculate Order Cashback) plus a preview of the event-based campaigns the order would
    trigger (evaluated as the same `place_order` event a real order submission fires).

    This is a read-only quote — no points are awarded, no coupons are generated, nothing appears in the
    customer activity history, and campaign budgets or frequency limits are not consumed.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Localization:** Send the optional `lang` header to localize
    `eventRewards.campaigns[].campaignName`. Cashback `campaignName` values use the campaign's internal
    name and are not affected by `lang`.

    Args:
        lang (str | Unset):
        body (PreviewOrderRewardsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | OrderRewardPreviewResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewOrderRewardsBody,
    lang: str | Unset = UNSET,
) -> Response[Any | Error | OrderRewardPreviewResponse]:
    """Preview Order Rewards

     Preview everything an order would earn before checkout: the order cashback quote (identical
    calculation to Calculate Order Cashback) plus a preview of the event-based campaigns the order would
    trigger (evaluated as the same `place_order` event a real order submission fires).

    This is a read-only quote — no points are awarded, no coupons are generated, nothing appears in the
    customer activity history, and campaign budgets or frequency limits are not consumed.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Localization:** Send the optional `lang` header to localize
    `eventRewards.campaigns[].campaignName`. Cashback `campaignName` values use the campaign's internal
    name and are not affected by `lang`.

    Args:
        lang (str | Unset):
        body (PreviewOrderRewardsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | OrderRewardPreviewResponse]
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
    body: PreviewOrderRewardsBody,
    lang: str | Unset = UNSET,
) -> Any | Error | OrderRewardPreviewResponse | None:
    """Preview Order Rewards

     Preview everything an order would earn before checkout: the order cashback quote (identical
    calculation to Calculate Order Cashback) plus a preview of the event-based campaigns the order would
    trigger (evaluated as the same `place_order` event a real order submission fires).

    This is a read-only quote — no points are awarded, no coupons are generated, nothing appears in the
    customer activity history, and campaign budgets or frequency limits are not consumed.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Localization:** Send the optional `lang` header to localize
    `eventRewards.campaigns[].campaignName`. Cashback `campaignName` values use the campaign's internal
    name and are not affected by `lang`.

    Args:
        lang (str | Unset):
        body (PreviewOrderRewardsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | OrderRewardPreviewResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed

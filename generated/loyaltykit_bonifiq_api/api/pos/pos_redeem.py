from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_response_of_couponless_reward_redeem_response import (
    BaseExternalApiResponseOfCouponlessRewardRedeemResponse,
)
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...models.couponless_reward_generate_request import CouponlessRewardGenerateRequest
from ...types import Response, json_exact


def _get_kwargs(
    id: int,
    *,
    body: CouponlessRewardGenerateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v1/pvt/POS/rewards/{int(id)}/redeem",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject | None:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfCouponlessRewardRedeemResponse.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = BaseExternalApiResponseOfCouponlessRewardRedeemResponse.from_dict(json_exact(response))

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
) -> Response[BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CouponlessRewardGenerateRequest,
) -> Response[BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject]:
    """This method can be used to redeem a reward in behalf of a customer.

     There are 2 types of rewards: Discount Rewards (Percent or Value, pre-configured values) and
    Cashback (the used value must be informed in the `Value` field). The `rewardId` can be obtained from
    the `rewards/available` endpoint.

    `OriginalKey` gives idempotency: the exactly same request twice redeems only once.

    This call **will not** generate a coupon in BonifiQ (unless ForceGenerateCoupon). Pass the returned
    `ExternalCode` in the `Coupon` field when adding the order.

    A valid request may return a warning with a null Result (e.g. Code 07 / RewardNotFound in the vendor
    demo fixture).

    Args:
        id (int):
        body (CouponlessRewardGenerateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CouponlessRewardGenerateRequest,
) -> BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject | None:
    """This method can be used to redeem a reward in behalf of a customer.

     There are 2 types of rewards: Discount Rewards (Percent or Value, pre-configured values) and
    Cashback (the used value must be informed in the `Value` field). The `rewardId` can be obtained from
    the `rewards/available` endpoint.

    `OriginalKey` gives idempotency: the exactly same request twice redeems only once.

    This call **will not** generate a coupon in BonifiQ (unless ForceGenerateCoupon). Pass the returned
    `ExternalCode` in the `Coupon` field when adding the order.

    A valid request may return a warning with a null Result (e.g. Code 07 / RewardNotFound in the vendor
    demo fixture).

    Args:
        id (int):
        body (CouponlessRewardGenerateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CouponlessRewardGenerateRequest,
) -> Response[BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject]:
    """This method can be used to redeem a reward in behalf of a customer.

     There are 2 types of rewards: Discount Rewards (Percent or Value, pre-configured values) and
    Cashback (the used value must be informed in the `Value` field). The `rewardId` can be obtained from
    the `rewards/available` endpoint.

    `OriginalKey` gives idempotency: the exactly same request twice redeems only once.

    This call **will not** generate a coupon in BonifiQ (unless ForceGenerateCoupon). Pass the returned
    `ExternalCode` in the `Coupon` field when adding the order.

    A valid request may return a warning with a null Result (e.g. Code 07 / RewardNotFound in the vendor
    demo fixture).

    Args:
        id (int):
        body (CouponlessRewardGenerateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CouponlessRewardGenerateRequest,
) -> BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject | None:
    """This method can be used to redeem a reward in behalf of a customer.

     There are 2 types of rewards: Discount Rewards (Percent or Value, pre-configured values) and
    Cashback (the used value must be informed in the `Value` field). The `rewardId` can be obtained from
    the `rewards/available` endpoint.

    `OriginalKey` gives idempotency: the exactly same request twice redeems only once.

    This call **will not** generate a coupon in BonifiQ (unless ForceGenerateCoupon). Pass the returned
    `ExternalCode` in the `Coupon` field when adding the order.

    A valid request may return a warning with a null Result (e.g. Code 07 / RewardNotFound in the vendor
    demo fixture).

    Args:
        id (int):
        body (CouponlessRewardGenerateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfCouponlessRewardRedeemResponse | BaseExternalApiResponseOfObject
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

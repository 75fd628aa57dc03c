from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_activities_count_response import CustomerActivitiesCountResponse
from ...models.error import Error
from ...models.get_customer_activities_count_activity_type import GetCustomerActivitiesCountActivityType
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    customer_id: str,
    *,
    activity_type: GetCustomerActivitiesCountActivityType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_activity_type: str | Unset = UNSET
    if not isinstance(activity_type, Unset):
        json_activity_type = activity_type.value

    params["activityType"] = json_activity_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/customers/{customer_id}/activities/count".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerActivitiesCountResponse | Error | None:
    if response.status_code == 200:
        response_200 = CustomerActivitiesCountResponse.from_dict(json_exact(response))

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
) -> Response[CustomerActivitiesCountResponse | Error]:
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
    activity_type: GetCustomerActivitiesCountActivityType | Unset = UNSET,
) -> Response[CustomerActivitiesCountResponse | Error]:
    """Get Customer Activities Count

     This API retrieves the total count of customer activities within Gameball, identified by customerId.
    It allows for filtering by specific activity types, such as TierUpgraded, CampaignRewarded,
    ReferralBonusReward, and PaymentReward, providing the number of activities matching the specified
    criteria without returning detailed activity logs.

    Args:
        customer_id (str):
        activity_type (GetCustomerActivitiesCountActivityType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerActivitiesCountResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        activity_type=activity_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    activity_type: GetCustomerActivitiesCountActivityType | Unset = UNSET,
) -> CustomerActivitiesCountResponse | Error | None:
    """Get Customer Activities Count

     This API retrieves the total count of customer activities within Gameball, identified by customerId.
    It allows for filtering by specific activity types, such as TierUpgraded, CampaignRewarded,
    ReferralBonusReward, and PaymentReward, providing the number of activities matching the specified
    criteria without returning detailed activity logs.

    Args:
        customer_id (str):
        activity_type (GetCustomerActivitiesCountActivityType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerActivitiesCountResponse | Error
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        activity_type=activity_type,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    activity_type: GetCustomerActivitiesCountActivityType | Unset = UNSET,
) -> Response[CustomerActivitiesCountResponse | Error]:
    """Get Customer Activities Count

     This API retrieves the total count of customer activities within Gameball, identified by customerId.
    It allows for filtering by specific activity types, such as TierUpgraded, CampaignRewarded,
    ReferralBonusReward, and PaymentReward, providing the number of activities matching the specified
    criteria without returning detailed activity logs.

    Args:
        customer_id (str):
        activity_type (GetCustomerActivitiesCountActivityType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerActivitiesCountResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        activity_type=activity_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    activity_type: GetCustomerActivitiesCountActivityType | Unset = UNSET,
) -> CustomerActivitiesCountResponse | Error | None:
    """Get Customer Activities Count

     This API retrieves the total count of customer activities within Gameball, identified by customerId.
    It allows for filtering by specific activity types, such as TierUpgraded, CampaignRewarded,
    ReferralBonusReward, and PaymentReward, providing the number of activities matching the specified
    criteria without returning detailed activity logs.

    Args:
        customer_id (str):
        activity_type (GetCustomerActivitiesCountActivityType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerActivitiesCountResponse | Error
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            activity_type=activity_type,
        )
    ).parsed

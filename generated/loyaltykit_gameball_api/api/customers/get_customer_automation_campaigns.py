from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_automation_campaigns_response import CustomerAutomationCampaignsResponse
from ...models.error import Error
from ...models.get_customer_automation_campaigns_campaign_type import GetCustomerAutomationCampaignsCampaignType
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    customer_id: str,
    *,
    campaign_type: GetCustomerAutomationCampaignsCampaignType
    | Unset = GetCustomerAutomationCampaignsCampaignType.MISSION,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_campaign_type: str | Unset = UNSET
    if not isinstance(campaign_type, Unset):
        json_campaign_type = campaign_type.value

    params["campaignType"] = json_campaign_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/customers/{customer_id}/automation".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerAutomationCampaignsResponse | Error | None:
    if response.status_code == 200:
        response_200 = CustomerAutomationCampaignsResponse.from_dict(json_exact(response))

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
) -> Response[CustomerAutomationCampaignsResponse | Error]:
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
    campaign_type: GetCustomerAutomationCampaignsCampaignType
    | Unset = GetCustomerAutomationCampaignsCampaignType.MISSION,
) -> Response[CustomerAutomationCampaignsResponse | Error]:
    """Get Customer Automation Campaigns

     This API retrieves the available automation campaigns for the customer, identified by customerId.
    The response includes details of campaigns currently active and applicable to the customer, such as
    onboarding journeys, engagement triggers, or milestone-based campaigns. Specific campaign types can
    be filtered, including campaigns like Welcome Campaigns, Ramadan Campaign, and Custom Automations,
    offering a comprehensive view of personalized campaigns available for the customer.

    Args:
        customer_id (str):
        campaign_type (GetCustomerAutomationCampaignsCampaignType | Unset):  Default:
            GetCustomerAutomationCampaignsCampaignType.MISSION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerAutomationCampaignsResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        campaign_type=campaign_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    campaign_type: GetCustomerAutomationCampaignsCampaignType
    | Unset = GetCustomerAutomationCampaignsCampaignType.MISSION,
) -> CustomerAutomationCampaignsResponse | Error | None:
    """Get Customer Automation Campaigns

     This API retrieves the available automation campaigns for the customer, identified by customerId.
    The response includes details of campaigns currently active and applicable to the customer, such as
    onboarding journeys, engagement triggers, or milestone-based campaigns. Specific campaign types can
    be filtered, including campaigns like Welcome Campaigns, Ramadan Campaign, and Custom Automations,
    offering a comprehensive view of personalized campaigns available for the customer.

    Args:
        customer_id (str):
        campaign_type (GetCustomerAutomationCampaignsCampaignType | Unset):  Default:
            GetCustomerAutomationCampaignsCampaignType.MISSION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerAutomationCampaignsResponse | Error
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        campaign_type=campaign_type,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    campaign_type: GetCustomerAutomationCampaignsCampaignType
    | Unset = GetCustomerAutomationCampaignsCampaignType.MISSION,
) -> Response[CustomerAutomationCampaignsResponse | Error]:
    """Get Customer Automation Campaigns

     This API retrieves the available automation campaigns for the customer, identified by customerId.
    The response includes details of campaigns currently active and applicable to the customer, such as
    onboarding journeys, engagement triggers, or milestone-based campaigns. Specific campaign types can
    be filtered, including campaigns like Welcome Campaigns, Ramadan Campaign, and Custom Automations,
    offering a comprehensive view of personalized campaigns available for the customer.

    Args:
        customer_id (str):
        campaign_type (GetCustomerAutomationCampaignsCampaignType | Unset):  Default:
            GetCustomerAutomationCampaignsCampaignType.MISSION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerAutomationCampaignsResponse | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        campaign_type=campaign_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    campaign_type: GetCustomerAutomationCampaignsCampaignType
    | Unset = GetCustomerAutomationCampaignsCampaignType.MISSION,
) -> CustomerAutomationCampaignsResponse | Error | None:
    """Get Customer Automation Campaigns

     This API retrieves the available automation campaigns for the customer, identified by customerId.
    The response includes details of campaigns currently active and applicable to the customer, such as
    onboarding journeys, engagement triggers, or milestone-based campaigns. Specific campaign types can
    be filtered, including campaigns like Welcome Campaigns, Ramadan Campaign, and Custom Automations,
    offering a comprehensive view of personalized campaigns available for the customer.

    Args:
        customer_id (str):
        campaign_type (GetCustomerAutomationCampaignsCampaignType | Unset):  Default:
            GetCustomerAutomationCampaignsCampaignType.MISSION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerAutomationCampaignsResponse | Error
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            campaign_type=campaign_type,
        )
    ).parsed

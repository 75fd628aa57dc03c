from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_campaigns_progress_response_item import CustomerCampaignsProgressResponseItem
from ...models.error import Error
from ...models.get_customer_campaigns_progress_campaign_type import GetCustomerCampaignsProgressCampaignType
from ...models.get_customer_campaigns_progress_response_422 import GetCustomerCampaignsProgressResponse422
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    customer_id: str,
    *,
    campaign_type: GetCustomerCampaignsProgressCampaignType | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(lang, Unset):
        headers["lang"] = lang

    params: dict[str, Any] = {}

    json_campaign_type: str | Unset = UNSET
    if not isinstance(campaign_type, Unset):
        json_campaign_type = campaign_type.value

    params["campaignType"] = json_campaign_type

    params["campaignId"] = campaign_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/customers/{customer_id}/reward-campaigns-progress".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | GetCustomerCampaignsProgressResponse422 | list[CustomerCampaignsProgressResponseItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_exact(response)
        for componentsschemas_customer_campaigns_progress_response_item_data in _response_200:
            componentsschemas_customer_campaigns_progress_response_item = (
                CustomerCampaignsProgressResponseItem.from_dict(
                    componentsschemas_customer_campaigns_progress_response_item_data
                )
            )

            response_200.append(componentsschemas_customer_campaigns_progress_response_item)

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 422:
        response_422 = GetCustomerCampaignsProgressResponse422.from_dict(json_exact(response))

        return response_422

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
) -> Response[Any | Error | GetCustomerCampaignsProgressResponse422 | list[CustomerCampaignsProgressResponseItem]]:
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
    campaign_type: GetCustomerCampaignsProgressCampaignType | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Response[Any | Error | GetCustomerCampaignsProgressResponse422 | list[CustomerCampaignsProgressResponseItem]]:
    """Get Customer Campaigns Progress

     This API retrieves a customer's progress within Gameball's reward campaigns, providing insights into
    their achievements and current status in each campaign. By accessing completion percentages and
    unlock statuses, you can track how customers are engaging with various reward opportunities.

    Args:
        customer_id (str):
        campaign_type (GetCustomerCampaignsProgressCampaignType | Unset):
        campaign_id (int | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | GetCustomerCampaignsProgressResponse422 | list[CustomerCampaignsProgressResponseItem]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        campaign_type=campaign_type,
        campaign_id=campaign_id,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    campaign_type: GetCustomerCampaignsProgressCampaignType | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Any | Error | GetCustomerCampaignsProgressResponse422 | list[CustomerCampaignsProgressResponseItem] | None:
    """Get Customer Campaigns Progress

     This API retrieves a customer's progress within Gameball's reward campaigns, providing insights into
    their achievements and current status in each campaign. By accessing completion percentages and
    unlock statuses, you can track how customers are engaging with various reward opportunities.

    Args:
        customer_id (str):
        campaign_type (GetCustomerCampaignsProgressCampaignType | Unset):
        campaign_id (int | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | GetCustomerCampaignsProgressResponse422 | list[CustomerCampaignsProgressResponseItem]
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        campaign_type=campaign_type,
        campaign_id=campaign_id,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    campaign_type: GetCustomerCampaignsProgressCampaignType | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Response[Any | Error | GetCustomerCampaignsProgressResponse422 | list[CustomerCampaignsProgressResponseItem]]:
    """Get Customer Campaigns Progress

     This API retrieves a customer's progress within Gameball's reward campaigns, providing insights into
    their achievements and current status in each campaign. By accessing completion percentages and
    unlock statuses, you can track how customers are engaging with various reward opportunities.

    Args:
        customer_id (str):
        campaign_type (GetCustomerCampaignsProgressCampaignType | Unset):
        campaign_id (int | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | GetCustomerCampaignsProgressResponse422 | list[CustomerCampaignsProgressResponseItem]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        campaign_type=campaign_type,
        campaign_id=campaign_id,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    campaign_type: GetCustomerCampaignsProgressCampaignType | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Any | Error | GetCustomerCampaignsProgressResponse422 | list[CustomerCampaignsProgressResponseItem] | None:
    """Get Customer Campaigns Progress

     This API retrieves a customer's progress within Gameball's reward campaigns, providing insights into
    their achievements and current status in each campaign. By accessing completion percentages and
    unlock statuses, you can track how customers are engaging with various reward opportunities.

    Args:
        customer_id (str):
        campaign_type (GetCustomerCampaignsProgressCampaignType | Unset):
        campaign_id (int | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | GetCustomerCampaignsProgressResponse422 | list[CustomerCampaignsProgressResponseItem]
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            campaign_type=campaign_type,
            campaign_id=campaign_id,
            lang=lang,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.reward_campaign_configuration import RewardCampaignConfiguration
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    *,
    customer_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    product_sku: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(lang, Unset):
        headers["lang"] = lang

    params: dict[str, Any] = {}

    params["customerId"] = customer_id

    params["collectionId"] = collection_id

    params["productSku"] = product_sku

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/configurations/reward-campaigns",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[RewardCampaignConfiguration] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_exact(response)
        for response_200_item_data in _response_200:
            response_200_item = RewardCampaignConfiguration.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[RewardCampaignConfiguration]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    product_sku: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Response[Error | list[RewardCampaignConfiguration]]:
    """Campaigns Configurations

     The API retrieves your reward campaign configurations, including both event-based and transactional
    campaigns. If the customerId, productSku, or collectionId query parameters are provided, the
    response will include the reward campaigns that are applicable for the specified customer or
    product.

    Args:
        customer_id (str | Unset):
        collection_id (str | Unset):
        product_sku (str | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[RewardCampaignConfiguration]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        collection_id=collection_id,
        product_sku=product_sku,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    product_sku: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Error | list[RewardCampaignConfiguration] | None:
    """Campaigns Configurations

     The API retrieves your reward campaign configurations, including both event-based and transactional
    campaigns. If the customerId, productSku, or collectionId query parameters are provided, the
    response will include the reward campaigns that are applicable for the specified customer or
    product.

    Args:
        customer_id (str | Unset):
        collection_id (str | Unset):
        product_sku (str | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[RewardCampaignConfiguration]
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        collection_id=collection_id,
        product_sku=product_sku,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    product_sku: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Response[Error | list[RewardCampaignConfiguration]]:
    """Campaigns Configurations

     The API retrieves your reward campaign configurations, including both event-based and transactional
    campaigns. If the customerId, productSku, or collectionId query parameters are provided, the
    response will include the reward campaigns that are applicable for the specified customer or
    product.

    Args:
        customer_id (str | Unset):
        collection_id (str | Unset):
        product_sku (str | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[RewardCampaignConfiguration]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        collection_id=collection_id,
        product_sku=product_sku,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    product_sku: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Error | list[RewardCampaignConfiguration] | None:
    """Campaigns Configurations

     The API retrieves your reward campaign configurations, including both event-based and transactional
    campaigns. If the customerId, productSku, or collectionId query parameters are provided, the
    response will include the reward campaigns that are applicable for the specified customer or
    product.

    Args:
        customer_id (str | Unset):
        collection_id (str | Unset):
        product_sku (str | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[RewardCampaignConfiguration]
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            collection_id=collection_id,
            product_sku=product_sku,
            lang=lang,
        )
    ).parsed

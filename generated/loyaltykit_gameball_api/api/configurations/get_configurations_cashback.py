from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_configurations_cashback_response_200 import GetConfigurationsCashbackResponse200
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    *,
    customer_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["customerId"] = customer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v4.0/integrations/configurations/cashback",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetConfigurationsCashbackResponse200 | None:
    if response.status_code == 200:
        response_200 = GetConfigurationsCashbackResponse200.from_dict(json_exact(response))

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
) -> Response[Error | GetConfigurationsCashbackResponse200]:
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
) -> Response[Error | GetConfigurationsCashbackResponse200]:
    """This API call retrieves your cashback configurations, providing essential details about how cashback
    rewards are structured and managed in Gameball. If the customerId is provided, the API will return
    any special cashback rules associated with the customer's tier, including potential bonuses or
    customized reward factors specific to that customer.

    Args:
        customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetConfigurationsCashbackResponse200]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
) -> Error | GetConfigurationsCashbackResponse200 | None:
    """This API call retrieves your cashback configurations, providing essential details about how cashback
    rewards are structured and managed in Gameball. If the customerId is provided, the API will return
    any special cashback rules associated with the customer's tier, including potential bonuses or
    customized reward factors specific to that customer.

    Args:
        customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetConfigurationsCashbackResponse200
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
) -> Response[Error | GetConfigurationsCashbackResponse200]:
    """This API call retrieves your cashback configurations, providing essential details about how cashback
    rewards are structured and managed in Gameball. If the customerId is provided, the API will return
    any special cashback rules associated with the customer's tier, including potential bonuses or
    customized reward factors specific to that customer.

    Args:
        customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetConfigurationsCashbackResponse200]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
) -> Error | GetConfigurationsCashbackResponse200 | None:
    """This API call retrieves your cashback configurations, providing essential details about how cashback
    rewards are structured and managed in Gameball. If the customerId is provided, the API will return
    any special cashback rules associated with the customer's tier, including potential bonuses or
    customized reward factors specific to that customer.

    Args:
        customer_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetConfigurationsCashbackResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
        )
    ).parsed

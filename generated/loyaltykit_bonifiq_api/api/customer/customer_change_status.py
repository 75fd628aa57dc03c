from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_response_of_boolean import BaseExternalApiResponseOfBoolean
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...models.change_customer_status_request import ChangeCustomerStatusRequest
from ...types import Response, json_exact


def _get_kwargs(
    original_id: str,
    *,
    body: ChangeCustomerStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pvt/Customer/{original_id}/changestatus".format(
            original_id=quote(str(original_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject | None:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfBoolean.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = BaseExternalApiResponseOfBoolean.from_dict(json_exact(response))

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
) -> Response[BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    original_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangeCustomerStatusRequest,
) -> Response[BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject]:
    """Change the Status of the customer in BonifiQ

     An active customer (`IsEnabled=true`) can receive points and participate in the program. An inactive
    customer (`IsEnabled=false`) will not receive points nor be able to redeem rewards. `Reason` is
    required (internal-use only).

    Args:
        original_id (str):
        body (ChangeCustomerStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        original_id=original_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    original_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangeCustomerStatusRequest,
) -> BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject | None:
    """Change the Status of the customer in BonifiQ

     An active customer (`IsEnabled=true`) can receive points and participate in the program. An inactive
    customer (`IsEnabled=false`) will not receive points nor be able to redeem rewards. `Reason` is
    required (internal-use only).

    Args:
        original_id (str):
        body (ChangeCustomerStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject
    """

    return sync_detailed(
        original_id=original_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    original_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangeCustomerStatusRequest,
) -> Response[BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject]:
    """Change the Status of the customer in BonifiQ

     An active customer (`IsEnabled=true`) can receive points and participate in the program. An inactive
    customer (`IsEnabled=false`) will not receive points nor be able to redeem rewards. `Reason` is
    required (internal-use only).

    Args:
        original_id (str):
        body (ChangeCustomerStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        original_id=original_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    original_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangeCustomerStatusRequest,
) -> BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject | None:
    """Change the Status of the customer in BonifiQ

     An active customer (`IsEnabled=true`) can receive points and participate in the program. An inactive
    customer (`IsEnabled=false`) will not receive points nor be able to redeem rewards. `Reason` is
    required (internal-use only).

    Args:
        original_id (str):
        body (ChangeCustomerStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject
    """

    return (
        await asyncio_detailed(
            original_id=original_id,
            client=client,
            body=body,
        )
    ).parsed

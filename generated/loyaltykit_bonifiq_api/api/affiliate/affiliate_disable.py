from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_response_of_boolean import BaseExternalApiResponseOfBoolean
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...types import UNSET, Response, Unset, json_exact


def _get_kwargs(
    original_id: str,
    *,
    reason: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_reason: None | str | Unset
    if isinstance(reason, Unset):
        json_reason = UNSET
    else:
        json_reason = reason
    params["reason"] = json_reason

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/pvt/Affiliate/disable/{original_id}".format(
            original_id=quote(str(original_id), safe=""),
        ),
        "params": params,
    }

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
    reason: None | str | Unset = UNSET,
) -> Response[BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject]:
    """Disables an affiliate by email or document.

    Args:
        original_id (str):
        reason (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        original_id=original_id,
        reason=reason,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    original_id: str,
    *,
    client: AuthenticatedClient | Client,
    reason: None | str | Unset = UNSET,
) -> BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject | None:
    """Disables an affiliate by email or document.

    Args:
        original_id (str):
        reason (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject
    """

    return sync_detailed(
        original_id=original_id,
        client=client,
        reason=reason,
    ).parsed


async def asyncio_detailed(
    original_id: str,
    *,
    client: AuthenticatedClient | Client,
    reason: None | str | Unset = UNSET,
) -> Response[BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject]:
    """Disables an affiliate by email or document.

    Args:
        original_id (str):
        reason (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject]
    """

    kwargs = _get_kwargs(
        original_id=original_id,
        reason=reason,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    original_id: str,
    *,
    client: AuthenticatedClient | Client,
    reason: None | str | Unset = UNSET,
) -> BaseExternalApiResponseOfBoolean | BaseExternalApiResponseOfObject | None:
    """Disables an affiliate by email or document.

    Args:
        original_id (str):
        reason (None | str | Unset):

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
            reason=reason,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_external_api_response_of_object import BaseExternalApiResponseOfObject
from ...models.customer_challenge_validate_request import CustomerChallengeValidateRequest
from ...models.customer_challenge_validate_response import CustomerChallengeValidateResponse
from ...types import Response, json_exact


def _get_kwargs(
    id: str,
    *,
    body: CustomerChallengeValidateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pvt/POS/customers/{id}/challengevalidate".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseExternalApiResponseOfObject | CustomerChallengeValidateResponse | None:
    if response.status_code == 200:
        response_200 = CustomerChallengeValidateResponse.from_dict(json_exact(response))

        return response_200

    if response.status_code == 400:
        response_400 = BaseExternalApiResponseOfObject.from_dict(json_exact(response))

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
) -> Response[BaseExternalApiResponseOfObject | CustomerChallengeValidateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerChallengeValidateRequest,
) -> Response[BaseExternalApiResponseOfObject | CustomerChallengeValidateResponse]:
    """After sending the challenge request the app must ask the user for the PIN Code.

     The PIN Code could be received by the customer in SMS or e-mail. A wrong code gives Success=false
    with FriendlyErrorMessage. The response is returned WITHOUT the standard envelope.

    Args:
        id (str):
        body (CustomerChallengeValidateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfObject | CustomerChallengeValidateResponse]
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerChallengeValidateRequest,
) -> BaseExternalApiResponseOfObject | CustomerChallengeValidateResponse | None:
    """After sending the challenge request the app must ask the user for the PIN Code.

     The PIN Code could be received by the customer in SMS or e-mail. A wrong code gives Success=false
    with FriendlyErrorMessage. The response is returned WITHOUT the standard envelope.

    Args:
        id (str):
        body (CustomerChallengeValidateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfObject | CustomerChallengeValidateResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerChallengeValidateRequest,
) -> Response[BaseExternalApiResponseOfObject | CustomerChallengeValidateResponse]:
    """After sending the challenge request the app must ask the user for the PIN Code.

     The PIN Code could be received by the customer in SMS or e-mail. A wrong code gives Success=false
    with FriendlyErrorMessage. The response is returned WITHOUT the standard envelope.

    Args:
        id (str):
        body (CustomerChallengeValidateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BaseExternalApiResponseOfObject | CustomerChallengeValidateResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerChallengeValidateRequest,
) -> BaseExternalApiResponseOfObject | CustomerChallengeValidateResponse | None:
    """After sending the challenge request the app must ask the user for the PIN Code.

     The PIN Code could be received by the customer in SMS or e-mail. A wrong code gives Success=false
    with FriendlyErrorMessage. The response is returned WITHOUT the standard envelope.

    Args:
        id (str):
        body (CustomerChallengeValidateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BaseExternalApiResponseOfObject | CustomerChallengeValidateResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_coupons_lock_reference_response_200 import DeleteCouponsLockReferenceResponse200
from ...models.error import Error
from ...types import Response, json_exact


def _get_kwargs(
    lock_reference: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v4.0/integrations/coupons/{lock_reference}".format(
            lock_reference=quote(str(lock_reference), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteCouponsLockReferenceResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = DeleteCouponsLockReferenceResponse200.from_dict(json_exact(response))

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
) -> Response[DeleteCouponsLockReferenceResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lock_reference: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteCouponsLockReferenceResponse200 | Error]:
    """This API releases the lock on coupons identified by the provided {lockReference} in Gameball. Once
    released, the coupons become available for use again, offering flexibility in managing coupon
    availability and redemption.

    Args:
        lock_reference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCouponsLockReferenceResponse200 | Error]
    """

    kwargs = _get_kwargs(
        lock_reference=lock_reference,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lock_reference: str,
    *,
    client: AuthenticatedClient,
) -> DeleteCouponsLockReferenceResponse200 | Error | None:
    """This API releases the lock on coupons identified by the provided {lockReference} in Gameball. Once
    released, the coupons become available for use again, offering flexibility in managing coupon
    availability and redemption.

    Args:
        lock_reference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCouponsLockReferenceResponse200 | Error
    """

    return sync_detailed(
        lock_reference=lock_reference,
        client=client,
    ).parsed


async def asyncio_detailed(
    lock_reference: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteCouponsLockReferenceResponse200 | Error]:
    """This API releases the lock on coupons identified by the provided {lockReference} in Gameball. Once
    released, the coupons become available for use again, offering flexibility in managing coupon
    availability and redemption.

    Args:
        lock_reference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCouponsLockReferenceResponse200 | Error]
    """

    kwargs = _get_kwargs(
        lock_reference=lock_reference,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lock_reference: str,
    *,
    client: AuthenticatedClient,
) -> DeleteCouponsLockReferenceResponse200 | Error | None:
    """This API releases the lock on coupons identified by the provided {lockReference} in Gameball. Once
    released, the coupons become available for use again, offering flexibility in managing coupon
    availability and redemption.

    Args:
        lock_reference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCouponsLockReferenceResponse200 | Error
    """

    return (
        await asyncio_detailed(
            lock_reference=lock_reference,
            client=client,
        )
    ).parsed

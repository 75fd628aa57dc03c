from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.post_coupons_code_validate_body import PostCouponsCodeValidateBody
from ...models.post_coupons_code_validate_response_200 import PostCouponsCodeValidateResponse200
from ...types import Response, json_exact


def _get_kwargs(
    code: str,
    *,
    body: PostCouponsCodeValidateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4.0/integrations/coupons/{code}/validate".format(
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PostCouponsCodeValidateResponse200 | None:
    if response.status_code == 200:
        response_200 = PostCouponsCodeValidateResponse200.from_dict(json_exact(response))

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
) -> Response[Error | PostCouponsCodeValidateResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: PostCouponsCodeValidateBody,
) -> Response[Error | PostCouponsCodeValidateResponse200]:
    """This API validates a single coupon identified by {code} and checks its eligibility for use by a
    customer. It also supports a locking feature, where setting the lock flag to True reserves the
    coupon by creating a lock reference. This ensures the coupon cannot be used by others during the
    lock session, preventing conflicts or double usage. By default, the lock flag is False, allowing
    only validation without reserving the coupon.

    Args:
        code (str):
        body (PostCouponsCodeValidateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostCouponsCodeValidateResponse200]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: PostCouponsCodeValidateBody,
) -> Error | PostCouponsCodeValidateResponse200 | None:
    """This API validates a single coupon identified by {code} and checks its eligibility for use by a
    customer. It also supports a locking feature, where setting the lock flag to True reserves the
    coupon by creating a lock reference. This ensures the coupon cannot be used by others during the
    lock session, preventing conflicts or double usage. By default, the lock flag is False, allowing
    only validation without reserving the coupon.

    Args:
        code (str):
        body (PostCouponsCodeValidateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostCouponsCodeValidateResponse200
    """

    return sync_detailed(
        code=code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: PostCouponsCodeValidateBody,
) -> Response[Error | PostCouponsCodeValidateResponse200]:
    """This API validates a single coupon identified by {code} and checks its eligibility for use by a
    customer. It also supports a locking feature, where setting the lock flag to True reserves the
    coupon by creating a lock reference. This ensures the coupon cannot be used by others during the
    lock session, preventing conflicts or double usage. By default, the lock flag is False, allowing
    only validation without reserving the coupon.

    Args:
        code (str):
        body (PostCouponsCodeValidateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostCouponsCodeValidateResponse200]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: PostCouponsCodeValidateBody,
) -> Error | PostCouponsCodeValidateResponse200 | None:
    """This API validates a single coupon identified by {code} and checks its eligibility for use by a
    customer. It also supports a locking feature, where setting the lock flag to True reserves the
    coupon by creating a lock reference. This ensures the coupon cannot be used by others during the
    lock session, preventing conflicts or double usage. By default, the lock flag is False, allowing
    only validation without reserving the coupon.

    Args:
        code (str):
        body (PostCouponsCodeValidateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostCouponsCodeValidateResponse200
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            body=body,
        )
    ).parsed

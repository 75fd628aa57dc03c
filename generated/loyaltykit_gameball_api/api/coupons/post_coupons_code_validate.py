from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.post_coupons_code_validate_body import PostCouponsCodeValidateBody
from ...models.post_coupons_code_validate_response_200 import PostCouponsCodeValidateResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_coupons_code_validate"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    code: str,
    *,
    body: PostCouponsCodeValidateBody,
) -> OperationRequest[PostCouponsCodeValidateResponse200]:
    """This API validates a single coupon identified by {code} and checks its eligibility for use by a
    customer. It also supports a locking feature, where setting the lock flag to True reserves the
    coupon by creating a lock reference. This ensures the coupon cannot be used by others during the
    lock session, preventing conflicts or double usage. By default, the lock flag is False, allowing
    only validation without reserving the coupon.

    Args:
        code (str):
        body (PostCouponsCodeValidateBody):

    Returns:
        OperationRequest[PostCouponsCodeValidateResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/coupons/{code}/validate".format(
            code=quote(str(code), safe=""),
        ),
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostCouponsCodeValidateResponse200:
    if response.status_code == 200:
        response_200 = PostCouponsCodeValidateResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

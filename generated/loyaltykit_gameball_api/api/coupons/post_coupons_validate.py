from typing import Any, Final

import httpx

from ...models.post_coupons_validate_body import PostCouponsValidateBody
from ...models.post_coupons_validate_response_200 import PostCouponsValidateResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_coupons_validate"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostCouponsValidateBody,
) -> OperationRequest[PostCouponsValidateResponse200]:
    """This API validates a list of coupons and checks their eligibility for use by a customer. It also
    supports a locking feature, where setting the lock flag to True reserves eligible coupons by
    creating hold references. This ensures that locked coupons cannot be used by others during the lock
    session, preventing conflicts or double usage. By default, the lock flag is False, allowing only
    validation without reserving the coupons.

    Args:
        body (PostCouponsValidateBody):

    Returns:
        OperationRequest[PostCouponsValidateResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/coupons/validate",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostCouponsValidateResponse200:
    if response.status_code == 200:
        response_200 = PostCouponsValidateResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

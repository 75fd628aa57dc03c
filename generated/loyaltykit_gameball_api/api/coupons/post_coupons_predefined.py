from typing import Any, Final

import httpx

from ...models.post_coupons_predefined_body import PostCouponsPredefinedBody
from ...models.post_coupons_predefined_response_200 import PostCouponsPredefinedResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_coupons_predefined"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostCouponsPredefinedBody,
) -> OperationRequest[PostCouponsPredefinedResponse200]:
    """Create a coupon based on predefined redemption rules.

    Args:
        body (PostCouponsPredefinedBody):

    Returns:
        OperationRequest[PostCouponsPredefinedResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/coupons/predefined",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostCouponsPredefinedResponse200:
    if response.status_code == 200:
        response_200 = PostCouponsPredefinedResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final

import httpx

from ...models.post_coupons_burn_body import PostCouponsBurnBody
from ...models.post_coupons_burn_response_200 import PostCouponsBurnResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_coupons_burn"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostCouponsBurnBody,
) -> OperationRequest[PostCouponsBurnResponse200]:
    """This API processes the use of one or more coupons associated with a customer in Gameball. By
    providing customer details and a list of coupons, this endpoint marks the coupons as redeemed,
    completing the transaction. Optionally, a lockReference can be included to burn previously locked
    coupons.

    Args:
        body (PostCouponsBurnBody):

    Returns:
        OperationRequest[PostCouponsBurnResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/coupons/burn",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostCouponsBurnResponse200:
    if response.status_code == 200:
        response_200 = PostCouponsBurnResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final

import httpx

from ...models.post_coupons_automatic_body import PostCouponsAutomaticBody
from ...models.post_coupons_automatic_response_200 import PostCouponsAutomaticResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_coupons_automatic"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostCouponsAutomaticBody,
) -> OperationRequest[PostCouponsAutomaticResponse200]:
    """Apply predefined automatic coupons based on specific promotional criteria.

    Args:
        body (PostCouponsAutomaticBody):

    Returns:
        OperationRequest[PostCouponsAutomaticResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/coupons/automatic",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostCouponsAutomaticResponse200:
    if response.status_code == 200:
        response_200 = PostCouponsAutomaticResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

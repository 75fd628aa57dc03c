from typing import Any, Final

import httpx

from ...models.post_batch_customers_body import PostBatchCustomersBody
from ...models.post_batch_customers_response_200 import PostBatchCustomersResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_batch_customers"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostBatchCustomersBody,
) -> OperationRequest[PostBatchCustomersResponse200]:
    """Create or update multiple customer profiles in a single API call for bulk user imports and mass
    profile updates.

    Args:
        body (PostBatchCustomersBody):

    Returns:
        OperationRequest[PostBatchCustomersResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/batch/customers",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostBatchCustomersResponse200:
    if response.status_code == 200:
        response_200 = PostBatchCustomersResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final

import httpx

from ...models.post_batch_events_body import PostBatchEventsBody
from ...models.post_batch_events_response_200 import PostBatchEventsResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_batch_events"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostBatchEventsBody,
) -> OperationRequest[PostBatchEventsResponse200]:
    """Track multiple user actions or multiple actions for a single user in a single API call for efficient
    event tracking and analytics.

    Args:
        body (PostBatchEventsBody):

    Returns:
        OperationRequest[PostBatchEventsResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/batch/events",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostBatchEventsResponse200:
    if response.status_code == 200:
        response_200 = PostBatchEventsResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

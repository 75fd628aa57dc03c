from typing import Any, Final

import httpx

from ...models.event_request import EventRequest
from ...models.success import Success
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "sendEvents"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: EventRequest,
) -> OperationRequest[Success]:
    """Send Events

     Send events to capture customer actions, enabling targeted rewards and engagement.

    Args:
        body (EventRequest):

    Returns:
        OperationRequest[Success]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/events",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> Success:
    if response.status_code == 200:
        response_200 = Success.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.mark_notifications_read_request import MarkNotificationsReadRequest
from ...models.success import Success
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "markNotificationsRead"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    *,
    body: MarkNotificationsReadRequest,
) -> OperationRequest[Success]:
    """Mark Customer Notifications as Read

     Mark specific notifications as read for a customer in Gameball by providing notification IDs.

    Args:
        customer_id (str):
        body (MarkNotificationsReadRequest):

    Returns:
        OperationRequest[Success]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="PUT",
        url="/api/v4.0/integrations/customers/{customer_id}/notifications/read".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
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

from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.customer_notifications import CustomerNotifications
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "listCustomerNotifications"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    *,
    start_after: int | Unset = 0,
    limit: int | Unset = 50,
    is_read: bool | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> OperationRequest[CustomerNotifications]:
    """Get Customer Notifications

     Retrieve a paged list of notifications for a specific customer in Gameball, including details such
    as title, message content, read status, and timestamp.

    Args:
        customer_id (str):
        start_after (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        is_read (bool | Unset):
        lang (str | Unset):

    Returns:
        OperationRequest[CustomerNotifications]
    """

    params: dict[str, Any] = {}

    params["startAfter"] = start_after

    params["limit"] = limit

    params["isRead"] = is_read

    params["lang"] = lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/notifications".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerNotifications:
    if response.status_code == 200:
        response_200 = CustomerNotifications.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

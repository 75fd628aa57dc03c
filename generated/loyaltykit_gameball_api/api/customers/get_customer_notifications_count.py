from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.customer_notifications_count_response import CustomerNotificationsCountResponse
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "getCustomerNotificationsCount"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    *,
    is_read: bool | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> OperationRequest[CustomerNotificationsCountResponse]:
    """Get Customer Notifications Count

     Retrieve the total count of notifications for a specific customer in Gameball, providing the number
    of notifications matching the specified criteria.

    Args:
        customer_id (str):
        is_read (bool | Unset):
        lang (str | Unset):

    Returns:
        OperationRequest[CustomerNotificationsCountResponse]
    """

    params: dict[str, Any] = {}

    params["isRead"] = is_read

    params["lang"] = lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/notifications/count".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerNotificationsCountResponse:
    if response.status_code == 200:
        response_200 = CustomerNotificationsCountResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

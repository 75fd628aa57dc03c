from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.customer_balance_response import CustomerBalanceResponse
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "getCustomerBalance"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    *,
    expand: str | Unset = UNSET,
) -> OperationRequest[CustomerBalanceResponse]:
    """Get Customer Balance

     This API retrieves a customer's current points balance within Gameball, including redeemable points
    and their monetary equivalent. It provides detailed balance information, such as total, available,
    and pending points, along with upcoming expirations.

    **Security:** Requires both `apikey` and `secretkey` headers.

    Args:
        customer_id (str):
        expand (str | Unset):

    Returns:
        OperationRequest[CustomerBalanceResponse]
    """

    params: dict[str, Any] = {}

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/balance".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerBalanceResponse:
    if response.status_code == 200:
        response_200 = CustomerBalanceResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Final
from urllib.parse import quote

import httpx

from ...models.customer_coupons_response import CustomerCouponsResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "getCustomerCoupons"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
) -> OperationRequest[CustomerCouponsResponse]:
    """Get Customer Coupons

     Retrieve customer's available coupons with detailed information on each coupon's type, status, and
    usage.

    Args:
        customer_id (str):

    Returns:
        OperationRequest[CustomerCouponsResponse]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/coupons".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerCouponsResponse:
    if response.status_code == 200:
        response_200 = CustomerCouponsResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

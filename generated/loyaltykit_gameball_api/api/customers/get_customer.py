from typing import Final
from urllib.parse import quote

import httpx

from ...models.customer_response import CustomerResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "getCustomer"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
) -> OperationRequest[CustomerResponse]:
    """Get Customer

     Retrieve essential customer information from Gameball using a unique customerId. Returns general
    customer info (no personal data) with the public key.

    Args:
        customer_id (str):

    Returns:
        OperationRequest[CustomerResponse]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerResponse:
    if response.status_code == 200:
        response_200 = CustomerResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

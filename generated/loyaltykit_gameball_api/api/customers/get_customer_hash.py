from typing import Final
from urllib.parse import quote

import httpx

from ...models.customer_hash_response import CustomerHashResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "getCustomerHash"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
) -> OperationRequest[CustomerHashResponse]:
    """Get Customer Hash

     Generate a hash for an existing customer based on their unique customerId.

    Args:
        customer_id (str):

    Returns:
        OperationRequest[CustomerHashResponse]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/hash".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerHashResponse:
    if response.status_code == 200:
        response_200 = CustomerHashResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Final
from urllib.parse import quote

import httpx

from ...models.customer_details_response import CustomerDetailsResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "getCustomerDetails"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
) -> OperationRequest[CustomerDetailsResponse]:
    """Get Customer Details

     Retrieve comprehensive customer information including personally identifiable information (PII).

    Args:
        customer_id (str):

    Returns:
        OperationRequest[CustomerDetailsResponse]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/details".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerDetailsResponse:
    if response.status_code == 200:
        response_200 = CustomerDetailsResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

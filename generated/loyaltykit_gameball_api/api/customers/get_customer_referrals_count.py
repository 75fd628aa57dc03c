from typing import Final
from urllib.parse import quote

import httpx

from ...models.customer_referrals_count_response import CustomerReferralsCountResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "getCustomerReferralsCount"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
) -> OperationRequest[CustomerReferralsCountResponse]:
    """Get Customer Referrals Count

     This API retrieves the total count of customers referred by a specified customer in Gameball,
    providing the number of completed and pending referrals.

    Args:
        customer_id (str):

    Returns:
        OperationRequest[CustomerReferralsCountResponse]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/referrals/count".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerReferralsCountResponse:
    if response.status_code == 200:
        response_200 = CustomerReferralsCountResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

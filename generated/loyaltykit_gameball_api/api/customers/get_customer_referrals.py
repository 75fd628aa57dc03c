from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.customer_referrals_response import CustomerReferralsResponse
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "getCustomerReferrals"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    *,
    start_after: int | Unset = 0,
    limit: int | Unset = 50,
) -> OperationRequest[CustomerReferralsResponse]:
    """Get Customer Referrals

     This API retrieves a list of customers referred by a specified customer in Gameball, including each
    referral's join date and current status within the referral program.

    Args:
        customer_id (str):
        start_after (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Returns:
        OperationRequest[CustomerReferralsResponse]
    """

    params: dict[str, Any] = {}

    params["startAfter"] = start_after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/referrals".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerReferralsResponse:
    if response.status_code == 200:
        response_200 = CustomerReferralsResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

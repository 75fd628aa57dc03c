from typing import Final
from urllib.parse import quote

import httpx

from ...types import OperationRequest, UndocumentedStatus

OPERATION_ID: Final = "deleteCustomer"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
) -> OperationRequest[None]:
    """Delete Customer

     Remove a customer profile and associated data from the system.

    Args:
        customer_id (str):

    Returns:
        OperationRequest[None]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="DELETE",
        url="/api/v4.0/integrations/customers/{customer_id}".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 200:
        return

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Final
from urllib.parse import quote

import httpx

from ...models.success import Success
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "removeCustomerTag"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    tag: str,
) -> OperationRequest[Success]:
    """Remove a tag from a customer.

    Args:
        customer_id (str):
        tag (str):

    Returns:
        OperationRequest[Success]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="DELETE",
        url="/api/v4.0/integrations/customers/{customer_id}/tags/{tag}".format(
            customer_id=quote(str(customer_id), safe=""),
            tag=quote(str(tag), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> Success:
    if response.status_code == 200:
        response_200 = Success.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.customer_tags_update_request import CustomerTagsUpdateRequest
from ...models.success import Success
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "attachCustomerTags"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    *,
    body: CustomerTagsUpdateRequest,
) -> OperationRequest[Success]:
    """Attach Customer Tags

     This API allows you to add tags to a customer profile in Gameball, identified by `customerId`.
    Attaching tags enables categorization of customer profiles, supporting organized management and
    targeted engagement based on specific attributes.

    Args:
        customer_id (str):
        body (CustomerTagsUpdateRequest):

    Returns:
        OperationRequest[Success]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/customers/{customer_id}/tags".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> Success:
    if response.status_code == 200:
        response_200 = Success.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final

import httpx

from ...models.upsert_customer_request import UpsertCustomerRequest
from ...models.upsert_customer_response import UpsertCustomerResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "createCustomer"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: UpsertCustomerRequest,
) -> OperationRequest[UpsertCustomerResponse]:
    """Create Customer

     Create or update a customer profile in Gameball using a unique customerId. Serving as a consistent
    identity, this customerId allows you to track a customer's entire journey.

    Args:
        body (UpsertCustomerRequest):

    Returns:
        OperationRequest[UpsertCustomerResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/customers",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> UpsertCustomerResponse:
    if response.status_code == 200:
        response_200 = UpsertCustomerResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

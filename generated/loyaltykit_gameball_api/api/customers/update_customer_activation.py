from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.update_customer_activation_body import UpdateCustomerActivationBody
from ...models.update_customer_activation_response_200 import UpdateCustomerActivationResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "updateCustomerActivation"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    *,
    body: UpdateCustomerActivationBody,
) -> OperationRequest[UpdateCustomerActivationResponse200]:
    """Update Customer Activation

     Set a customer's loyalty program participation state (active/inactive). This mirrors the
    include/exclude toggle in the Gameball dashboard.

    The endpoint is idempotent: opting out an already opted-out customer (or opting in an already opted-
    in customer) produces no side effects. `stateChanged` indicates whether the state actually changed.

    When a customer is opted out (`isActive: false`): no points are earned from events or purchases, no
    rewards or coupons are generated, and the customer is excluded from all campaign eligibility. Prior
    activity is not undone.

    **Security:** Requires `apiKey` header. `secretKey` is required on v4.1; on v4.0 required when High
    Security Mode is enabled.

    **Requires an existing customer.** Unknown customers return `404 Not Found`.

    Args:
        customer_id (str):
        body (UpdateCustomerActivationBody):

    Returns:
        OperationRequest[UpdateCustomerActivationResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="PUT",
        url="/api/v4.0/integrations/customers/{customer_id}/activate".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> UpdateCustomerActivationResponse200:
    if response.status_code == 200:
        response_200 = UpdateCustomerActivationResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.base_external_api_response_of_boolean import BaseExternalApiResponseOfBoolean
from ...models.change_customer_status_request import ChangeCustomerStatusRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Customer_ChangeStatus"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    original_id: str,
    *,
    body: ChangeCustomerStatusRequest,
) -> OperationRequest[BaseExternalApiResponseOfBoolean]:
    """Change the Status of the customer in BonifiQ

     An active customer (`IsEnabled=true`) can receive points and participate in the program. An inactive
    customer (`IsEnabled=false`) will not receive points nor be able to redeem rewards. `Reason` is
    required (internal-use only).

    Args:
        original_id (str):
        body (ChangeCustomerStatusRequest):

    Returns:
        OperationRequest[BaseExternalApiResponseOfBoolean]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Customer/{original_id}/changestatus".format(
            original_id=quote(str(original_id), safe=""),
        ),
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BaseExternalApiResponseOfBoolean:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfBoolean.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

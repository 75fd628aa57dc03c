from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.base_external_api_response_of_boolean import BaseExternalApiResponseOfBoolean
from ...models.change_customer_tier_request import ChangeCustomerTierRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Customer_ChangeTier"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    original_id: str,
    *,
    body: ChangeCustomerTierRequest,
) -> OperationRequest[BaseExternalApiResponseOfBoolean]:
    """Change the tier of a customer in BonifiQ

     Manually changes the tier of a customer (no automatic calculation). If the tier does not exist the
    API returns the `Tier_NotFound` error; if the customer does not exist, `Customer_NotFound`.
    `GracePeriodInDays` and `GracePeriodComments` are optional.

    Args:
        original_id (str):
        body (ChangeCustomerTierRequest): Tier change data containing the target TierId
            (required), an optional GracePeriodInDays, and an optional GracePeriodComments

    Returns:
        OperationRequest[BaseExternalApiResponseOfBoolean]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Customer/{original_id}/changetier".format(
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

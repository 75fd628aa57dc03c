from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.customer_tier_progress_response import CustomerTierProgressResponse
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "getCustomerTierProgress"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    customer_id: str,
    *,
    expand: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> OperationRequest[CustomerTierProgressResponse]:
    """Get Customer Tier Progress

     This API provides an overview of a customer's current tier and progression within Gameball's loyalty
    program. By retrieving the customer's current tier, progress level, and next tier details, this
    endpoint offers a clear view of their advancement within the tier structure.

    Args:
        customer_id (str):
        expand (str | Unset):
        lang (str | Unset):

    Returns:
        OperationRequest[CustomerTierProgressResponse]
    """

    headers: dict[str, str] = {}
    if not isinstance(lang, Unset):
        headers["lang"] = lang

    params: dict[str, Any] = {}

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/customers/{customer_id}/tier-progress".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        params=params,
        headers=headers,
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomerTierProgressResponse:
    if response.status_code == 200:
        response_200 = CustomerTierProgressResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

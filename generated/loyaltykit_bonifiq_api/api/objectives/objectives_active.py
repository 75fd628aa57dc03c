from typing import Any, Final

import httpx

from ...models.base_external_api_list_response_of_objective_response import (
    BaseExternalApiListResponseOfObjectiveResponse,
)
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "Objectives_Active"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    customer_id: None | str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> OperationRequest[BaseExternalApiListResponseOfObjectiveResponse]:
    """Return all the active objectives for the client

    Args:
        customer_id (None | str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):

    Returns:
        OperationRequest[BaseExternalApiListResponseOfObjectiveResponse]
    """

    params: dict[str, Any] = {}

    json_customer_id: None | str | Unset
    if isinstance(customer_id, Unset):
        json_customer_id = UNSET
    else:
        json_customer_id = customer_id
    params["CustomerId"] = json_customer_id

    params["PageNumber"] = page_number

    params["PageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/v1/pvt/Objectives/active",
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> BaseExternalApiListResponseOfObjectiveResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiListResponseOfObjectiveResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

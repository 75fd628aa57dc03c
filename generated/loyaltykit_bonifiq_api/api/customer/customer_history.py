from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.base_external_api_list_response_of_customer_history_item import (
    BaseExternalApiListResponseOfCustomerHistoryItem,
)
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "Customer_History"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: str,
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> OperationRequest[BaseExternalApiListResponseOfCustomerHistoryItem]:
    """Returns a timeline history of points usage from the customer

     This endpoint includes tier changes. If 'IsTierHistory' is true, disregard the use of 'PointType'
    and use 'TierUpdate' instead.

    Args:
        id (str):
        page_number (int | Unset):
        page_size (int | Unset):

    Returns:
        OperationRequest[BaseExternalApiListResponseOfCustomerHistoryItem]
    """

    params: dict[str, Any] = {}

    params["PageNumber"] = page_number

    params["PageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Customer/{id}/history".format(
            id=quote(str(id), safe=""),
        ),
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> BaseExternalApiListResponseOfCustomerHistoryItem:
    if response.status_code == 200:
        response_200 = BaseExternalApiListResponseOfCustomerHistoryItem.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

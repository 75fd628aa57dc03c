from typing import Any, Final

import httpx

from ...models.base_external_api_list_response_of_received_points_report_response import (
    BaseExternalApiListResponseOfReceivedPointsReportResponse,
)
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "Reports_ListReceivedPoints"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> OperationRequest[BaseExternalApiListResponseOfReceivedPointsReportResponse]:
    """Returns a list of received points events

    Args:
        page_number (int | Unset):
        page_size (int | Unset):

    Returns:
        OperationRequest[BaseExternalApiListResponseOfReceivedPointsReportResponse]
    """

    params: dict[str, Any] = {}

    params["PageNumber"] = page_number

    params["PageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/v1/pvt/Reports/ListReceivedPoints",
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> BaseExternalApiListResponseOfReceivedPointsReportResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiListResponseOfReceivedPointsReportResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

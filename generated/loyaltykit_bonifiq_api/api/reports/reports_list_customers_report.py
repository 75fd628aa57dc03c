import datetime
from typing import Any, Final

import httpx

from ...models.base_external_api_list_response_of_customer_report_response import (
    BaseExternalApiListResponseOfCustomerReportResponse,
)
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "Reports_ListCustomersReport"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    document: None | str | Unset = UNSET,
    email: None | str | Unset = UNSET,
    original_id: None | str | Unset = UNSET,
    is_enrolled: bool | Unset = True,
    point_date_from: datetime.datetime | None | Unset = UNSET,
    point_date_to: datetime.datetime | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> OperationRequest[BaseExternalApiListResponseOfCustomerReportResponse]:
    """Returns a list of customers with their points balance, points to expire and point history.

     By default, only active (enrolled) customers are returned; use isEnrolled=false for inactive ones.
    pointDateFrom/pointDateTo return only customers with points in that range. pageSize is limited to
    500 items per request.

    Args:
        from_ (datetime.datetime | None | Unset):
        to (datetime.datetime | None | Unset):
        document (None | str | Unset):
        email (None | str | Unset):
        original_id (None | str | Unset):
        is_enrolled (bool | Unset):  Default: True.
        point_date_from (datetime.datetime | None | Unset):
        point_date_to (datetime.datetime | None | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Returns:
        OperationRequest[BaseExternalApiListResponseOfCustomerReportResponse]
    """

    params: dict[str, Any] = {}

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.datetime):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.datetime):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    json_document: None | str | Unset
    if isinstance(document, Unset):
        json_document = UNSET
    else:
        json_document = document
    params["document"] = json_document

    json_email: None | str | Unset
    if isinstance(email, Unset):
        json_email = UNSET
    else:
        json_email = email
    params["email"] = json_email

    json_original_id: None | str | Unset
    if isinstance(original_id, Unset):
        json_original_id = UNSET
    else:
        json_original_id = original_id
    params["originalId"] = json_original_id

    params["isEnrolled"] = is_enrolled

    json_point_date_from: None | str | Unset
    if isinstance(point_date_from, Unset):
        json_point_date_from = UNSET
    elif isinstance(point_date_from, datetime.datetime):
        json_point_date_from = point_date_from.isoformat()
    else:
        json_point_date_from = point_date_from
    params["pointDateFrom"] = json_point_date_from

    json_point_date_to: None | str | Unset
    if isinstance(point_date_to, Unset):
        json_point_date_to = UNSET
    elif isinstance(point_date_to, datetime.datetime):
        json_point_date_to = point_date_to.isoformat()
    else:
        json_point_date_to = point_date_to
    params["pointDateTo"] = json_point_date_to

    params["page"] = page

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/v1/pvt/Reports/ListCustomersReport",
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> BaseExternalApiListResponseOfCustomerReportResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiListResponseOfCustomerReportResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

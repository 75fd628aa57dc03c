from typing import Any, Final

import httpx

from ...models.base_external_api_response_of_customer_upsert_response import (
    BaseExternalApiResponseOfCustomerUpsertResponse,
)
from ...models.create_customer_request import CreateCustomerRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Customer_Upsert"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: CreateCustomerRequest,
) -> OperationRequest[BaseExternalApiResponseOfCustomerUpsertResponse]:
    """Creates or updates a customer using the OriginalId provided in the request body.

    Args:
        body (CreateCustomerRequest): Creater Customer body Request

    Returns:
        OperationRequest[BaseExternalApiResponseOfCustomerUpsertResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Customer/upsert",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BaseExternalApiResponseOfCustomerUpsertResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfCustomerUpsertResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

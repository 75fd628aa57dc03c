from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.base_external_api_response_of_customer_response import BaseExternalApiResponseOfCustomerResponse
from ...models.create_customer_request import CreateCustomerRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Customer_Update"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: str,
    *,
    body: CreateCustomerRequest,
) -> OperationRequest[BaseExternalApiResponseOfCustomerResponse]:
    """Update a customer based on the Id from the client store

    Args:
        id (str):
        body (CreateCustomerRequest): Creater Customer body Request

    Returns:
        OperationRequest[BaseExternalApiResponseOfCustomerResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="PUT",
        url="/v1/pvt/Customer/{id}".format(
            id=quote(str(id), safe=""),
        ),
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BaseExternalApiResponseOfCustomerResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfCustomerResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

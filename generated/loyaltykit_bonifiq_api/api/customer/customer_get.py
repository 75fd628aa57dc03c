from typing import Final
from urllib.parse import quote

import httpx

from ...models.base_external_api_response_of_customer_response import BaseExternalApiResponseOfCustomerResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Customer_Get"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: str,
) -> OperationRequest[BaseExternalApiResponseOfCustomerResponse]:
    """Get a customer information from its id

    Args:
        id (str):

    Returns:
        OperationRequest[BaseExternalApiResponseOfCustomerResponse]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/v1/pvt/Customer/{id}".format(
            id=quote(str(id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> BaseExternalApiResponseOfCustomerResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfCustomerResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

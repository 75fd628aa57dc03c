from typing import Any, Final

import httpx

from ...models.tiers_available_request import TiersAvailableRequest
from ...models.tiers_available_response import TiersAvailableResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Tiers_Available"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: TiersAvailableRequest,
) -> OperationRequest[TiersAvailableResponse]:
    """Returns the current, next and all tiers for a customer

     Returned WITHOUT the standard envelope.

    Args:
        body (TiersAvailableRequest):

    Returns:
        OperationRequest[TiersAvailableResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Tiers/available",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> TiersAvailableResponse:
    if response.status_code == 200:
        response_200 = TiersAvailableResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

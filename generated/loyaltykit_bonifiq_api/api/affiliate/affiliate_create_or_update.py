from typing import Any, Final

import httpx

from ...models.base_external_api_response_of_boolean import BaseExternalApiResponseOfBoolean
from ...models.create_affiliate_request import CreateAffiliateRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Affiliate_CreateOrUpdate"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: CreateAffiliateRequest,
) -> OperationRequest[BaseExternalApiResponseOfBoolean]:
    """To create and update an affiliate, it's possible to create a customer for the same.

     Turns a customer into affiliate, changes the coupon and, if necessary, creates a customer.

    Args:
        body (CreateAffiliateRequest):

    Returns:
        OperationRequest[BaseExternalApiResponseOfBoolean]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Affiliate",
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

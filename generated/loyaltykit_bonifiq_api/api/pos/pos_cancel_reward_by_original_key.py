from typing import Any, Final

import httpx

from ...models.base_external_api_response_of_reward_response import BaseExternalApiResponseOfRewardResponse
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "POS_CancelRewardByOriginalKey"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    original_key: str | Unset = UNSET,
) -> OperationRequest[BaseExternalApiResponseOfRewardResponse]:
    """Cancel an existing reward using the OriginalKey

     This endpoint requires to inform the `OriginalKey` to be cancelled. This the same field sent when
    calling the /rewards/{id}/redeem endpoint. Once cancelled a Reward cannot be "uncancelled". This
    endpoint returns the cancelled reward information.

    Args:
        original_key (str | Unset):

    Returns:
        OperationRequest[BaseExternalApiResponseOfRewardResponse]
    """

    params: dict[str, Any] = {}

    params["originalKey"] = original_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="DELETE",
        url="/v1/pvt/POS/rewards",
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BaseExternalApiResponseOfRewardResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfRewardResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

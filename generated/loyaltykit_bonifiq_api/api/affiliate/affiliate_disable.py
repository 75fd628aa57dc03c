from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.base_external_api_response_of_boolean import BaseExternalApiResponseOfBoolean
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "Affiliate_Disable"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    original_id: str,
    *,
    reason: None | str | Unset = UNSET,
) -> OperationRequest[BaseExternalApiResponseOfBoolean]:
    """Disables an affiliate by email or document.

    Args:
        original_id (str):
        reason (None | str | Unset):

    Returns:
        OperationRequest[BaseExternalApiResponseOfBoolean]
    """

    params: dict[str, Any] = {}

    json_reason: None | str | Unset
    if isinstance(reason, Unset):
        json_reason = UNSET
    else:
        json_reason = reason
    params["reason"] = json_reason

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="DELETE",
        url="/v1/pvt/Affiliate/disable/{original_id}".format(
            original_id=quote(str(original_id), safe=""),
        ),
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BaseExternalApiResponseOfBoolean:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfBoolean.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

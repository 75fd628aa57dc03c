from typing import Any, Final

import httpx

from ...models.plant import Plant
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "get_plants"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    limit: int | Unset = UNSET,
) -> OperationRequest[list[Plant]]:
    """Returns all plants from the system that the user has access to

    Args:
        limit (int | Unset):

    Returns:
        OperationRequest[list[Plant]]
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/plants",
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> list[Plant]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_exact(response)
        for response_200_item_data in _response_200:
            response_200_item = Plant.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

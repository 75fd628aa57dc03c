from typing import Any, Final

import httpx

from ...models.new_plant import NewPlant
from ...models.plant import Plant
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_plants"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: NewPlant,
) -> OperationRequest[Plant]:
    """Creates a new plant in the store

    Args:
        body (NewPlant):

    Returns:
        OperationRequest[Plant]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/plants",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> Plant:
    if response.status_code == 200:
        response_200 = Plant.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

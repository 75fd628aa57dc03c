from typing import Final

import httpx

from ...types import OperationRequest, UndocumentedStatus

OPERATION_ID: Final = "delete_plants_id"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: int,
) -> OperationRequest[None]:
    """Deletes a single plant based on the ID supplied

    Args:
        id (int):

    Returns:
        OperationRequest[None]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="DELETE",
        url=f"/plants/{int(id)}",
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 200:
        return

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

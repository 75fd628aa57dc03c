from typing import Final
from urllib.parse import quote

import httpx

from ...models.get_transactions_hold_hold_reference_id_response_200 import GetTransactionsHoldHoldReferenceIdResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "get_transactions_hold_holdReferenceId"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    hold_reference_id: str,
) -> OperationRequest[GetTransactionsHoldHoldReferenceIdResponse200]:
    """This API retrieves the details of a specific hold in Gameball using holdReferenceId. It returns
    information on the amount of loyalty points held, their monetary value, the hold's status (active,
    used, or expired), and the time remaining until expiration, supporting effective management and
    tracking of held points.

    Args:
        hold_reference_id (str):

    Returns:
        OperationRequest[GetTransactionsHoldHoldReferenceIdResponse200]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/transactions/hold/{hold_reference_id}".format(
            hold_reference_id=quote(str(hold_reference_id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> GetTransactionsHoldHoldReferenceIdResponse200:
    if response.status_code == 200:
        response_200 = GetTransactionsHoldHoldReferenceIdResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

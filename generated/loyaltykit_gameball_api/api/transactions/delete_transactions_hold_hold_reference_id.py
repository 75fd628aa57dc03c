from typing import Final
from urllib.parse import quote

import httpx

from ...models.delete_transactions_hold_hold_reference_id_response_200 import (
    DeleteTransactionsHoldHoldReferenceIdResponse200,
)
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "delete_transactions_hold_holdReferenceId"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    hold_reference_id: str,
) -> OperationRequest[DeleteTransactionsHoldHoldReferenceIdResponse200]:
    """This API cancels a specific hold on loyalty points in Gameball using the provided holdReferenceId.
    It releases the held points back into the customer's account, enabling flexibility in point
    management.

    Args:
        hold_reference_id (str):

    Returns:
        OperationRequest[DeleteTransactionsHoldHoldReferenceIdResponse200]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="DELETE",
        url="/api/v4.0/integrations/transactions/hold/{hold_reference_id}".format(
            hold_reference_id=quote(str(hold_reference_id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> DeleteTransactionsHoldHoldReferenceIdResponse200:
    if response.status_code == 200:
        response_200 = DeleteTransactionsHoldHoldReferenceIdResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Final
from urllib.parse import quote

import httpx

from ...models.get_batches_batch_id_status_response_200 import GetBatchesBatchIdStatusResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "get_batches_batchId_status"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    batch_id: str,
) -> OperationRequest[GetBatchesBatchIdStatusResponse200]:
    """Monitor batch job status and results for ongoing batch operations.

    Args:
        batch_id (str):

    Returns:
        OperationRequest[GetBatchesBatchIdStatusResponse200]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/batches/{batch_id}/status".format(
            batch_id=quote(str(batch_id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> GetBatchesBatchIdStatusResponse200:
    if response.status_code == 200:
        response_200 = GetBatchesBatchIdStatusResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Final
from urllib.parse import quote

import httpx

from ...models.post_batches_batch_id_stop_response_200 import PostBatchesBatchIdStopResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "post_batches_batchId_stop"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    batch_id: str,
) -> OperationRequest[PostBatchesBatchIdStopResponse200]:
    """Stop ongoing batch operations when needed.

    Args:
        batch_id (str):

    Returns:
        OperationRequest[PostBatchesBatchIdStopResponse200]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/batches/{batch_id}/stop".format(
            batch_id=quote(str(batch_id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PostBatchesBatchIdStopResponse200:
    if response.status_code == 200:
        response_200 = PostBatchesBatchIdStopResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Final
from urllib.parse import quote

import httpx

from ...models.delete_coupons_lock_reference_response_200 import DeleteCouponsLockReferenceResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "delete_coupons_lockReference"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    lock_reference: str,
) -> OperationRequest[DeleteCouponsLockReferenceResponse200]:
    """This API releases the lock on coupons identified by the provided {lockReference} in Gameball. Once
    released, the coupons become available for use again, offering flexibility in managing coupon
    availability and redemption.

    Args:
        lock_reference (str):

    Returns:
        OperationRequest[DeleteCouponsLockReferenceResponse200]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="DELETE",
        url="/api/v4.0/integrations/coupons/{lock_reference}".format(
            lock_reference=quote(str(lock_reference), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> DeleteCouponsLockReferenceResponse200:
    if response.status_code == 200:
        response_200 = DeleteCouponsLockReferenceResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final

import httpx

from ...models.post_transactions_otp_body import PostTransactionsOtpBody
from ...types import OperationRequest, UndocumentedStatus

OPERATION_ID: Final = "post_transactions_otp"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PostTransactionsOtpBody,
) -> OperationRequest[None]:
    """The API call generates a new one-time password (OTP) for redeeming or holding loyalty points and
    sends it via SMS. This service ensuring that only authorized transactions can be completed with the
    provided OTP. This API is effective only if SMS & OTP are enabled in your Gameball account.

    Args:
        body (PostTransactionsOtpBody):

    Returns:
        OperationRequest[None]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/transactions/otp",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 200:
        return

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

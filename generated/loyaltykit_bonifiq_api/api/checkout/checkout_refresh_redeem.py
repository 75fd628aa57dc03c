from typing import Any, Final

import httpx

from ...models.base_external_api_response_of_checkout_refresh_cashback_response import (
    BaseExternalApiResponseOfCheckoutRefreshCashbackResponse,
)
from ...models.checkout_customer_request import CheckoutCustomerRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Checkout_RefreshRedeem"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: CheckoutCustomerRequest,
) -> OperationRequest[BaseExternalApiResponseOfCheckoutRefreshCashbackResponse]:
    """Revalidates a previously redeemed checkout cashback against the current cart state.

     Call after the shopper changes the cart contents, total or other checkout data and before finishing
    the order. BonifiQ decides whether the cashback can remain applied or must be removed. Returns
    BaseExternalApiResponse<CheckoutRefreshCashbackResponse>.

    Business codes (Code / CodeName / Severity): 01 CustomerNotFound Error (400), 02 CheckoutIdRequired
    Error (400), 03 CheckoutNotFound Warning, 04 CashbackNotApplied Warning, 05 CashbackStillApplied
    Warning, 06 CashbackRemovedByCartChange Warning, 07 CashbackRemovedSuccessfully Success. Warnings
    are valid 200 outcomes; invalid requests return 400 Bad Request with Severity = Error.

    Args:
        body (CheckoutCustomerRequest): Request payload for checkout actions that need both
            customer identification and checkout reference.

    Returns:
        OperationRequest[BaseExternalApiResponseOfCheckoutRefreshCashbackResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Checkout/redeem/refresh",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BaseExternalApiResponseOfCheckoutRefreshCashbackResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfCheckoutRefreshCashbackResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

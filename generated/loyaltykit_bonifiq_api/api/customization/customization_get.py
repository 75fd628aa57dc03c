from typing import Final

import httpx

from ...models.customization_response import CustomizationResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Customization_Get"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request() -> OperationRequest[CustomizationResponse]:
    """Returns the customizations as configured in the BonifiQ admin panel

     Program name, icon, colors, logo, store URL, company name and the custom names for 'Points'. If
    `HaveIconUrl` is true use `WidgetIconUrl`, otherwise use a default icon with `WidgetColor`.

    Returns:
        OperationRequest[CustomizationResponse]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/v1/pvt/Customization",
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> CustomizationResponse:
    if response.status_code == 200:
        response_200 = CustomizationResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

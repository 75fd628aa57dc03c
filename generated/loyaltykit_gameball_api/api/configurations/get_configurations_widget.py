from typing import Final

import httpx

from ...models.get_configurations_widget_response_200 import GetConfigurationsWidgetResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "get_configurations_widget"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request() -> OperationRequest[GetConfigurationsWidgetResponse200]:
    """Retrieve styling settings, including colors and other visual elements for the Gameball widget.

    Returns:
        OperationRequest[GetConfigurationsWidgetResponse200]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/configurations/widget",
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> GetConfigurationsWidgetResponse200:
    if response.status_code == 200:
        response_200 = GetConfigurationsWidgetResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Final

import httpx

from ...models.tier_configuration import TierConfiguration
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "getTiersConfigurations"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    lang: str | Unset = UNSET,
) -> OperationRequest[list[TierConfiguration]]:
    """Tiers Configurations

     This API call retrieves the tiers configuration, including the benefits and rewards associated with
    each tier.

    Args:
        lang (str | Unset):

    Returns:
        OperationRequest[list[TierConfiguration]]
    """

    headers: dict[str, str] = {}
    if not isinstance(lang, Unset):
        headers["lang"] = lang

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/configurations/tiers",
        params={},
        headers=headers,
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> list[TierConfiguration]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_exact(response)
        for response_200_item_data in _response_200:
            response_200_item = TierConfiguration.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

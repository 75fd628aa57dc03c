from typing import Final

import httpx

from ...models.tier_benefit_response import TierBenefitResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Tiers_Benefits"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    tier_id: int,
) -> OperationRequest[list[TierBenefitResponse]]:
    """Returns the benefits of a tier

    Args:
        tier_id (int):

    Returns:
        OperationRequest[list[TierBenefitResponse]]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url=f"/v1/pvt/Tiers/{int(tier_id)}/benefits",
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> list[TierBenefitResponse]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_exact(response)
        for response_200_item_data in _response_200:
            response_200_item = TierBenefitResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

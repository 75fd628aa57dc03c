from typing import Final

import httpx

from ...models.referral_configuration import ReferralConfiguration
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "getReferralsConfigurations"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    lang: str | Unset = UNSET,
) -> OperationRequest[ReferralConfiguration]:
    """Referrals Configurations

     This API retrieves the referral configuration, including customer and friend rewards, as well as
    metadata related to the events that trigger referral rewards.

    Args:
        lang (str | Unset):

    Returns:
        OperationRequest[ReferralConfiguration]
    """

    headers: dict[str, str] = {}
    if not isinstance(lang, Unset):
        headers["lang"] = lang

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/configurations/referrals",
        params={},
        headers=headers,
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> ReferralConfiguration:
    if response.status_code == 200:
        response_200 = ReferralConfiguration.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

from typing import Any, Final

import httpx

from ...models.achieve_social_challenge_body import AchieveSocialChallengeBody
from ...models.achieve_social_challenge_response_202 import AchieveSocialChallengeResponse202
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "achieveSocialChallenge"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: AchieveSocialChallengeBody,
) -> OperationRequest[AchieveSocialChallengeResponse202]:
    """Achieve Social Campaign

     Mark a social campaign as achieved for a customer and grant the configured reward from your backend.
    This is the server-to-server equivalent of the in-widget social action for Social Activities
    campaigns.

    Args:
        body (AchieveSocialChallengeBody):

    Returns:
        OperationRequest[AchieveSocialChallengeResponse202]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/customers/social-challenges",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> AchieveSocialChallengeResponse202:
    if response.status_code == 202:
        response_202 = AchieveSocialChallengeResponse202.from_dict(json_exact(response))

        return response_202

    raise UndocumentedStatus(OPERATION_ID, response.status_code)

"""``bq.rewards``: rewards already redeemed (BonifiQ tag ``Rewards``)."""

from __future__ import annotations

from typing import Unpack

from loyaltykit_bonifiq_api.api.rewards import rewards_get
from loyaltykit_bonifiq_api.models.reward_response import RewardResponse

from ..._call import Call
from ..._operation import generated_call
from ..._options import RequestOptions
from ..._resource import AsyncResource, SyncResource
from ..._validation import require_int


def _get(reward_id: int) -> Call[RewardResponse]:
    args = {"id": require_int("reward_id", reward_id, minimum=1)}
    return generated_call(rewards_get, args)


class Rewards(SyncResource):
    def get(self, reward_id: int, **options: Unpack[RequestOptions]) -> RewardResponse:
        """A redeemed reward (GET /v1/pvt/Rewards/{id})."""
        return self._client.execute(_get(reward_id), options)


class AsyncRewards(AsyncResource):
    async def get(self, reward_id: int, **options: Unpack[RequestOptions]) -> RewardResponse:
        """A redeemed reward (GET /v1/pvt/Rewards/{id})."""
        return await self._client.execute(_get(reward_id), options)

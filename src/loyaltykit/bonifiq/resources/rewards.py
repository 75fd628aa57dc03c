"""``bq.rewards``: rewards already redeemed (BonifiQ tag ``Rewards``), over the generated resource."""

from __future__ import annotations

from typing import Unpack

from loyaltykit_bonifiq_api.api.rewards import rewards_get
from loyaltykit_bonifiq_api.models.reward_response import RewardResponse

from ..._call import Call
from ..._operation import generated_call
from ..._options import RequestOptions
from ..._validation import require_int
from ._generated.rewards import AsyncRewardsResource, RewardsResource


def _get(reward_id: int) -> Call[RewardResponse]:
    # The field keeps its documented name: the parameter is ``id`` only to match the generated method.
    args = {"id": require_int("reward_id", reward_id, minimum=1)}
    return generated_call(rewards_get, args)


class Rewards(RewardsResource):
    def get(self, id: int, **options: Unpack[RequestOptions]) -> RewardResponse:
        """A redeemed reward (GET /v1/pvt/Rewards/{id}).

        Wraps the generated ``get``: the reward id (``reward_id`` in errors) must be a positive int.
        """
        return self._client.execute(_get(id), options)


class AsyncRewards(AsyncRewardsResource):
    async def get(self, id: int, **options: Unpack[RequestOptions]) -> RewardResponse:
        """A redeemed reward (GET /v1/pvt/Rewards/{id}).

        Wraps the generated ``get``: the reward id (``reward_id`` in errors) must be a positive int.
        """
        return await self._client.execute(_get(id), options)

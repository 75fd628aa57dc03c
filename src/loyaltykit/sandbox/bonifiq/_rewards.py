"""BonifiQ's Rewards operations: a redeemed reward, read back.

https://developers.bonifiq.com.br/api-reference/rewards/return-an-existant-reward-already-redeemed
"""

from __future__ import annotations

from .._runtime import Call, Handler, Runtime
from .._wire import Reply
from ._envelope import reward_not_found
from ._params import int_param
from ._views import reward_view


def get_reward(rt: Runtime, call: Call) -> Reply:
    """GET /Rewards/{id}: a redeemed reward by its RewardId, WITHOUT the envelope (the spec)."""
    reward_id = int_param(call.params["id"], "id")
    with rt.store.read() as db:
        redeem = db.redeem(reward_id)
        if redeem is None:
            raise reward_not_found(f"Reward {reward_id} not found.", 404)
        customer = db.customer(redeem.customer_id)
        if redeem.state == "canceled":
            # The record that gave the points back, as the cancel answered it.
            restored = db.last_entry_for(redeem.customer_id, redeem.original_key, except_cause="redeem")
            return Reply(200, reward_view(redeem, customer, restored.id if restored else None))
    view = reward_view(redeem, customer, None)
    view["Points"] = {"Id": redeem.ledger_id or 0, "Points": -redeem.points, "Type": 0, "EventKey": redeem.original_key}
    return Reply(200, view)


HANDLERS: dict[str, Handler] = {
    "GET /v1/pvt/Rewards/{id}": get_reward,
}

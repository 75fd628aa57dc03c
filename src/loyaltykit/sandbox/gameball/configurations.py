"""Configurations: GET /configurations/redemption."""

from __future__ import annotations

from .._runtime import Call, Runtime
from .._wire import Reply
from ._accounts import REDEMPTION_RULES, point_value


def redemption_configuration(rt: Runtime, call: Call) -> Reply:
    """GET /configurations/redemption: redemptionFactor = the money value of one point."""
    factor = point_value(rt)
    return Reply(
        200,
        {
            "redemptionFactor": factor,
            "redemptionRules": [
                {
                    "id": rule["id"],
                    "pointsToRedeem": rule["pointsToRedeem"],
                    "valueOfPoint": factor,
                    "ruleType": rule["ruleType"],
                    "isActive": True,
                }
                for rule in REDEMPTION_RULES
            ],
        },
    )

"""Money is Decimal end to end; parsing tolerates what servers add later."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import errors
from loyaltykit._json import decode_json, encode_json

REDEEMED = {"Result": {"RewardId": 7, "ExternalCode": "EXT-1", "OriginalKey": "k-1"}, "HasError": False}


def test_decimal_sum_survives_a_round_trip_exactly() -> None:
    value = Decimal("0.1") + Decimal("0.2")
    assert encode_json({"Value": value}) == b'{"Value":0.3}'
    assert decode_json(encode_json({"Value": value}))["Value"] == Decimal("0.3")


def test_a_redeemed_value_goes_out_with_its_exact_digits(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, REDEEMED))
    harness.run(harness.bonifiq(server).pos.redeem(7, "c-1", original_key="k", value=Decimal("0.1") + Decimal("0.2")))
    assert b'"Value":0.3' in server.requests[0].content


def test_amounts_come_back_as_decimal(harness: Harness) -> None:
    body = b'{"CustomerExists": true, "PointsBalance": 12, "CashbackBalance": 0.1}'
    server = FakeServer().reply(httpx.Response(200, content=body))
    points = harness.run(harness.bonifiq(server).customers.points("c-1"))
    assert isinstance(points.cashback_balance, Decimal)
    assert points.cashback_balance + Decimal("0.2") == Decimal("0.3")


def test_a_float_amount_is_refused_before_sending(harness: Harness) -> None:
    server = FakeServer()
    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.run(harness.bonifiq(server).pos.redeem(7, "c-1", original_key="k", value=0.3))
    assert caught.value.field == "value" and "float" in caught.value.rule
    assert server.requests == []


def test_unknown_enum_value_extra_field_and_null_are_kept(harness: Harness) -> None:
    body = {
        "Rewards": [{"Id": 1, "RewardType": 99, "CannotUseReason": None, "CanUse": True, "Sparkles": "new"}],
        "AvailablePoints": None,
        "BrandNew": {"x": 1},
    }
    server = FakeServer().reply(json_response(200, body))
    available = harness.run(harness.bonifiq(server).pos.available("c-1", Decimal("100")))
    reward = available.rewards[0]
    assert reward.reward_type == 99 and reward.reward_type.name == "UNKNOWN_99"
    assert reward.additional_properties == {"Sparkles": "new"}
    assert available.available_points is None
    assert available.additional_properties["BrandNew"] == {"x": 1}


def test_available_rewards_wrapped_in_a_result_are_read_too(harness: Harness) -> None:
    body = {"Result": {"Rewards": [{"Id": 3, "CanUse": True}], "AvailableCashback": 12.5}, "HasError": False}
    server = FakeServer().reply(json_response(200, body))
    available = harness.run(harness.bonifiq(server).pos.available("c-1", Decimal("100")))
    assert [r.id for r in available.rewards] == [3]
    assert available.available_cashback == Decimal("12.5")


@pytest.mark.parametrize("result", [{}, None])
def test_available_rewards_with_an_error_envelope_raise_instead_of_offering_nothing(
    harness: Harness, result: object
) -> None:
    body = {"HasError": True, "CodeName": "CustomerNotFound", "ErrorMessage": "no such customer", "Result": result}
    server = FakeServer().reply(json_response(200, body))
    with pytest.raises(errors.BusinessError, match="CustomerNotFound") as caught:
        harness.run(harness.bonifiq(server).pos.available("c-1", Decimal("100")))
    assert caught.value.vendor.code_name == "CustomerNotFound"


@pytest.mark.parametrize(
    "body",
    [
        b'{"a": 1.50, "b": [1, 2]}',
        b"[1,2] ",
        b'{"a":1}  \n',
        b"{}",
        b'{"a":"\xc3\xa7"}',
        b' {"a":1}',
        b'\xef\xbb\xbf{"a":1}',
        '{"a":1.5}'.encode("utf-16-le"),
        '{"a":1.5}'.encode("utf-32"),
        b'{"a":1} x',
        b'{"a":',
        b"[",
        b"{]",
        b"",
    ],
)
def test_decode_json_reads_bytes_exactly_as_json_loads_with_decimals(body: bytes) -> None:
    # decode_json and the generated parsers' json_exact scan the common case (UTF-8 starting
    # with { or [) themselves; every input must come out as json.loads would read it, or fail
    # with the same error type.
    import json

    import httpx
    from loyaltykit_bonifiq_api.types import json_exact as bonifiq_json_exact
    from loyaltykit_gameball_api.types import json_exact as gameball_json_exact

    def outcome(decode: object) -> object:
        try:
            return decode(body)  # type: ignore[operator]
        except ValueError as exc:
            return type(exc)

    expected = outcome(lambda b: json.loads(b, parse_float=Decimal))
    assert outcome(decode_json) == expected
    for json_exact in (bonifiq_json_exact, gameball_json_exact):
        assert outcome(lambda b, read=json_exact: read(httpx.Response(200, content=b))) == expected

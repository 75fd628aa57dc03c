"""What the normaliser and the template overrides guarantee when the server surprises us."""

from __future__ import annotations

import inspect
import json
import typing
from decimal import Decimal
from typing import Any

import httpx
import normalise_spec
import pytest
from loyaltykit_bonifiq_api.api.pos import pos_redeem
from loyaltykit_bonifiq_api.client import Client
from loyaltykit_bonifiq_api.models.available_reward import AvailableReward
from loyaltykit_bonifiq_api.models.available_rewards_customer import AvailableRewardsCustomer
from loyaltykit_bonifiq_api.models.available_rewards_request import AvailableRewardsRequest
from loyaltykit_bonifiq_api.models.available_rewards_response import AvailableRewardsResponse
from loyaltykit_bonifiq_api.models.base_external_api_response_of_couponless_reward_redeem_response import (
    BaseExternalApiResponseOfCouponlessRewardRedeemResponse as RedeemEnvelope,
)
from loyaltykit_bonifiq_api.models.coupon_type import CouponType
from loyaltykit_bonifiq_api.models.couponless_reward_redeem_response import CouponlessRewardRedeemResponse
from loyaltykit_bonifiq_api.models.create_order_branch import CreateOrderBranch
from loyaltykit_bonifiq_api.models.create_order_branch_param import CreateOrderBranchParam
from loyaltykit_bonifiq_api.models.create_order_request import CreateOrderRequest
from loyaltykit_bonifiq_api.models.external_api_response_severity import ExternalApiResponseSeverity
from loyaltykit_bonifiq_api.models.reward_redeem_coupon import RewardRedeemCoupon
from loyaltykit_bonifiq_api.types import Unset, to_decimal
from loyaltykit_gameball_api.models.error import Error as GameballError


def parse_redeem(body: Any, status: int = 200) -> Any:
    response = httpx.Response(status, content=json.dumps(body).encode())
    return pos_redeem._parse(response)


def test_enum_members_have_the_vendor_names() -> None:
    assert CouponType(0) is CouponType.FIXED_VALUE
    assert ExternalApiResponseSeverity.WARNING == 1


def test_unknown_enum_value_is_kept_not_refused() -> None:
    coupon = RewardRedeemCoupon.from_dict({"CouponType": 42})
    assert coupon.coupon_type == 42
    assert coupon.coupon_type.name == "UNKNOWN_42"
    assert isinstance(coupon.coupon_type, CouponType)


def test_extra_fields_are_kept() -> None:
    result = CouponlessRewardRedeemResponse.from_dict({"ExternalCode": "X1", "BrandNewField": {"a": 1}})
    assert result.external_code == "X1"
    assert result.additional_properties == {"BrandNewField": {"a": 1}}
    assert result.to_dict()["BrandNewField"] == {"a": 1}


def test_null_where_the_spec_says_non_null_is_kept() -> None:
    result = CouponlessRewardRedeemResponse.from_dict({"ExternalCode": None, "RewardId": None, "Point": None})
    assert result.external_code is None
    assert result.point is None


def test_a_missing_response_field_is_none_not_unset_nor_a_key_error() -> None:
    result = CouponlessRewardRedeemResponse.from_dict({})
    assert result.external_code is None
    assert result.point is None


def test_response_fields_are_typed_t_or_none_without_unset() -> None:
    hints = typing.get_type_hints(CouponlessRewardRedeemResponse)
    assert hints["external_code"] == str | None
    for name, hint in hints.items():
        if name != "additional_properties":
            assert Unset not in typing.get_args(hint), name


def test_a_response_model_is_built_without_arguments() -> None:
    assert CouponlessRewardRedeemResponse().external_code is None


def test_request_models_keep_omit_this_field() -> None:
    request = CreateOrderRequest(original_id="o-1", order_total=Decimal("10.00"))
    assert isinstance(request.branch, Unset)
    assert "Branch" not in request.to_dict()
    assert "Branch" not in repr(request) and "branch" not in repr(request)


def test_a_schema_both_sent_and_parsed_has_a_param_copy_for_requests() -> None:
    # BonifiQ's branch is sent in an order and read back in a reward's answer.
    sent = typing.get_type_hints(CreateOrderRequest)["branch"]
    parsed = typing.get_type_hints(CreateOrderBranch)["original_id"]
    assert CreateOrderBranchParam in typing.get_args(sent) and Unset in typing.get_args(sent)
    assert parsed == str | None


def test_reprs_show_no_unset_sentinel() -> None:
    text = repr(AvailableRewardsRequest(customer_id="c-1", purchase_value=Decimal("10.00")))
    assert "Unset" not in text and "object at 0x" not in text
    assert text == "AvailableRewardsRequest(customer_id='c-1', purchase_value=Decimal('10.00'))"
    # help() and IDEs show the defaults of a request model's parameters
    assert "object at 0x" not in str(inspect.signature(CreateOrderRequest))


def test_reprs_mask_personal_data_by_field_and_by_value() -> None:
    customer = AvailableRewardsCustomer.from_dict(
        {
            "Id": 7,
            "OriginalId": "529.982.247-25",
            "Name": "Ana",
            "Email": "ana@example.com",
            "Phone": "5511999998888",
            "Document": "x-1",
            "Notes": {"contact": {"email": "ana@example.com"}, "cpf": 52998224725},
        }
    )
    text = repr(AvailableRewardsResponse(customer=customer, rewards=[AvailableReward(title="call 11 99999-8888")]))
    for leak in ("ana@example.com", "529.982.247-25", "5511999998888", "x-1", "52998224725", "99999-8888"):
        assert leak not in text, leak
    assert "id=7" in text and "name='Ana'" in text and "[redacted]" in text


def test_old_and_new_envelope_generations_both_parse() -> None:
    old = parse_redeem({"ErrorMessage": None, "ErrorCode": None, "Result": {"ExternalCode": "A"}, "HasError": False})
    new = parse_redeem(
        {
            "ErrorMessage": None,
            "Result": None,
            "Code": "07",
            "CodeName": "RewardNotFound",
            "Severity": 1,
            "HasWarning": True,
            "HasError": False,
        }
    )
    assert isinstance(old, RedeemEnvelope) and old.result.external_code == "A"
    assert old.severity is None
    assert new.severity is ExternalApiResponseSeverity.WARNING and new.result is None


def test_a_malformed_nested_model_raises_instead_of_coming_back_as_a_dict() -> None:
    with pytest.raises((TypeError, ValueError)):
        parse_redeem({"Result": ["not", "an", "object"], "HasError": False})


def test_a_field_of_the_wrong_json_type_raises() -> None:
    # Nullable fields with one converted variant are converted inline; the type check stays.
    with pytest.raises(TypeError):
        parse_redeem({"Severity": "high"})


@pytest.mark.parametrize("package", ["loyaltykit_bonifiq_api", "loyaltykit_gameball_api"])
def test_every_model_name_resolves_from_the_lazy_models_package(package: str) -> None:
    import importlib

    models = importlib.import_module(f"{package}.models")
    assert len(models.__all__) > 100
    for name in models.__all__:
        model = getattr(models, name)
        assert model.__name__ == name and model.__module__.startswith(f"{package}.models.")
    assert set(models.__all__) <= set(dir(models))
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018


def test_first_use_of_a_client_loads_only_the_models_it_needs() -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from loyaltykit import Gameball\n"
        "gb = Gameball('key', 'secret')\n"
        "gb.customers, gb.pos\n"  # resources load their modules on first use, not with the client
        "gb.close()\n"
        "import loyaltykit_gameball_api.models as models\n"
        "loaded = [m for m in sys.modules if m.startswith('loyaltykit_gameball_api.models.')]\n"
        "print(len(loaded), len(models.__all__))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded, total = map(int, result.stdout.split())
    assert 0 < loaded < total // 2


def test_money_is_exact_decimal_end_to_end() -> None:
    body = b'{"Result": {"Coupon": {"CouponValue": 0.1}}, "HasError": false}'
    parsed = pos_redeem._parse(httpx.Response(200, content=body))
    value = parsed.result.coupon.coupon_value
    assert isinstance(value, Decimal)
    assert value + Decimal("0.2") == Decimal("0.3")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(Decimal("1.10"), Decimal("1.10")), (3, Decimal(3)), ("10.00", Decimal("10.00")), (0.1, Decimal("0.1"))],
)
def test_to_decimal_accepts_json_numbers_and_numeric_strings(raw: object, expected: Decimal) -> None:
    assert to_decimal(raw) == expected
    assert str(to_decimal(raw)) == str(expected)


@pytest.mark.parametrize("raw", [True, None, "abc", "NaN", [1]])
def test_to_decimal_refuses_what_is_not_a_number(raw: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        to_decimal(raw)


def test_gameball_error_schema_is_the_documented_body() -> None:
    body = {
        "code": 3000,
        "type": "Payload Error",
        "message": "bad payload",
        "documentationUrl": "https://developer.gameball.co/4.0/rest-api/api-reference",
        "requestId": "12345abcde",
    }
    error = GameballError.from_dict(body)
    assert (error.code, error.type_, error.message, error.request_id) == (
        3000,
        "Payload Error",
        "bad payload",
        "12345abcde",
    )


def test_generated_client_has_a_default_timeout() -> None:
    assert Client(base_url="https://example.invalid")._timeout is not None


# -- normaliser rules on small documents ---------------------------------------------------


def _doc_30(schema: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {}, "paths": {}, "components": {"schemas": {"S": schema}}}


def test_rule_x_enum_names_become_x_enum_varnames() -> None:
    doc = _doc_30({"type": "integer", "enum": [0, 1], "x-enumNames": ["A", "B"]})
    out = normalise_spec.normalise(doc, "bonifiq")["components"]["schemas"]["S"]
    assert out["x-enum-varnames"] == ["A", "B"] and "x-enumNames" not in out


def test_rule_ref_with_nullable_becomes_a_nullable_one_of() -> None:
    doc = _doc_30({"type": "object", "properties": {"P": {"$ref": "#/components/schemas/T", "nullable": True}}})
    out = normalise_spec.normalise(doc, "bonifiq")["components"]["schemas"]["S"]["properties"]["P"]
    assert out == {"nullable": True, "oneOf": [{"$ref": "#/components/schemas/T"}]}


def test_rule_a_property_named_like_a_keyword_is_left_alone() -> None:
    schema = {"type": "object", "properties": {"example": {"type": "string"}, "required": {"type": "boolean"}}}
    out = normalise_spec.normalise(_doc_30(schema), "bonifiq")["components"]["schemas"]["S"]
    assert set(out["properties"]) == {"example", "required"}


def test_normaliser_does_not_modify_its_input() -> None:
    doc = _doc_30({"type": "object", "additionalProperties": False, "required": ["A"], "properties": {"A": {}}})
    before = json.dumps(doc, sort_keys=True)
    normalise_spec.normalise(doc, "bonifiq")
    assert json.dumps(doc, sort_keys=True) == before
